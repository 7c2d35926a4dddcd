"""Break-it review of this round's draft rules (branch brk10b): inputs a careless or hostile
user gives, each a reading a clerk would call wrong for any document of its shape."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from targetctl.domain.drafting import spans
from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.past import paired_total
from targetctl.domain.drafting.screening import rule_book
from targetctl.domain.drafting.structure import read_structure

PERIOD = (dt.date(2027, 1, 1), dt.date(2027, 12, 31))

# an action plan whose preamble says 现提出如下措施: its title says what it is, a plan
PLAN = (
    "某市推动制造业高质量发展三年行动方案\n"
    "为推动制造业高质量发展，结合我市实际，现提出如下措施。\n"
    "一、主要目标\n"
    "到2027年，全市规上工业企业达到1200家以上，营业收入超百亿元企业10家以上。\n"
)


def values(text: str) -> set[Decimal | None]:
    return {t.value for t in extract(text, default_year=2027, period=PERIOD).targets if t.numeric}


def test_a_titled_plan_is_no_book_of_rules_whatever_its_preamble_says() -> None:
    assert rule_book("某市推动制造业高质量发展三年行动方案", ["为推动制造业高质量发展，现提出如下措施。"]) is False


def test_a_titled_plans_thresholds_stay_targets_after_a_preamble_naming_measures() -> None:
    assert {Decimal(1200), Decimal(10)} <= values(PLAN)


def test_an_untitled_plan_with_a_goals_heading_is_no_book_of_rules() -> None:
    untitled = PLAN.split("\n", 1)[1]
    assert {Decimal(1200), Decimal(10)} <= values(untitled)
    paras = untitled.splitlines()
    assert rule_book(None, paras[:3], paras) is False
    assert rule_book(None, paras[:1], paras[:1]) is True  # with no goals, 如下措施 still names a book


@pytest.mark.parametrize(
    "clause", ["全县土地流转达15万亩", "资金周转达5次", "旅游资源开发达80%", "新产品研发达20项", "全县人大代表达300人"]
)
def test_da_after_a_word_that_ends_in_zhuan_fa_or_biao_is_still_a_bound(clause: str) -> None:
    # 流转+达, 开发+达, 代表+达: the word ends before 达, which reaches its level (转达/发达/表达 take no number)
    (target,) = extract(f"某县三年行动方案\n到2027年，{clause}。\n", default_year=2027, period=PERIOD).targets
    assert target.comparator == "at-least"


def test_a_byline_dates_a_page_by_its_signing_date_before_its_posting_date() -> None:
    # a record's fields on one line: 成文日期 is the year of the text, 发布日期 only when the site posted it
    text = (
        "某县农村公路建设三年行动方案\n"
        "索引号：000/2019-00123 成文日期：2019年05月06日 发布日期：2024年01月05日\n"
        "一、主要目标\n今年新改建农村公路150公里。\n"
    )
    assert read_structure(text.splitlines()).issued == dt.date(2019, 5, 6)
    (target,) = extract(text, default_year=2026).targets
    assert target.due is not None and target.due.year == 2019


def test_a_long_sentence_of_totals_is_read_for_its_tense_once_not_once_a_clause() -> None:
    # each clause of 加快…，累计建成N公里，… asked of the whole sentence whether it names the past:
    # a 1 MB sentence took time growing with its square
    paired_total.cache_clear()
    clauses = "".join(f"加快农村公路建设，累计建成农村公路{i}公里，" for i in range(1, 60))
    extract(f"某县三年行动方案\n{clauses}。\n", default_year=2027, period=PERIOD)
    assert paired_total.cache_info().misses <= 2


_ALPHABET = "一二、（）()〔】，。：;0123456789.%％汉字年月日 "


@settings(max_examples=400, deadline=None)
@given(
    first=st.text(_ALPHABET, max_size=70),
    pieces=st.lists(st.text(_ALPHABET, min_size=1, max_size=30), max_size=8),
    after=st.text(_ALPHABET, min_size=1, max_size=8),
)
def test_a_long_joined_line_is_judged_in_its_short_form_as_in_full(first: str, pieces: list[str], after: str) -> None:
    # spans keeps a joined line in a short form so that joining stays linear; every join rule
    # must answer on it as on the whole line
    joined = spans._Joined(first.strip())
    whole = first.strip()
    for piece in pieces:
        joined.add(piece.strip())
        whole += piece.strip()
    after = after.strip() or "5"
    assert spans._joins("字", after, joined.form()) == spans._joins("字", after, whole)
    assert spans._joins("5", after, joined.form()) == spans._joins("5", after, whole)


def test_a_table_pasted_one_cell_a_line_is_joined_once_a_line_not_once_a_join(monkeypatch: pytest.MonkeyPatch) -> None:
    # each join read the whole line joined so far: 6000 rows of cells drafted in time growing with its square
    seen: list[int] = []
    real = spans._joins

    def counting(before: str, after: str, joined: str = "") -> bool:
        seen.append(len(joined))
        return real(before, after, joined)

    monkeypatch.setattr(spans, "_joins", counting)
    spans.rejoin_spans("某县三年行动方案\n" + "\n".join(f"{i}\n指标名称{i}\n万元\n{i}" for i in range(300)))
    assert seen and max(seen) <= 4 * 24  # no joined line is read whole


@pytest.mark.parametrize("heading", ["营商环境提升成效显著", "脱贫成果巩固成效明显"])
def test_a_heading_that_reports_results_kept_or_raised_is_a_review(heading: str) -> None:
    # 提升成效 alone plans a result (a task); 提升成效显著 reports one
    text = (
        f"某区商务局关于营商环境建设的报告\n一、{heading}\n"
        "全年新增市场主体5000户，新引进项目30个。\n二、下一步工作打算\n新引进项目40个。\n"
    )
    assert values(text) == {Decimal(40)}


@pytest.mark.parametrize(
    ("clause", "value"), [("力争招引10个及以上的亿元项目", 10), ("新增100家及以上的规上企业", 100)]
)
def test_a_count_of_the_served_themselves_bounded_inclusive_is_a_target(clause: str, value: int) -> None:
    # N个及以上的X项目 counts the projects the plan brings in; 营业收入N亿元及以上的企业 picks out a class
    assert Decimal(value) in values(f"某区三年行动方案\n一、主要目标\n到2027年，{clause}。\n")
    assert values("某区三年行动方案\n对营业收入10亿元及以上的企业给予奖励。\n") == set()
