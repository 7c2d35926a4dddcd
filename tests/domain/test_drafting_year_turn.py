"""A work report whose one part holds both the five years' goals and the year's work
(“十五五”奋斗目标与2026年重点任务): the paragraph that turns to this year (今年是…开局之年)
dates what follows, and its sub-sections, to the year of issue (our own texts)."""

from __future__ import annotations

from targetctl.domain.drafting.extract import extract

NUMBERED = """青川省2026年政府工作报告
——2026年1月20日在青川省第十届人民代表大会第四次会议上
一、2025年工作回顾
过去一年，全省地区生产总值增长5.2%。
二、“十五五”奋斗目标与2026年重点任务
纲要草案提出，全省生产总值年均增长5.5%左右，全社会研发投入年均增长9%以上。
今年是“十五五”开局之年，做好政府工作意义重大。
全省发展的主要预期目标为：生产总值增长4.8%左右，城镇新增就业42万人。
（一）扩大有效投资
全年新开工重点项目600个。
三、加强政府自身建设
"""

PLAIN = """青川省2026年政府工作报告
——2026年1月20日在青川省第十届人民代表大会第四次会议上
“十五五”奋斗目标与2026年工作重点
“十五五”时期，全省粮食产量稳定在600亿斤以上。
今年发展的主要预期目标为：生产总值增长5%左右。
一、壮大实体经济
（一）推进技术改造
实施技改项目1500个。
"""


def _dues(text: str) -> dict[str, int | None]:
    d = extract(text, default_year=2026)
    return {t.quote: t.due.year if t.due else None for t in d.targets if t.numeric}


def test_the_paragraph_turning_to_this_year_dates_the_rest_of_its_section() -> None:
    due = _dues(NUMBERED)
    assert due["全省生产总值年均增长5.5%左右"] == 2030
    assert due["全社会研发投入年均增长9%以上"] == 2030
    assert due["生产总值增长4.8%左右"] == 2026
    assert due["城镇新增就业42万人"] == 2026
    assert due["全年新开工重点项目600个"] == 2026


def test_under_a_plain_heading_the_turn_reaches_the_numbered_parts_below() -> None:
    due = _dues(PLAIN)
    assert due["全省粮食产量稳定在600亿斤以上"] == 2030
    assert due["生产总值增长5%左右"] == 2026
    assert due["实施技改项目1500个"] == 2026


def test_a_section_stating_only_five_years_is_not_turned_without_a_paragraph_about_this_year() -> None:
    turn = "今年是“十五五”开局之年，做好政府工作意义重大。"
    text = NUMBERED.replace(turn, "这一时期，我们要坚持稳中求进、久久为功。")
    due = _dues(text)
    assert due["生产总值增长4.8%左右"] == 2030


MIXED = """青川省2026年政府工作报告
——2026年1月20日在青川省第十届人民代表大会第四次会议上
一、2025年工作回顾
过去一年，全省地区生产总值增长5.2%。
二、“十四五”回顾与“十五五”奋斗目标
过去五年，全省新建5G基站12万个，城镇新增就业280万人。
按照省委建议，省政府组织编制了“十五五”规划纲要（草案），提出全省生产总值年均增长5.5%左右。
三、2026年重点工作
今年城镇新增就业55万人。
"""


def test_a_paragraph_presenting_the_new_plans_outline_ends_the_review_run() -> None:
    due = _dues(MIXED)
    assert due["提出全省生产总值年均增长5.5%左右"] == 2030
    assert "全省新建5G基站12万个" not in due
    assert due["今年城镇新增就业55万人"] == 2026
