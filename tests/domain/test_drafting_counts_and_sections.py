"""Counts a clause commits to although something beside them looks like context, and 累计 in a
section of the year's work (our own sentences, in the grammar of work reports)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def drafted(text: str) -> list[tuple[Decimal | None, str | None, str | None]]:
    d = extract(text, default_year=2026, period=PERIOD)
    return [(t.value, t.comparator, t.unit) for t in d.targets if t.numeric]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count of projects, each of a size class written in Chinese magnitudes
        (
            "加快推进东坪化工、西岭电厂等9个百亿元、40个10亿元以上项目建设。",
            [
                (Decimal(9), "exactly", "个"),
                (Decimal(40), "exactly", "个"),
            ],
        ),
        ("加快推进5个百万头生猪养殖重点项目建设。", [(Decimal(5), "exactly", "个")]),
        # people counted by a magnitude after 人口
        ("中心城区新增人口20万。", [(Decimal(20), "exactly", "万人")]),
        # 围绕 the focus, then the work and its count
        ("围绕重点行业和重点人群开展职业技能培训12万人次。", [(Decimal(12), "exactly", "万人次")]),
        # the places named and counted, then what is built there
        ("在东坪、西岭等5个重点县建设高标准蔬菜基地3万亩。", [(Decimal(3), "exactly", "万亩")]),
        # projects to continue building are counted
        ("续建东坪至西岭、南河至北山等4个高速公路项目。", [(Decimal(4), "exactly", "个")]),
        # cases are a unit of their own
        ("为低收入家庭患者实施免费白内障手术1500例。", [(Decimal(1500), "exactly", "例")]),
        # a ratio to one after 突破
        ("力争农产品加工业产值与农业产值之比突破2.2：1。", [(Decimal("2.2"), "more-than", "倍")]),
        # a second measure word in brackets, then the bound
        ("开放共享大型科研仪器3000台（套）以上。", [(Decimal(3000), "at-least", "台")]),
    ],
)
def test_counts_the_clause_commits_to(sentence: str, expected: list[tuple[Decimal, str, str]]) -> None:
    assert drafted(sentence) == expected


TASKS = "青川市2026年政府工作报告\n二、2026年重点工作\n（一）做强产业基金。"


def test_a_cumulative_level_in_a_section_of_the_years_work_is_a_target() -> None:
    text = TASKS + "发挥产业基金引导作用，子基金规模累计达60亿元、返投项目累计达30个。"
    assert drafted(text) == [(Decimal(60), "at-least", "亿元"), (Decimal(30), "at-least", "个")]


def test_a_cumulative_level_with_a_past_time_stays_the_past() -> None:
    text = TASKS + "截至去年底，子基金规模累计达40亿元。"
    assert drafted(text) == []


REPORT = (
    "青川市2026年政府工作报告\n一、“十五五”时期主要目标\n到2030年，地区生产总值达到3000亿元。\n"
    "二、2026年重点工作\n（一）推进新型城镇化。"
)


def test_a_clause_opened_by_a_coming_five_year_period_is_due_at_its_end() -> None:
    d = extract(REPORT + "“十五五”时期，中心城区新增人口20万、县城新增人口10万。", default_year=2026)
    assert [(t.value, t.due) for t in d.targets if t.numeric][1:] == [
        (Decimal(20), dt.date(2030, 12, 31)),
        (Decimal(10), dt.date(2030, 12, 31)),
    ]


def test_a_clause_opened_by_a_five_year_period_already_over_is_not_due_then() -> None:
    d = extract(REPORT + "“十四五”时期中心城区新增人口20万。", default_year=2026)
    assert all(t.due is None or t.due.year >= 2026 for t in d.targets)


@pytest.mark.parametrize(
    "item", ["3.2.5万户农村家庭完成改厕。", "3. 2.5万户农村家庭完成改厕。", "（3）2.5万户农村家庭完成改厕。"]
)
def test_a_decimal_right_after_a_list_number_is_read_whole(item: str) -> None:
    # a number holds one decimal point: 3.2.5万 is the list number 3, then 2.5万
    d = extract("青川市2026年民生实事\n" + item, default_year=2026)
    assert [(t.value, t.unit) for t in d.targets if t.numeric] == [(Decimal("2.5"), "万户")]


def test_a_count_inside_the_name_of_a_programme_to_carry_out_is_its_target() -> None:
    # 实施N名…工程: the named programme is opened, and how many it serves is its target
    assert drafted("四是免费实施2万名困难群众白内障复明工程。") == [(Decimal(2), "exactly", "万名")]


def test_a_round_magnitude_naming_a_programme_is_no_target() -> None:
    assert drafted("实施百项非遗保护传承工程。") == []
