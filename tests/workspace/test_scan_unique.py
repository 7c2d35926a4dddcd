"""The scan's check of repeated record ids: a block at a time where no id repeats, line by
line otherwise; both must say what a plain first-one-wins reading says."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from targetctl.domain.ledger import Ledger
from targetctl.io.plans import read_plan
from targetctl.workspace.logs import _Scan, log_of
from tests.conftest import GOLDEN

ids = st.sampled_from([f"{n:06x}" for n in range(12)])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(ids, max_size=8), max_size=5),  # blocks of ids
    st.dictionaries(ids, st.integers(1, 3), max_size=3),  # ids known before (a resumed scan)
)
def test_repeated_ids_are_found_however_the_blocks_fall(blocks: list[list[str]], seeded: dict[str, int]) -> None:
    loaded, _ = read_plan(GOLDEN / "valid" / "demo.yaml")
    assert loaded is not None
    scan = _Scan(Ledger(dt.date(2025, 12, 31), False), loaded.plan, log_of(loaded), None, False)
    known, line = dict(seeded), 10
    got: list[tuple[int, str]] = []
    want: list[tuple[int, str]] = []
    problems: list[str] = []
    for block in blocks:
        numbers = range(line, line + len(block))
        rows = [{"id": rid} for rid in block]
        got += [(n, row["id"]) for n, row in scan._unique(known, numbers, rows)]
        for n, rid in zip(numbers, block, strict=True):
            if rid in seen_lines(seeded, want, rid):
                problems.append(f"{n}:record id '{rid}' is already used on line {first(seeded, want, rid)}")
            else:
                want.append((n, rid))
        line += len(block)
    assert got == want
    assert [f"{p.line}:{p.message}" for p in scan.reader.problems] == problems
    assert known == {**seeded, **{rid: n for n, rid in want}}


def seen_lines(seeded: dict[str, int], kept: list[tuple[int, str]], rid: str) -> set[str]:
    return set(seeded) | {r for _, r in kept}


def first(seeded: dict[str, int], kept: list[tuple[int, str]], rid: str) -> int:
    return seeded[rid] if rid in seeded else next(n for n, r in kept if r == rid)
