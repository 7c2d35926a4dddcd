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
            "推动东坪化工、西岭电厂等9个百亿元、40个10亿元以上项目加快建设。",
            [
                (Decimal(9), "exactly", "个"),
                (Decimal(40), "exactly", "个"),
            ],
        ),
        ("新建3个百万只肉鸭屠宰加工项目。", [(Decimal(3), "exactly", "个")]),
        # people counted by a magnitude after 人口
        ("中心城区新增人口20万。", [(Decimal(20), "exactly", "万人")]),
        # 围绕 the focus, then the work and its count
        ("围绕家政、养老等紧缺工种开展订单式培训2万人次。", [(Decimal(2), "exactly", "万人次")]),
        # the places named and counted, then what is built there
        ("在东坪、西岭等5个乡镇新建冷链仓储设施2万吨。", [(Decimal(2), "exactly", "万吨")]),
        # projects to continue building are counted
        ("续建东坪大桥、西岭隧道等4个交通项目。", [(Decimal(4), "exactly", "个")]),
        # cases are a unit of their own
        ("为农村留守老人免费开展听力筛查1500例。", [(Decimal(1500), "exactly", "例")]),
        # a ratio to one after 突破
        ("力争研发人员与从业人员之比突破1.5：1。", [(Decimal("1.5"), "more-than", "倍")]),
        # a second measure word in brackets, then the bound
        ("新增农机具3000台（套）以上。", [(Decimal(3000), "at-least", "台")]),
    ],
)
def test_counts_the_clause_commits_to(sentence: str, expected: list[tuple[Decimal, str, str]]) -> None:
    assert drafted(sentence) == expected


TASKS = "青川市2026年政府工作报告\n二、2026年重点工作\n（一）做强产业基金。"


def test_a_cumulative_level_in_a_section_of_the_years_work_is_a_target() -> None:
    text = TASKS + "引导天使基金扩容，参股基金规模累计达60亿元、投资初创企业累计达300家。"
    assert drafted(text) == [(Decimal(60), "at-least", "亿元"), (Decimal(300), "at-least", "家")]


def test_a_cumulative_level_with_a_past_time_stays_the_past() -> None:
    text = TASKS + "截至去年底，参股基金规模累计达40亿元。"
    assert drafted(text) == []


REPORT = (
    "青川市2026年政府工作报告\n一、“十五五”时期主要目标\n到2030年，地区生产总值达到3000亿元。\n"
    "二、2026年重点工作\n（一）推进新型城镇化。"
)


def test_a_clause_opened_by_a_coming_five_year_period_is_due_at_its_end() -> None:
    d = extract(REPORT + "“十五五”时期，全市新增城镇就业30万人、培育技能人才20万人。", default_year=2026)
    assert [(t.value, t.due) for t in d.targets if t.numeric][1:] == [
        (Decimal(30), dt.date(2030, 12, 31)),
        (Decimal(20), dt.date(2030, 12, 31)),
    ]


def test_a_clause_opened_by_a_five_year_period_already_over_is_not_due_then() -> None:
    d = extract(REPORT + "“十四五”时期全市新增城镇就业30万人。", default_year=2026)
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
    assert drafted("四是实施2万名留守儿童关爱守护工程。") == [(Decimal(2), "exactly", "万名")]


def test_a_round_magnitude_naming_a_programme_is_no_target() -> None:
    assert drafted("实施百项技能提升工程。") == []
