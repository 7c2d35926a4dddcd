"""万 alone before a measure word and a bound (万场以上, 万家以上) is ten thousand of them: one 万
(our own text)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract, find_numbers
from targetctl.domain.drafting.lone_magnitude import LONE_MONEY, LONE_WAN, lone_magnitudes

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_the_rule_matches_its_own_example() -> None:
    assert LONE_WAN.pattern.search(LONE_WAN.example)
    assert LONE_WAN.reason


@pytest.mark.parametrize(
    ("text", "unit", "suffix"),
    [("全年开展万场以上群众文化活动", "万场", "以上"), ("科技型中小企业达到万家以上", "万家", "以上")],
)
def test_wan_alone_with_a_bound_is_one_wan(text: str, unit: str, suffix: str) -> None:
    [(value, got_unit, got_suffix, _, _)] = lone_magnitudes(text)
    assert (value, got_unit, got_suffix) == (Decimal(1), unit, suffix)


@pytest.mark.parametrize(
    "text", ["点亮万家灯火", "上万人参加活动", "3万家以上", "数万场演出", "千万家庭", "建设20个万亩以上产业园区"]
)
def test_a_word_or_a_number_with_digits_is_no_lone_wan(text: str) -> None:
    assert lone_magnitudes(text) == []


def test_it_is_drafted_as_a_floor() -> None:
    d = extract("青川区2026年文化惠民行动方案\n全年开展万场以上群众文化活动。", default_year=2026, period=PERIOD)
    [t] = [t for t in d.targets if t.numeric]
    assert (t.value, t.unit, t.comparator) == (Decimal(1), "万场", "at-least")


def test_the_money_rule_matches_its_own_example() -> None:
    assert LONE_MONEY.pattern.search(LONE_MONEY.example) and LONE_MONEY.reason


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("带动相关产业规模超万亿元", Decimal(1), "万亿元"), ("全市软件收入突破千亿元", Decimal(1000), "亿元")],
)
def test_a_magnitude_alone_after_a_bound_is_that_amount(text: str, value: Decimal, unit: str) -> None:
    [(got, got_unit, _, _, _)] = lone_magnitudes(text)
    assert (got, got_unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    ["培育3个千亿级产业集群", "打造万亿级产业", "千亿元企业", "营收超百亿级企业", "培育营业收入超百亿元、超千亿元企业"],
)
def test_a_magnitude_that_names_a_class_is_no_amount(text: str) -> None:
    assert lone_magnitudes(text) == []


def test_an_amount_a_work_report_leaves_without_its_unit_after_a_bound_is_read() -> None:
    got = [(n.value, n.unit, n.chinese) for n in find_numbers("助力造纸产值超三百亿、装备产值超千亿")]
    assert [(v, u) for v, u, _ in got] == [(Decimal(300), "亿"), (Decimal(1000), "亿")]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("形成电子信息、装备制造两个超千亿，新材料等五个超百亿的产业集群", []),
        # 两 right after 培育 counts the industries; the amounts after it size them
        ("培育两个超千亿产业，三个超百亿", [(Decimal(2), "个")]),
    ],
)
def test_after_a_count_a_bound_amount_sizes_a_class(text: str, counts: list[tuple[Decimal, str]]) -> None:
    assert [(n.value, n.unit) for n in find_numbers(text)] == counts
