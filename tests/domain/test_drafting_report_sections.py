"""A work report's parts: one that reviews five years and then sets the next five, a heading
about a five-year plan's good start, a long-range vision (our own texts)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract

MIXED_PART = """青川省2026年政府工作报告
——2026年1月20日在青川省第十届人民代表大会第四次会议上
各位代表：
一、2025年工作回顾
过去一年，全省地区生产总值增长5.2%，新增城镇就业60万人。
二、“十四五”时期发展成就和“十五五”时期主要目标任务
“十四五”时期是极不平凡的五年，全省经济总量迈上新台阶。
这五年，我们新建5G基站12万个，城镇新增就业280万人。
“十五五”时期是基本实现现代化夯实基础的关键时期。
规划纲要草案设置了25项主要指标，包括全省地区生产总值年均增长5%左右、全社会研发投入强度达到3%以上等。
三、2026年重点工作
今年全省地区生产总值增长5%左右，城镇新增就业55万人。
"""


def test_a_part_that_reviews_five_years_then_sets_the_next_five_drafts_the_goals_only() -> None:
    d = extract(MIXED_PART, default_year=2026)
    got = {(t.value, t.due.year if t.due else None) for t in d.targets if t.numeric}
    assert (Decimal(5), 2030) in got  # 年均增长5%左右, the next five years
    assert (Decimal(3), 2030) in got
    assert (Decimal(55), 2026) in got
    drafted = {t.value for t in d.targets if t.numeric}
    assert not drafted & {Decimal(12), Decimal(280), Decimal("5.2"), Decimal(60), Decimal(25)}
    assert (d.period[0].year, d.period[1].year) == (2026, 2030)


FIRST_YEAR = """青川省2026年政府工作报告
——2026年1月20日在青川省第十届人民代表大会第四次会议上
一、一张蓝图绘到底，奋力谱写现代化新篇章
“十五五”时期全省地区生产总值年均增长5%左右。省委提出，到2035年要在基本实现现代化中走在前列。
二、一鼓作气勇争先，全力推动“十五五”开好局、起好步
2026年是“十五五”开局之年。今年全省地区生产总值增长5%左右。
（一）壮大实体经济
滚动实施1200个以上省重点技改项目。
"""


def test_a_heading_about_the_five_year_plans_good_start_is_its_first_year() -> None:
    d = extract(FIRST_YEAR, default_year=2026)
    due = {t.quote: t.due.year if t.due else None for t in d.targets if t.numeric}
    assert due["滚动实施1200个以上省重点技改项目"] == 2026
    assert due["今年全省地区生产总值增长5%左右"] == 2026


def test_a_long_range_vision_without_a_number_does_not_stretch_the_period() -> None:
    d = extract(FIRST_YEAR, default_year=2026)
    assert (d.period[0].year, d.period[1].year) == (2026, 2030)


@pytest.mark.parametrize(
    "text",
    [
        "二、主要目标\n到2027年，全市新建5G基站1万个。\n三、重点任务\n（一）加快新型基础设施建设\n新建数据中心3个。",
        "（三）加快发展现代服务业\n到2027年，服务业增加值占比达到55%。\n（四）推进乡村振兴\n新建高标准农田5万亩。",
        "到2027年，全市新建5G基站1万个。\n一、加快新型基础设施建设\n新建数据中心3个。",
        "加快发展现代服务业。到2027年，服务业增加值占比达到55%。",
    ],
)
def test_a_page_opening_below_the_title_line_is_drafted_untitled(text: str) -> None:
    """Neither a section heading nor a sentence is the document's title: a person names it."""
    assert extract(text, default_year=2027).title == ""


def test_a_clause_that_turns_to_this_year_ends_a_run_opened_by_the_last_five_years() -> None:
    text = "2026年青川省政府工作报告\n三、2026年工作安排\n“十四五”期间全省累计建成高标准农田800万亩，今年新建100万亩。"
    d = extract(text, default_year=2026)
    assert [(t.value, t.due.year if t.due else None) for t in d.targets if t.numeric] == [(Decimal(100), 2026)]


def test_a_review_section_under_its_heading_is_not_ended_by_this_year() -> None:
    text = "2026年青川省政府工作报告\n一、2025年工作回顾\n全年新建高标准农田80万亩，今年新建任务全面完成。"
    d = extract(text, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == []


def test_a_part_that_reviews_the_year_and_then_plans_the_next_keeps_its_review_until_it_turns() -> None:
    text = (
        "青川区2026年政府工作报告\n一、2025年工作回顾和2026年工作安排\n"
        "全年新增城镇就业5万人，新建学校10所。\n今年，全区新增城镇就业6万人。\n二、保障措施\n新建公园3个。"
    )
    d = extract(text, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(6), Decimal(3)]


@pytest.mark.parametrize(
    "heading",
    [
        "一、砥砺奋进的五年",
        "一、极不平凡的2025年",
        "一、攻坚克难的一年",
        "一、牢记嘱托，奋力拼搏，“十四五”圆满收官",
        "一、踔厉奋发，全面完成“十四五”目标任务",
    ],
)
def test_a_part_heading_that_describes_the_years_behind_opens_a_review(heading: str) -> None:
    text = (
        f"2026年青川省政府工作报告\n各位代表：\n{heading}\n全省地区生产总值增长5.4%，新增高新技术企业3000家。\n"
        "（一）产业升级迈出新步伐\n新培育专精特新企业120家。\n二、“十五五”时期主要目标\n全省地区生产总值年均增长5%左右。\n"
        "三、2026年工作安排\n新增城镇就业80万人。"
    )
    d = extract(text, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(5), Decimal(80)]


@pytest.mark.parametrize(
    "heading", ["一、奋力开创新的五年", "一、今后五年的主要目标", "一、推动“十五五”开好局", "一、打好2026年攻坚战"]
)
def test_a_heading_about_the_years_ahead_opens_no_review(heading: str) -> None:
    text = f"2026年青川省政府工作报告\n{heading}\n新增城镇就业80万人。"
    d = extract(text, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(80)]


KEEP_RESULTS = """青川县2026年政府工作报告
一、2025年工作回顾
过去一年，全县新建高标准农田3万亩。
二、2026年重点工作
(五)持续用力抓项目，在扩大投资上奋力跑出加速度。年内新增规上工业企业15家。
(六)坚定不移巩固成效促振兴，在打造美丽乡村上奋力跑出加速度。坚持农业农村优先发展。年内建成省级美丽乡村12个，新建高标准农田6000亩。
"""


def test_a_heading_that_keeps_or_widens_results_is_a_task_not_a_review() -> None:
    d = extract(KEEP_RESULTS, default_year=2026)
    assert sorted(t.value for t in d.targets if t.numeric and t.value is not None) == [12, 15, 6000]
    assert all(e.reason != "heading of a review section (past results)" or "回顾" in e.quote for e in d.excluded)
