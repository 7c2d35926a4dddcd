from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from targetctl.domain.model import Plan
from targetctl.domain.sources import normalise, sentences, spans


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
    assert any(x <= a and b <= y for x, y in spans(text[a:b], text))


def _plan(targets: list[str], excluded: list[str]) -> Plan:
    import datetime as dt

    return Plan.model_validate(
        {
            "id": "p",
            "title": {"zh": "计划", "en": "Plan"},
            "period": {"start": dt.date(2030, 1, 1), "end": dt.date(2030, 12, 31)},
            "source": {"file": "s.txt"},
            "programmes": [{"id": "a", "title": {"zh": "甲", "en": "A"}}],
            "targets": [
                {"id": f"t-{i}", "programme": "a", "title": {"zh": "甲", "en": "A"}, "kind": "milestone", "quote": q}
                for i, q in enumerate(targets)
            ],
            "excluded": [{"quote": q, "reason": "context"} for q in excluded],
        }
    )


def test_a_forgotten_clause_inside_a_mapped_sentence_shows() -> None:
    from targetctl.domain.sources import trace

    text = "引进人才30名，新增项目20个以上，人才总量增长10%。会议圆满成功。"
    result = trace(_plan(["人才总量增长10%"], ["会议圆满成功"]), text)
    assert [(s.text, s.status) for s in result] == [
        ("引进人才30名，", "unmapped"),
        ("新增项目20个以上，", "unmapped"),
        ("人才总量增长10%。", "mapped"),
        ("会议圆满成功。", "excluded"),
    ]


def test_excluding_punctuation_excludes_nothing() -> None:
    from targetctl.domain.sources import trace

    result = trace(_plan([], ["。", "，"]), "甲乙丙。丁戊，己。")
    assert {s.status for s in result} == {"unmapped"}


def test_trace_is_not_quadratic() -> None:
    import time

    from targetctl.domain.sources import trace

    text = "甲乙丙。" * 20_000
    start = time.perf_counter()
    result = trace(_plan(["甲乙"], ["丙"]), text)
    assert len(result) == 20_000 and all(s.status == "mapped" for s in result)
    assert time.perf_counter() - start < 30, "a hang guard: this takes well under a second"


class _Counting(str):
    """A text that counts the searches and slices made on it: the Python-level steps."""

    steps = 0

    def find(self, *args: Any) -> int:
        _Counting.steps += 1
        return super().find(*args)

    def __getitem__(self, key: Any) -> str:
        _Counting.steps += 1
        return super().__getitem__(key)


@pytest.mark.parametrize("unit", ["哈", "哈哈哈嘿", "ab" * 40 + "c"])
def test_quote_search_takes_a_few_steps_however_often_a_quote_overlaps_itself(unit: str) -> None:
    """Searching again at every place a self-overlapping quote stands is quadratic
    (10 s for a 4 MB source); a run of places is followed in a few slice comparisons."""
    quote = unit * (2000 // len(unit))
    steps = []
    for size in (100_000, 400_000):
        _Counting.steps = 0
        text = _Counting(unit * (size // len(unit)) + "。")
        assert spans(quote, text) == [(0, size // len(unit) * len(unit))]
        steps.append(_Counting.steps)
    assert steps[1] <= steps[0] + 10 and steps[1] < 100, steps


def test_every_place_counts_when_quotes_repeat_apart() -> None:
    quote = "会议取得圆满成功"
    text = _Counting("。".join([quote] * 1000))
    _Counting.steps = 0
    assert len(spans(quote, text)) == 1000 and _Counting.steps <= 1001


@given(st.text(alphabet="ab", max_size=40), st.text(alphabet="ab", min_size=1, max_size=6))
def test_spans_are_what_every_place_covers(text: str, quote: str) -> None:
    covered = {k for i in range(len(text)) if text.startswith(quote, i) for k in range(i, i + len(quote))}
    assert {k for a, b in spans(quote, text) for k in range(a, b)} == covered


def test_a_thousands_comma_is_not_the_end_of_a_clause() -> None:
    from targetctl.domain.sources import sentences

    texts = [s.text for s in sentences("全年新增就业岗位12,000个以上，新增企业1,234.5家以上，项目12,企业3个。")]
    assert texts == ["全年新增就业岗位12,000个以上，", "新增企业1,234.5家以上，", "项目12,", "企业3个。"]
