"""A paragraph that opens on the year its goals are for dates the paragraphs after it in its
section (our own texts)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.periods import goal_year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("到2028年，全省制造业数字化转型取得显著成效。", 2028),
        ("到 2028 年，重点企业基本实现网络化。", 2028),
        ("2028年的主要目标是：", 2028),
        ("2028年主要目标为：", 2028),
        ("近期目标：到2027年，全市新增光伏装机容量达到100MW。", 2027),  # after the goal's label
        ("远期目标：到2035年，光伏在交通领域全面推广。", 2035),
        ("2028年全省新建基站2万个。", None),  # a year's own work, not an opener of goals
        ("到2020年，已建成基站1万个。", None),  # before the plan's year
    ],
)
def test_goal_year_reads_an_opener_of_goals(text: str, year: int | None) -> None:
    assert goal_year(text, 2026 if "2020" in text else None) == year


PLAN = """青川省纺织装备制造业数字化转型实施方案
一、总体要求
到2028年，纺织装备制造业数字化转型取得明显成效。一是装备水平明显提升，重点企业关键工序数控化率超过70%。二是示范引领作用突出，建成12个左右省级智能工厂。
二、重点任务
（一）推广数字化装备。支持企业开展设备联网改造。
"""


def test_the_paragraph_after_a_goal_opener_is_due_in_its_year() -> None:
    d = extract(PLAN, default_year=2026)
    due = {t.value: t.due.year if t.due else None for t in d.targets if t.numeric}
    assert set(due.values()) == {2028}
    assert len(due) == 2


# a PDF's lines joined into one paragraph: the vision to 2035 first, then the sentence that
# opens the five years' goals, which are the plan's (十四五: due 2025), not the vision's
VISION = """“十四五”青川省纺织装备数字化发展规划
一、总体思路
“十四五”及今后一个时期，要以数字化改造为主线。到2025年，规模以上企业大部分实现数字化；到2035年，规模以上企业全面普及数字化网络化，重点企业基本实现智能化。2025年的主要目标是：——转型成效显著。建成300个以上数字化车间，培育80家以上系统解决方案供应商。
二、重点任务
（一）推广数字化装备。支持企业开展设备联网改造。
"""


def test_a_goal_sentence_inside_a_paragraph_dates_the_targets_after_it() -> None:
    assert goal_year("推进数字化改造。2028年的主要目标是：", None) == 2028
    assert goal_year("推进数字化改造，到2035年，全面实现智能化。", None) is None  # a clause's own year
    d = extract(VISION, default_year=2026)
    due = {t.value: t.due.year if t.due else None for t in d.targets if t.numeric}
    assert due == {Decimal(300): 2025, Decimal(80): 2025}


def test_a_five_year_plan_named_in_its_title_keeps_its_period_beside_a_vision() -> None:
    d = extract(VISION, default_year=2026)
    assert (d.period[0].year, d.period[1].year) == (2021, 2025)
    assert d.period_note is None  # the title states it: nothing inferred to check
    vision = next(t for t in d.targets if t.kind == "milestone" and t.quote.endswith("基本实现智能化"))
    assert vision.review  # due after the period: a person decides


def test_a_sentence_opened_by_a_bare_time_frame_dates_the_later_sentences_of_its_paragraph() -> None:
    text = (
        "一、主要目标\n"
        "坚持需求牵引，分类推进。2027年前，关键技术取得突破，建成3个中试平台。"
        "培育10家骨干企业。到2030年，产业规模达到200亿元。\n"
        "二、重点任务\n"
        "建设5个应用场景。\n"
    )
    d = extract(text, default_year=2025, period=(dt.date(2025, 1, 1), dt.date(2030, 12, 31)))
    due = {t.value: t.due for t in d.targets if t.numeric}
    assert due[Decimal(3)] == dt.date(2027, 12, 31)
    assert due[Decimal(10)] == dt.date(2027, 12, 31)  # no year of its own: the frame before it
    assert due[Decimal(200)] == dt.date(2030, 12, 31)
    assert due[Decimal(5)] != dt.date(2027, 12, 31)  # another paragraph: the frame ends with its own


@pytest.mark.parametrize("frame", ["到规划期末", "“十五五”期间", "远期"])
def test_a_later_sentence_opened_by_its_own_frame_is_not_dated_by_the_paragraphs_year(frame: str) -> None:
    # 2025年底前，…。到规划期末，…: the second sentence is due at the plan's end, not in 2025
    text = f"一、主要目标\n2025年底前，完成老旧小区改造300个。{frame}，全市新建公园20个。\n"
    d = extract(text, default_year=2024, period=(dt.date(2024, 1, 1), dt.date(2030, 12, 31)))
    due = {t.value: t.due for t in d.targets if t.numeric}
    assert due[Decimal(300)] == dt.date(2025, 12, 31)
    assert due[Decimal(20)] != dt.date(2025, 12, 31)


def test_a_frame_of_the_plan_period_opens_a_sentence_that_looks_ahead() -> None:
    # 规划期内，累计…: the running total is the plan's to reach, not a result
    text = "某市排水专项规划（2024—2030年）\n一、主要任务\n规划期内，累计改造雨污管网400公里。\n"
    d = extract(text, default_year=2026)
    assert [(t.value, t.unit) for t in d.targets if t.numeric] == [(Decimal(400), "公里")]
    assert any(e.quote == "规划期内" and "time frame" in e.reason for e in d.excluded)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence of the past before it in its paragraph (截至…已完成…): the frame turns to the plan
        "一、主要任务\n截至2023年底，全市已建成污水处理厂12座。规划期内，累计建成污水处理厂20座。\n",
        # a paragraph of the period behind before it (“十四五”时期，…): the frame's paragraph is the plan's
        "一、主要任务\n“十四五”时期，全市累计建成污水处理厂12座。\n规划期内，累计建成污水处理厂20座。\n",
        "一、主要任务\n“十四五”时期，全市累计建成污水处理厂12座。新的五年，我们继续努力。到规划期末，累计建成污水处理厂20座。\n",
    ],
)
def test_a_frame_of_the_plan_period_ends_a_run_of_the_past(text: str) -> None:
    d = extract(f"某市“十五五”水务发展规划（2026—2030年）\n{text}", default_year=2026)
    assert [(t.value, t.unit) for t in d.targets if t.numeric] == [(Decimal(20), "座")]


def test_a_frame_of_a_period_behind_the_plan_opens_no_look_ahead() -> None:
    # “十四五”时期，累计… inside a plan of 2026—2030 reports what was done; 到规划期末，累计… is the plan's
    text = (
        "某市“十五五”水务发展规划（2026—2030年）\n一、主要任务\n"
        "（一）完善管网。我市管网建设起步较晚。“十四五”时期，累计改造雨污管网300公里。"
        "到规划期末，累计改造雨污管网800公里。\n"
    )
    d = extract(text, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(800)]


def test_the_sentences_after_a_labelled_goal_year_in_its_paragraph_are_due_that_year() -> None:
    text = (
        "青川市交通领域光伏推广应用实施方案\n一、发展目标\n"
        "近期目标：到2027年，全市交通领域新增光伏装机容量达到100MW。新建交通设施屋顶安装光伏面积不低于40%。\n"
        "远期目标：到2035年，新增光伏装机容量达到500MW。\n"
    )
    d = extract(text, default_year=2026)
    due = {t.value: t.due for t in d.targets if t.numeric}
    assert due[Decimal(40)] == dt.date(2027, 12, 31)
    assert due[Decimal(500)] == dt.date(2035, 12, 31)
