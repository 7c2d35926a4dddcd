"""`trace` is linear in its source and streams its lines."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from benchmarks.draft_scale import plan_text

from targetctl.commands import Context
from targetctl.commands.draft import draft_file
from targetctl.commands.trace import rows
from targetctl.domain.sources import MAX_IDS, Sentence, trace
from targetctl.workspace import load


@pytest.mark.slow
def test_a_repetitive_drafted_source_traces_in_seconds(tmp_path: Path) -> None:
    """The same clause in many places, quoted by many targets: each target was tried at each
    place (24 s for 200 KB, minutes for 2 MB)."""

    def traced(size: int, folder: Path) -> tuple[float, list[Sentence]]:
        (folder / "doc.txt").write_text(plan_text(size), encoding="utf-8")
        root = folder / "plans"
        draft_file(root, folder / "doc.txt", "p", today=dt.date(2024, 1, 1))
        [loaded] = load(root, records=False).plans
        source = (root / "sources" / "p.txt").read_text(encoding="utf-8")
        started = time.process_time()
        out = trace(loaded.plan, source)
        return time.process_time() - started, out

    # linear, measured against the same machine and tracer: ten times the source takes at most twenty
    # times as long (trying each target at each place took a hundred); an absolute bound of 4 s CPU
    # alone could fail under coverage on a slower machine while the code was no slower: it stays the floor
    (tmp_path / "small").mkdir()
    (tmp_path / "large").mkdir()
    small, _ = traced(20_000, tmp_path / "small")
    large, clauses = traced(200_000, tmp_path / "large")
    assert large < max(20 * small, 4.0) and large < 60, (small, large)
    assert all(len(c.ids) <= MAX_IDS for c in clauses)
    assert any(c.more for c in clauses) and not [c for c in clauses if c.status == "unmapped"]


def test_rows_are_made_one_by_one(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(plan_text(20_000), encoding="utf-8")
    draft_file(tmp_path / "plans", tmp_path / "doc.txt", "p", today=dt.date(2024, 1, 1))
    ctx = Context(plans=tmp_path / "plans")
    lines = rows(ctx)
    assert isinstance(lines, Iterator)
    first = next(lines)
    assert first == "p: source clauses\n"
    rest = list(lines)
    assert "…" in "".join(rest) and rest[-1].endswith("0 unmapped\n")
    assert all(line.count("\n") == 1 for line in rest)
