"""A clause of marks alone (a bracket left at a line's end) is part of its neighbour, never unmapped."""

from __future__ import annotations

from targetctl.domain.sources import line_breaks, normalise, sentences, trace
from tests.domain.test_sources import _plan


def test_an_opening_bracket_at_a_lines_end_joins_the_next_clause() -> None:
    source = "新增企业20家。 （\n本报记者 王五\n整理）\n"
    text = normalise(source)
    got = [s.text for s in sentences(text, line_breaks(source))]
    assert "（" not in got
    assert "".join(got) == text


def test_a_line_of_dashes_is_not_a_clause_of_its_own() -> None:
    source = "一、目标\n——————\n新增企业20家。\n"
    text = normalise(source)
    got = [s.text for s in sentences(text, line_breaks(source))]
    assert all(any(ch.isalnum() for ch in s) for s in got), got
    assert "".join(got) == text


def test_a_source_of_marks_alone_is_one_clause() -> None:
    assert [s.text for s in sentences("（——）")] == ["（——）"]


def test_trace_finds_no_wordless_clause_unmapped() -> None:
    plan = _plan([], ["本报记者王五", "整理", "新增企业20家"])
    traced = trace(plan, "新增企业20家。 （\n本报记者 王五\n整理）\n")
    assert [s.text for s in traced if s.status == "unmapped"] == []


def test_a_source_of_marks_alone_is_excluded_when_its_exclusion_quotes_it() -> None:
    traced = trace(_plan([], ["——"]), "——\n")
    assert [(s.text, s.status) for s in traced] == [("——", "excluded")]
