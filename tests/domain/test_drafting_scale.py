"""Drafting stays linear in its input, whatever its shape: long runs without punctuation, one
giant line, lines an OCR'd column broke. Each case took minutes (or never finished) when a rule
re-read the text before every number, or a paragraph was built by adding line to line."""

from __future__ import annotations

import time

import pytest

from targetctl.domain.drafting import extract as extract_module
from targetctl.domain.drafting.extract import MAX_CLAUSE, DraftTooLarge, clauses, extract

SHAPES = {
    "one run with numbers": "地区生产总值增长5.5%新增就业1.2万人建成中心30个",
    "one run without numbers": "推进产业强链行动建设区域物流中心",
    "broken lines": "新增城镇就业1.2万人以上建成物流中心30个\n",
    "punctuation only": "——",
    "latin letters": "abc def 12 ",
}


@pytest.mark.slow
@pytest.mark.parametrize("shape", SHAPES)
def test_two_hundred_thousand_characters_draft_in_seconds(shape: str) -> None:
    def drafted(size: int) -> tuple[float, list[str]]:
        text = "某区2024年重点工作计划\n" + SHAPES[shape] * (size // len(SHAPES[shape]))
        started = time.process_time()
        draft = extract(text, default_year=2024)
        return time.process_time() - started, [t.quote for t in draft.targets]

    # linear, measured against the same machine and tracer: ten times the text takes at most twenty
    # times as long (a rule that re-reads the text takes a hundred); an absolute bound alone failed
    # under coverage on a slower machine while the code was no slower
    small, _ = drafted(20_000)
    large, quotes = drafted(200_000)
    assert large < max(20 * small, 1.0) and large < 60, (shape, small, large)
    assert all(len(q) <= MAX_CLAUSE for q in quotes)


def test_long_clauses_are_cut_outside_numbers() -> None:
    text = "甲" * (MAX_CLAUSE - 2) + "12345.5万人" + "乙" * 500 + "。"
    pieces = clauses(text)
    assert "".join(c.full for c in pieces) == text
    assert all(len(c.text) <= MAX_CLAUSE for c in pieces)
    assert any("12345.5万" in c.text for c in pieces)


def test_a_draft_quoting_more_than_allowed_stops_early(monkeypatch: pytest.MonkeyPatch) -> None:
    # counted, not timed: the quotes are checked clause by clause, and drafting stops at the first
    # check past the limit, long before the text's last clause (a CPU-time bound flaked under coverage)
    text = "新增就业1.2万人建成中心30个" * 50_000
    checked: list[int] = []
    check = extract_module._Extractor._check_quoted

    def counted(self: extract_module._Extractor) -> None:
        checked.append(1)
        check(self)

    monkeypatch.setattr(extract_module._Extractor, "_check_quoted", counted)
    with pytest.raises(DraftTooLarge):
        extract(text, default_year=2024, max_quoted=1_000_000)
    assert len(checked) < len(clauses(text)) // 10
