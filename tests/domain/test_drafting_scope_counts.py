"""Counts that give the scope of the work rather than an amount of it (drafting.grammar): the areas of
the work's own outline (N个方面主要目标), and an age group whose qualifiers stack (16—24岁登记失业青年),
with the targets beside them that stay targets (our own sentences). The units a full coverage
reaches (实现N个…全覆盖) are how many there are: every released label of the shape reads it so
(descriptors "whole-set-covered")."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def drafted(text: str) -> list[Decimal | None]:
    d = extract(text, default_year=2026, period=PERIOD)
    return [t.value for t in d.targets if t.numeric]


def reasons(text: str) -> list[str]:
    return [e.reason for e in extract(text, default_year=2026, period=PERIOD).excluded]


@pytest.mark.parametrize(
    "text",
    [
        # the areas of the work's own outline, whatever the noun after them
        "围绕上述任务，努力实现以下9个方面主要目标。",
        "聚焦5个方面重点方向，细化工作举措。",
        # an age group whose qualifiers stack (登记 and 失业)
        "加强对18—35岁登记失业青年的职业指导。",
        # a band of ages is people, whatever follows it
        "0—3岁是婴幼儿大脑发育的关键时期。",
        # the units a full coverage reaches: how many there are (the coverage is the commitment)
        "2026年10月底前，实现全区320个小区智慧安防全覆盖。",
    ],
)
def test_a_count_of_scope_is_not_drafted(text: str) -> None:
    assert drafted(text) == [], reasons(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # what is built to reach full coverage stays a target
        ("新建村级综合服务站35个，实现行政村全覆盖。", 35),
        # a coverage rate stays a target
        ("农村生活污水治理覆盖率达到80%以上。", 80),
        # a count of units reached, without full coverage, stays a target
        ("家庭医生签约服务覆盖1200个村。", 1200),
    ],
)
def test_a_count_beside_a_coverage_stays_a_target(text: str, value: int) -> None:
    assert Decimal(value) in drafted(text)
