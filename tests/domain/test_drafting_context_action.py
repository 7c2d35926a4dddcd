"""A context word (围绕, 等N) does not make a count context when the clause builds it: 围绕…布局建设
3条铁路专用线 and 推动A等9条高速公路项目加快建设 are targets; 依托12个园区 stays context (our own)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def values(text: str) -> list[Decimal | None]:
    return [t.value for t in extract(text, default_year=2026, period=PERIOD).targets if t.numeric]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("围绕园区需求布局建设3条铁路专用线、12条产业路。", [Decimal(3), Decimal(12)]),
        ("推动环城高速扩容工程等9条高速公路项目加快建设。", [Decimal(9)]),
    ],
)
def test_a_count_the_clause_builds_is_a_target(sentence: str, expected: list[Decimal]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize("sentence", ["依托全省12个产业园区，发展特色产业。", "在东山、西岭等5个县开展试点。"])
def test_a_count_the_clause_relies_on_stays_context(sentence: str) -> None:
    assert values(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("到2026年，市辖区建成3个紧密型城市医疗集团。", [Decimal(3)]),  # 市辖区 is the city's districts
        ("全市辖5个区、3个县。", []),  # 辖 as a verb: what the city has
        # a jurisdiction's own facts stay context; what the work adds in it is a target
        ("街道辖区面积12平方公里，辖区内有中小学校8所，辖区内常住人口5.6万人。", []),
        ("辖区内新增就业岗位500个。", [Decimal(500)]),
        # the jurisdiction frames a rate or a set the work reaches: no fact of its own is counted
        ("辖区内常住人口电子健康档案建档率达到90%。", [Decimal(90)]),
        ("辖区人口家庭医生签约覆盖率达到45%。", [Decimal(45)]),
        ("推动辖区内有条件的20个小区完成加装电梯。", [Decimal(20)]),
    ],
)
def test_a_citys_districts_are_no_count_of_what_it_has(sentence: str, expected: list[Decimal]) -> None:
    assert values(sentence) == expected
