"""The plan's years come from what the document states, the clock only last (our own phrases)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from targetctl.domain.drafting.extract import extract


def test_a_due_year_before_the_clock_is_kept_and_gives_the_period() -> None:
    d = extract("来源：县融媒体中心\n到2025年，新建公园5个。", default_year=2026)
    assert d.period == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    (t,) = [t for t in d.targets if t.numeric]
    assert t.due == dt.date(2025, 12, 31)
    assert t.review is None or "outside the plan period" not in t.review
    assert d.period_stated and d.period_note is not None and "due" in d.period_note


def test_due_years_in_the_past_span_the_period() -> None:
    d = extract("到2023年，新建公园5个。到2025年，新建绿道10公里。", default_year=2026)
    assert d.period == (dt.date(2023, 1, 1), dt.date(2025, 12, 31))
    assert [t.due for t in d.targets if t.numeric] == [dt.date(2023, 12, 31), dt.date(2025, 12, 31)]


def test_no_year_anywhere_falls_back_to_the_clock() -> None:
    d = extract("新建公园5个。", default_year=2026)
    assert d.period == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert not d.period_stated


def test_a_year_that_introduces_the_targets_is_the_plans_year() -> None:
    d = extract("2024年全县发展的主要预期目标是：地区生产总值增长5%左右，固定资产投资增长6%。", default_year=2026)
    assert d.period == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert d.title == ""  # untitled: the clause that introduces the targets is no title
    assert [t.title for t in d.targets] == ["地区生产总值增长5%左右", "固定资产投资增长6%"]
    assert all(t.review is None or "no year" not in t.review for t in d.targets)


def test_full_width_years_and_numbers_are_read() -> None:
    d = extract("一、主要目标\n到２０２５年，新建公园１２个。", default_year=2026)
    (t,) = [t for t in d.targets if t.numeric]
    assert t.value == Decimal(12)
    assert t.due == dt.date(2025, 12, 31)
    assert "１２" in t.quote
    assert not any("２０２５" in e.quote for e in d.excluded if e.reason.startswith("context"))


def test_a_numbered_session_without_di_is_a_label_not_a_quantity() -> None:
    d = extract("一、工作目标\n县长在十五届县人大二次会议上作报告。", default_year=2026)
    assert not [t for t in d.targets if t.numeric and t.unit == "届"]


def test_a_heading_keeps_its_opening_quote_mark() -> None:
    d = extract("某县教育发展规划\n一、目标\n2.“双减”工作目标\n到2025年，新建幼儿园3所。", default_year=2026)
    titles = [p.title for p in d.all_programmes()]
    assert "“双减”工作目标" in titles


def test_a_period_inferred_from_a_sentence_is_marked_for_review() -> None:
    d = extract("2024年全县发展的主要预期目标是：地区生产总值增长5%左右。", default_year=2026)
    assert d.period_note is not None and "introduces the targets" in d.period_note
