"""A running total beside the addition that reaches it (新增…，累计…) is a target (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.past import paired_total


def test_a_total_after_the_addition_that_reaches_it() -> None:
    assert paired_total("新建充电桩800个，累计建成3000个。")
    assert paired_total("全县新增400户（累计约1500户）纳入监管平台。")
    assert not paired_total("去年新增就业1.2万人，累计带动3万人。")  # a past time
    assert not paired_total("新增企业50家，累计已达600家。")  # past tense
    assert not paired_total("累计建成绿道120公里。")  # no addition before it


def test_a_task_list_drafts_the_total_and_a_review_does_not() -> None:
    plan = "青川县2026年数字乡村工作要点\n12．新建5G基站300个，累计建成5G基站1800个。\n"
    d = extract(plan, default_year=2026)
    assert sorted(t.value for t in d.targets if t.value is not None) == [Decimal(300), Decimal(1800)]
    review = "青川县2026年数字乡村工作要点\n12．去年新建5G基站300个，累计建成5G基站1800个。\n"
    d = extract(review, default_year=2026)
    assert not [t for t in d.targets if t.value == Decimal(1800)]


def test_a_total_in_a_task_that_a_directive_opens() -> None:
    assert paired_total("加快农村供水管网建设，供水管网累计覆盖45个乡镇。")
    assert paired_total("3．持续推进光纤入户，光纤宽带累计通达800个行政村。")
    assert not paired_total("加快推进供水建设，近三年累计覆盖45个乡镇。")  # a past time
    assert not paired_total("我们加快供水建设，累计覆盖了45个乡镇。")  # past tense
    plan = "青川县2026年水利工作要点\n5．加快农村供水管网建设，供水管网累计覆盖45个乡镇。\n"
    assert [t.value for t in extract(plan, default_year=2026).targets if t.numeric] == [Decimal(45)]
