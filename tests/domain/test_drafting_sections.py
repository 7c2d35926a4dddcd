"""Sections bound runs of the past and lend their years to their clauses (our own texts)."""

from __future__ import annotations

import datetime as dt

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.past import opens_run, run_ends
from targetctl.domain.drafting.sections import YEAR_TURNS, presents_outline, turns_to_year

WORK_REPORT = """青川区2026年政府工作报告
——2026年1月8日在青川区第四届人民代表大会第一次会议上
各位代表：
一、过去五年工作回顾
过去五年，全区地区生产总值年均增长6%，新增高新技术企业200家。
二、今后五年的主要目标
全区地区生产总值年均增长5.5%左右，新增国家级专精特新企业20家。
三、2026年工作安排
地区生产总值增长5%左右，新增城镇就业1.2万人。
（一）推动产业高质量发展
新增规上工业企业30家。
"""

PREAMBLE_PLAN = """青川市“十四五”农业农村现代化规划
近年来，全市农业农村发展取得明显成效，“十四五”时期是加快农业农村现代化的关键五年。
一、粮食安全保障更加有力
到2025年，全市粮食播种面积稳定在120万亩以上。
二、乡村产业发展持续提升
农产品加工业产值达到300亿元。
三、重点任务
（一）推动种业创新发展
新建育种基地5个。
"""


def dues(text: str) -> dict[str, dt.date | None]:
    d = extract(text, default_year=2030)
    return {t.quote: t.due for t in d.targets if t.numeric}


def test_a_work_reports_five_year_goals_are_due_at_the_end_of_the_five_years() -> None:
    d = extract(WORK_REPORT, default_year=2030)
    got = {t.quote: t.due for t in d.targets if t.numeric}
    assert got["新增国家级专精特新企业20家"] == dt.date(2030, 12, 31)
    assert got["新增城镇就业1.2万人"] == dt.date(2026, 12, 31)
    assert got["新增规上工业企业30家"] == dt.date(2026, 12, 31)  # its section's, under 2026年工作安排
    assert d.period == (dt.date(2026, 1, 1), dt.date(2030, 12, 31))
    assert "新增高新技术企业200家" not in got


def test_a_review_run_in_the_preamble_ends_at_the_first_top_level_heading() -> None:
    got = dues(PREAMBLE_PLAN)
    assert "农产品加工业产值达到300亿元" in got  # under a heading that reads like a result
    assert "新建育种基地5个" in got
    assert got["全市粮食播种面积稳定在120万亩以上"] == dt.date(2025, 12, 31)


def test_a_run_opened_by_a_founding_anniversary_is_the_past_within_its_section() -> None:
    text = (
        "青川市科技协会工作要点\n协会成立十年来，累计服务企业2000家，培训科技人员5000人次。\n"
        "会员单位增加到300家，科普基地达到40个。\n一、2024年工作目标\n新增会员单位50家。\n"
    )
    got = dues(text)
    assert list(got) == ["新增会员单位50家"]


def test_openers_and_bounds() -> None:
    assert opens_run("协会成立十年来，")
    assert opens_run("上一个五年，")
    assert not opens_run("“十四五”时期是关键五年")
    assert run_ends(run_depth=1, heading_depth=0, family="cn", result_like=True)
    assert run_ends(run_depth=0, heading_depth=0, family="cn", result_like=True)
    assert not run_ends(run_depth=1, heading_depth=1, family="cn-paren", result_like=True)
    assert run_ends(run_depth=1, heading_depth=1, family="cn-paren", result_like=False)


def test_the_last_five_year_period_is_the_past_and_the_plans_own_is_context() -> None:
    text = (
        "青川市“十五五”文化和旅游发展规划\n"
        "“十四五”时期，全市接待游客总人数达到5000万人次，新建博物馆12座。\n"
        "“十五五”时期是文化强市建设的关键时期。\n"
        "一、发展目标\n到2030年，全市接待游客总人数突破8000万人次。\n"
    )
    d = extract(text, default_year=2024)
    assert d.period == (dt.date(2026, 1, 1), dt.date(2030, 12, 31))
    assert [t.quote for t in d.targets if t.numeric] == ["全市接待游客总人数突破8000万人次"]
    in_a_fourteenth_plan = "青川市“十四五”旅游规划\n“十四五”时期，全市接待游客总人数达到5000万人次。\n"
    assert [t.value for t in extract(in_a_fourteenth_plan, default_year=2024).targets if t.numeric] == [5000]


def test_a_clause_due_this_year_next_year_or_at_the_end_of_the_five_years() -> None:
    text = (
        "青川市老旧小区改造三年行动方案（2023—2025年）\n一、工作目标\n"
        "今年完成老旧小区改造120个，明年完成150个。到“十四五”末，累计改造老旧小区400个以上。\n"
    )
    got = {t.quote: t.due for t in extract(text, default_year=2030).targets if t.numeric}
    assert got == {
        "今年完成老旧小区改造120个": dt.date(2023, 12, 31),
        "明年完成150个": dt.date(2024, 12, 31),
        "累计改造老旧小区400个以上": dt.date(2025, 12, 31),
    }


def test_a_section_looking_further_ahead_with_no_target_in_it_still_drafts() -> None:
    d = extract("青川区2026年政府工作报告\n一、今后五年的主要目标\n坚持稳中求进工作总基调。\n", default_year=2030)
    assert d.period == (dt.date(2026, 1, 1), dt.date(2030, 12, 31))


# the year-of-issue turns and the outline rule (domain/drafting/sections.py), rule by rule


def test_every_turn_rule_matches_its_own_example() -> None:
    for rule in YEAR_TURNS:
        assert rule.pattern.match(rule.example), rule.name
        assert turns_to_year(rule.example, 2026), rule.name
    assert not turns_to_year("2025年是“十四五”规划的最后一年", 2026)
    assert not turns_to_year("今年1—11月，全省完成投资增长3%", 2026)


def test_the_outline_rule_wants_a_later_plan() -> None:
    assert presents_outline("省政府组织编制了“十五五”规划纲要（草案），提请大会审议。", 2026)
    assert not presents_outline("省政府编制了“十四五”规划纲要，主要指标如期完成。", 2026)


def test_any_paragraph_opened_by_this_year_turns_but_a_part_of_the_year_gone_by() -> None:
    for opening in ("今年发展的主要预期目标为：", "今年要重点抓好以下工作。", "今年，我们将扎实推进各项改革。"):
        assert turns_to_year(opening, 2026), opening
    for opening in ("今年以来，全市经济稳中向好。", "今年上半年，完成投资增长4%。", "今年前三季度，就业形势稳定。"):
        assert not turns_to_year(opening, 2026), opening
