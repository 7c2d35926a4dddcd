"""Years and periods as documents state them (our own phrases)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.periods import (
    DURING_FIVE_YEAR,
    dispatch_year,
    due_year,
    five_year,
    resolve_due,
    signing_date,
    stated_period,
)


def test_five_year_plan_names_are_periods() -> None:
    assert five_year("十三") == (2016, 2020)
    assert five_year("十四") == (2021, 2025)
    assert five_year("十五") == (2026, 2030)
    p = stated_period("青川市“十五五”文化发展规划", None)
    assert p is not None and (p.start, p.end) == (2026, 2030)


def test_year_of_issue_from_signing_date_and_dispatch_number() -> None:
    assert signing_date("2023年3月5日") == dt.date(2023, 3, 5)
    assert signing_date("二〇二三年三月十五日") == dt.date(2023, 3, 15)
    assert signing_date("2023年13月5日") is None
    assert dispatch_year("青政发〔2018〕42号") == 2018
    assert dispatch_year("青政发[2021]3号") == 2021


@pytest.mark.parametrize(
    ("clause", "year"),
    [
        ("到2025年，城镇新增就业10万人", 2025),
        ("2024年底前完成改造", 2024),
        ("2023—2025年新建公园20个", 2025),
        ("到“十四五”末建成区域中心", 2025),
        ("今年新增企业30家", 2023),
        ("年内完成验收", 2023),
        ("明年投入使用", 2024),
        ("今年以来新增企业30家", None),
        ("新增企业30家", None),
    ],
)
def test_a_clause_states_its_own_due_year(clause: str, year: int | None) -> None:
    assert due_year(clause, 2023) == year


def test_coming_years_count_from_the_year_of_issue() -> None:
    five = stated_period("今后五年的主要目标", 2026)
    assert five is not None and (five.start, five.end) == (2026, 2030)
    action = stated_period("青川区优化营商环境三年行动计划", 2023)
    assert action is not None and (action.start, action.end) == (2023, 2025)
    span = stated_period("行动方案（2023—2025年）", None)
    assert span is not None and (span.start, span.end) == (2023, 2025)
    assert stated_period("加快发展现代物流业", 2023) is None


def test_due_is_own_then_section_then_plan() -> None:
    assert resolve_due(2024, 2025, 2026) == 2024
    assert resolve_due(None, 2025, 2026) == 2025
    assert resolve_due(None, None, 2026) == 2026


def test_the_during_rule_matches_its_own_example() -> None:
    assert DURING_FIVE_YEAR.pattern.match(DURING_FIVE_YEAR.example)


@pytest.mark.parametrize(
    ("clause", "year"),
    [
        ("某县“十五五”期间计划新增口袋公园12座", 2030),  # the place that does it, then the period
        ("全区“十五五”时期新建绿道30公里", 2030),
        ("“十五五”期间新增停车位200个", 2030),
        ("某县“十三五”期间新建公园8座", None),  # a period that ended before the year of issue
        ("加快推进公园城市建设并在“十五五”期间完成", None),  # not the clause's opening words
    ],
)
def test_a_named_five_year_period_dates_the_clause_it_opens(clause: str, year: int | None) -> None:
    assert due_year(clause, 2026) == year


def test_the_clauses_after_a_period_in_the_same_sentence_share_it() -> None:
    text = "某县城市绿化实施方案（2026—2035年）\n一、公园建设\n某县“十五五”期间计划新增口袋公园12座，新建绿道30公里。"
    d = extract(text, default_year=2040)
    assert [t.due.year if t.due else None for t in d.targets if t.numeric] == [2030, 2030]


def test_a_window_counted_from_a_persons_event_is_no_due_year() -> None:
    from targetctl.domain.drafting.periods import EVENT_WINDOW

    assert EVENT_WINDOW.pattern.search(EVENT_WINDOW.example)
    # who a measure serves (graduates of the last five years), not work due five years on
    assert due_year("每年为毕业五年内的高校毕业生开发见习岗位300个", 2031) is None
    assert due_year("离校2年内未就业的毕业生，每年组织培训500人次", 2031) is None
    assert due_year("取得技能证书一年内申领补贴", 2031) is None
    # how long a benefit lasts is a rule's term
    from targetctl.domain.drafting.periods import BENEFIT_TERM

    assert BENEFIT_TERM.pattern.search(BENEFIT_TERM.example)
    assert due_year("对新落户的创业团队三年内减半收取场地租金", 2031) is None
    # a span of the work itself is still counted from the year of issue
    assert due_year("三年内新建养老服务中心12个", 2031) == 2033
    assert due_year("用两年时间完成改造120个", 2031) == 2032


def test_an_undated_measures_list_with_eligibility_windows_keeps_its_year() -> None:
    text = (
        "为做好青年就业工作，制定以下措施。\n"
        "1.开发岗位。全市每年开发800个公益岗位用于招录毕业三年内的高校毕业生。\n"
        "2.见习补贴。对吸纳离校2年内未就业毕业生见习的单位，每年新增见习岗位不少于600个。\n"
        "3.落实时限。2031年12月31日前完成毕业五年内高校毕业生实名登记。\n"
    )
    d = extract(text, default_year=2040)
    dues = {t.value: (t.due or d.period[1]).year for t in d.targets if t.value is not None}
    assert dues == {800: 2031, 600: 2031}


@pytest.mark.parametrize(
    ("title", "span"),
    [
        ("某区环卫设施建设两年行动实施方案（2025、2026）", (2025, 2026)),
        ("某县农村公路提升行动方案（2025年和2026年）", (2025, 2026)),
        # two years listed that are not one after the other are two years, not a period
        ("某县2023、2025年度考核结果通报（2023、2025）", None),
    ],
)
def test_a_two_year_plans_years_listed_in_brackets_are_its_period(title: str, span: tuple[int, int] | None) -> None:
    period = stated_period(title, None)
    assert (None if period is None else (period.start, period.end)) == span


def test_a_numbered_item_opening_with_a_year_dates_its_clauses() -> None:
    text = (
        "某区环卫设施建设两年行动实施方案（2025、2026）\n一、工作目标\n"
        "（一）2025年，建设10座垃圾转运站；改造79座二类公厕。\n（二）2026年，建设7座垃圾转运站。\n"
    )
    d = extract(text, default_year=2026)
    assert (d.period[0].year, d.period[1].year) == (2025, 2026)
    assert [(t.value, t.due.year if t.due else None) for t in d.targets] == [
        (Decimal(10), 2025),
        (Decimal(79), 2025),
        (Decimal(7), 2026),
    ]


def test_a_long_titles_year_is_the_plans_even_where_the_signing_date_says_otherwise() -> None:
    text = (
        "某某新区管委会办公室关于下达某某新区2032年国民经济和社会发展计划主要指标及分解任务的通知\n"
        "各片区指挥部，区直各单位：\n全年地区生产总值增长8%，固定资产投资增长12%。\n"
        "某某新区管委会办公室\n2031年3月22日\n"
    )
    d = extract(text, default_year=2033)
    assert (d.period[0].year, d.period[1].year) == (2032, 2032)
    assert [t.due for t in d.targets if t.numeric] == [None, None]  # due at the plan's end


def test_a_span_in_a_titles_brackets_needs_no_year_mark() -> None:
    p = stated_period("青川市应急产业发展规划（2026-2030）", None)
    assert p is not None and (p.start, p.end) == (2026, 2030)
    text = "青川市应急产业发展规划（2026-2030）\n一、发展目标\n培育形成6个市级应急产业基地。\n"
    d = extract(text, default_year=2026)
    assert d.period == (dt.date(2026, 1, 1), dt.date(2030, 12, 31))


def test_numbers_in_brackets_that_are_no_years_are_no_span() -> None:
    assert stated_period("服务热线（2026-3030）", None) is None


def test_a_bare_year_of_the_plan_opening_a_paragraph_dates_its_sentences() -> None:
    text = (
        "青川市质量强市建设行动方案（2026-2028年）\n一、行动目标\n"
        "2026年，质量强市建设稳步推进。制造业产品质量合格率稳定在93%以上。\n"
        "到2028年，质量强市建设取得新成效。制造业产品质量合格率达到95%。\n"
    )
    d = extract(text, default_year=2026)
    dues = {t.value: t.due.year if t.due else None for t in d.targets if t.numeric}
    assert dues == {Decimal(93): 2026, Decimal(95): 2028}


def test_ten_years_within_is_ten_years_never_the_zero_of_it() -> None:
    assert due_year("10年内实现村庄数量减少30%以上", 2025) == 2034
    assert due_year("十年内建成区域医疗中心", 2025) == 2034
    assert due_year("力争三年内建成示范村20个", 2025) == 2027
