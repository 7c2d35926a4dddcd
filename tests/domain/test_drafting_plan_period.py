"""The plan's period settled after every clause is read (drafting.plan_period), tested directly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from targetctl.domain.drafting.draft import DraftTarget
from targetctl.domain.drafting.plan_period import Stated, settle


def _target(due: int | None) -> DraftTarget:
    return DraftTarget(
        "quantity", "新建学校3所", "新建学校3所", 1, "exactly", Decimal(3), unit="所",
        due=dt.date(due, 12, 31) if due else None,
    )  # fmt: skip


def _stated(**kw: object) -> Stated:
    base: dict[str, object] = {
        "year": None, "span": None, "inferred": None, "stated": False,
        "from_issue": False, "section_max": None, "present": None,
    }  # fmt: skip
    base.update(kw)
    return Stated(**base)  # type: ignore[arg-type]


def test_a_stated_span_is_the_period_and_marks_nothing() -> None:
    targets = [_target(2027), _target(None)]
    period, stated, note = settle(targets, _stated(year=2026, span=(2026, 2028), stated=True), "", 2031)
    assert period == (dt.date(2026, 1, 1), dt.date(2028, 12, 31)) and stated and note is None
    assert [t.review for t in targets] == [None, None]


def test_with_no_year_of_its_own_the_due_years_span_the_period_and_each_guess_is_marked() -> None:
    targets = [_target(2027), _target(2029), _target(None)]
    period, stated, note = settle(targets, _stated(), "", 2031)
    assert period == (dt.date(2027, 1, 1), dt.date(2029, 12, 31)) and stated
    assert note is not None and "2027–2029" in note
    assert targets[2].review is not None and targets[0].review is None


def test_the_year_of_issue_starts_the_period_and_is_marked_a_guess() -> None:
    targets = [_target(None)]
    period, _, _ = settle(targets, _stated(year=2030, stated=True, from_issue=True), "", 2031)
    assert period == (dt.date(2030, 1, 1), dt.date(2030, 12, 31))
    assert targets[0].review is not None and "2030" in targets[0].review


def test_an_undated_texts_guessed_year_never_starts_after_a_stated_due() -> None:
    targets = [_target(2025), _target(2026)]
    found = _stated(year=2026, stated=True, present=(2026, "the year it names most: check it"))
    period, _, _ = settle(targets, found, "", 2031)
    assert period[0] == dt.date(2025, 1, 1)


def test_a_text_that_states_nothing_falls_back_on_the_clock_and_says_so() -> None:
    targets = [_target(None)]
    period, stated, _ = settle(targets, _stated(), "", 2031)
    assert period == (dt.date(2031, 1, 1), dt.date(2031, 12, 31)) and not stated
    assert targets[0].review is not None and "assumption" in targets[0].review


def test_goals_that_look_to_a_year_date_an_opinion_dated_by_its_issue_to_that_year() -> None:
    # 实施意见 issued in 2026 whose 目标任务 say 到2028年 (no number of their own): its undated tasks aim at 2028
    targets = [_target(None)]
    found = _stated(year=2026, stated=True, from_issue=True, section_max=2028)
    period, _, _ = settle(targets, found, "", 2031)
    assert period == (dt.date(2026, 1, 1), dt.date(2028, 12, 31))
    assert targets[0].due is None  # due at the period's end, 2028


def test_a_clause_that_looks_further_than_the_goals_leaves_the_rest_in_the_year_of_issue() -> None:
    # no goals section names a year; one clause's own 到2028年 does not date the others
    targets = [_target(None), _target(2028)]
    found = _stated(year=2026, stated=True, from_issue=True)
    period, _, _ = settle(targets, found, "", 2031)
    assert targets[0].due == dt.date(2026, 12, 31)
    assert period[1] == dt.date(2028, 12, 31)


def test_a_report_that_looks_five_years_ahead_keeps_its_years_tasks_in_its_year() -> None:
    targets = [_target(None)]
    found = _stated(year=2026, stated=True, from_issue=True, section_max=2030)
    settle(targets, found, "各位代表：\n今后五年的主要目标：到2030年，…", 2031)
    assert targets[0].due == dt.date(2026, 12, 31)


def test_a_report_known_by_its_title_alone_keeps_its_years_tasks_in_its_year() -> None:
    # the body has none of a report's words; its title says it is one
    targets = [_target(None)]
    found = _stated(year=2026, stated=True, from_issue=True, section_max=2030, title="某区2026年人民政府工作报告")
    settle(targets, found, "今后五年的主要目标：到2030年，…", 2031)
    assert targets[0].due == dt.date(2026, 12, 31)


def test_a_text_about_the_rest_of_its_year_keeps_its_tasks_in_that_year_though_it_names_the_next() -> None:
    # issued in the autumn: its tasks are due 年底前 and in 四季度; 2027 is named once, in passing
    targets = [_target(None), _target(2027)]
    body = "年底前完成项目投资15亿元。四季度新增就业2000人。年底前建成5G基站300个。在2027年资金安排上予以倾斜。"
    settle(targets, _stated(year=2026, stated=True, from_issue=True), body, 2031)
    assert targets[0].due == dt.date(2026, 12, 31)


def test_a_text_that_looks_to_a_later_year_more_than_to_its_own_leaves_its_tasks_undated() -> None:
    targets = [_target(None), _target(2028)]
    body = "到2028年，建成学校10所。到2028年，新增托位500个。年底前出台实施细则。"
    settle(targets, _stated(year=2026, stated=True, from_issue=True), body, 2031)
    assert targets[0].due is None  # due at the period's end, 2028


def test_a_text_about_the_rest_of_its_year_is_not_aimed_at_a_year_it_looks_to_in_passing() -> None:
    targets = [_target(None)]
    body = "年底前完成项目投资15亿元。四季度新增就业2000人。年底前建成5G基站300个。将明年开工的项目提前到今年开工。"
    settle(targets, _stated(year=2026, stated=True, from_issue=True, section_max=2027), body, 2031)
    assert targets[0].due == dt.date(2026, 12, 31)


def test_a_text_issued_late_that_looks_back_on_its_year_and_aims_at_the_next_keeps_no_tasks_in_it() -> None:
    # 今年以来 and 今年1-10月 look back; 明年 is a later year written in a word
    targets = [_target(None), _target(2026)]
    body = (
        "今年以来，全市就业形势稳定，今年1-10月新增就业4.2万人。"
        "明年新增就业5万人。新建零工市场10个。2026年底前建成平台。"
    )
    settle(targets, _stated(year=2025, stated=True, from_issue=True), body, 2031)
    assert targets[0].due is None
