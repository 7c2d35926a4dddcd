"""Indicators listed with 、 before one growth rate each grow by it (社会消费品零售总额、固定资产
投资增长4%左右: two targets), as with 均 (our own sentences)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def targets(text: str) -> list[tuple[str | None, Decimal | None, str | None]]:
    d = extract(text, default_year=2026, period=PERIOD)
    return [(t.of, t.value, t.comparator) for t in d.targets if t.numeric]


@pytest.mark.parametrize(
    ("sentence", "nouns", "value"),
    [
        (
            "全社会固定资产投资、社会消费品零售总额增长5%左右。",
            ["全社会固定资产投资", "社会消费品零售总额"],
            Decimal(5),
        ),
        ("研发经费投入、高技术制造业增加值年均增长9%左右。", ["研发经费投入", "高技术制造业增加值"], Decimal(9)),
    ],
)
def test_listed_indicators_each_grow_by_the_rate(sentence: str, nouns: list[str], value: Decimal) -> None:
    assert targets(sentence) == [(n, value, "about") for n in nouns]


def test_a_list_with_an_action_in_it_is_one_target() -> None:
    got = targets("推动产业升级、扩大有效投资增长5%左右。")
    assert len(got) == 1
