"""A mark on a line of its own belongs to the clause before it (our own texts)."""

from __future__ import annotations

import pytest

from targetctl.domain.sources import line_breaks, normalise, sentences


@pytest.mark.parametrize("mark", ["。", "；", "】", "》", "，"])
def test_a_mark_alone_on_its_line_stays_with_its_clause(mark: str) -> None:
    source = f"某县2024年工作要点\n新建公园5个。\n推动成果转化，开展揭榜\n{mark}\n新增绿道10公里。\n改造小区3个。\n"
    parts = [s.text for s in sentences(normalise(source), line_breaks(source))]
    assert f"开展揭榜{mark}" in parts
    assert mark not in parts
