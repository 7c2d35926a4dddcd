"""The indicators a clause lists before one growth rate share it (our own clauses)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.respective import indicator_list


@pytest.mark.parametrize(
    ("clause", "listed"),
    [
        ("外贸进出口总额、民间投资增长3%左右", ["外贸进出口总额", "民间投资"]),
        ("一般公共预算收入、规上工业增加值增长6%", ["一般公共预算收入", "规上工业增加值"]),
        ("城乡居民收入、农业总产值年均增长5%", ["城乡居民收入", "农业总产值"]),
    ],
)
def test_a_list_of_indicators_before_one_rate_is_read(clause: str, listed: list[str]) -> None:
    assert indicator_list(clause) == listed


@pytest.mark.parametrize(
    "clause",
    [
        "地区生产总值增长5%",  # one indicator: no list
        "推动高新区、经开区营业收入增长10%",  # an action: the places are not indicators
        "新建学校、医院各3所",  # no growth rate
    ],
)
def test_a_clause_that_is_no_such_list_gives_none(clause: str) -> None:
    assert indicator_list(clause) == []


def test_years_listed_before_fenbie_date_each_value_and_are_no_subject() -> None:
    text = (
        "某省软件产业行动计划（2025-2026年）\n一、主要目标\n"
        "全省软件业务收入年均增长8%以上，2025年、2026年分别突破1.5万亿元、1.6万亿元。\n"
    )
    d = extract(text, default_year=2025)
    made = [(t.value, t.due, t.of) for t in d.targets if t.kind == "quantity"]
    assert made == [
        (Decimal("1.5"), dt.date(2025, 12, 31), "全省软件业务收入"),
        (Decimal("1.6"), dt.date(2026, 12, 31), "全省软件业务收入"),
    ]


def test_years_listed_before_the_indicator_date_each_value() -> None:
    text = (
        "某市数字经济两年行动计划（2025、2026）\n一、主要目标\n"
        "2025年、2026年全市数字经济增加值分别突破2200亿元、2500亿元。\n"
    )
    d = extract(text, default_year=2025)
    made = [(t.value, t.due) for t in d.targets if t.kind == "quantity"]
    assert made == [(Decimal(2200), dt.date(2025, 12, 31)), (Decimal(2500), dt.date(2026, 12, 31))]


def test_base_years_before_fenbie_date_nothing() -> None:
    text = (
        "某市节能降碳行动方案（2024—2026年）\n一、主要目标\n"
        "到2026年，全市新能源装机容量较2020年、2023年分别增长200万千瓦、80万千瓦。\n"
    )
    d = extract(text, default_year=2024)
    assert {t.due for t in d.targets if t.numeric} == {dt.date(2026, 12, 31)}


@pytest.mark.parametrize("lead", ["到2026年、2027年", "2026年、2027年", "到2026年和2027年底"])
def test_years_listed_in_a_clause_of_their_own_date_each_value_after_fenbie(lead: str) -> None:
    text = f"某市先进制造业行动方案\n一、主要目标\n{lead}，全市规模以上工业企业分别达到1500家、1650家。\n"
    d = extract(text, default_year=2026)
    made = [(t.value, t.due) for t in d.targets if t.numeric]
    assert made == [(Decimal(1500), dt.date(2026, 12, 31)), (Decimal(1650), dt.date(2027, 12, 31))]
    assert d.period[0] <= dt.date(2026, 12, 31)


def test_listed_years_and_values_of_unlike_counts_pair_nothing() -> None:
    text = "某市先进制造业行动方案\n一、主要目标\n"
    text += "到2026年、2027年，全市规模以上工业企业分别达到1500家、1650家、1800家。\n"
    d = extract(text, default_year=2026)
    assert len({t.due for t in d.targets if t.numeric}) == 1


def test_years_listed_that_open_a_report_of_the_past_date_no_target() -> None:
    text = "某市工业发展三年行动方案（2024—2026年）\n一、发展目标\n2023年、2024年，全市规上工业增加值分别增长8%、9%。"
    d = extract(text, default_year=2024)
    assert not [t for t in d.targets if t.numeric and t.unit in (None, "%")]


def test_a_clause_with_no_fenbie_list_after_listed_years_is_due_by_the_last() -> None:
    text = "某市就业促进行动方案（2024—2030年）\n一、主要目标\n到2025年、2026年，城镇新增就业均达到2万人。\n"
    d = extract(text, default_year=2024)
    assert [(t.value, t.due) for t in d.targets if t.numeric] == [(Decimal(2), dt.date(2026, 12, 31))]


def test_years_opening_a_clause_of_words_date_the_respective_values_after_it() -> None:
    # 2027年、2028年…持续提升，…分别达到A、B: the years open a clause with no number of its own
    text = (
        "青川市虚拟电厂建设实施方案（2026-2028年）\n到2026年，全市虚拟电厂可调能力达到110万千瓦；"
        "2027年、2028年虚拟电厂数字化水平持续提升，可调能力分别达到160万千瓦、220万千瓦。\n"
    )
    d = extract(text, default_year=2026)
    dues = {t.value: t.due.year if t.due else None for t in d.targets if t.numeric}
    assert dues == {Decimal(110): 2026, Decimal(160): 2027, Decimal(220): 2028}
