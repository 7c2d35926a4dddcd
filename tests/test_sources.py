from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from targetctl.sources import normalise, sentences, spans


def test_normalise_removes_ocr_line_breaks_and_wide_spaces() -> None:
    assert normalise("　　实施提素\n计划， 打造") == "实施提素计划，打造"


def test_spans_find_every_occurrence() -> None:
    assert spans("工业\n互联网", "大力推动工业互联网改造。推进工业互联网") == [(4, 9), (14, 19)]
    assert spans("", "abc") == []


def test_sentences_split_at_full_stops_and_semicolons() -> None:
    parts = [s.text for s in sentences("甲。乙；丙！丁")]
    assert parts == ["甲。", "乙；", "丙！", "丁"]


@given(st.text(alphabet="甲乙丙。；\n 　", max_size=60))
def test_sentences_cover_the_text_exactly(text: str) -> None:
    flat = normalise(text)
    parts = sentences(flat)
    assert "".join(s.text for s in parts) == flat
    assert all(s.text for s in parts)


@given(st.text(alphabet="甲乙丙丁", min_size=1, max_size=30), st.data())
def test_every_substring_is_found(text: str, data: st.DataObject) -> None:
    a = data.draw(st.integers(0, len(text) - 1))
    b = data.draw(st.integers(a + 1, len(text)))
    assert (a, b) in spans(text[a:b], text)
