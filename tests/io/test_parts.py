"""Each plan's saved part of the status overview, and the writer's stamp (io/parts.py,
io/cache.stamp)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from targetctl.domain.progress import Rollup
from targetctl.domain.vocabulary import STATUSES
from targetctl.io import cache, cachefs, parts


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(tmp_path / "cache"))
    cachefs.forget()


def test_a_stamp_moves_the_time_back_and_any_later_write_moves_it_forward(tmp_path: Path) -> None:
    log = tmp_path / "log.yaml"
    log.write_bytes(b"- {}\n")
    written = log.stat()
    mine = cache.stamp(log)
    st = log.stat()
    assert mine == cache.identity(st) and st.st_mtime_ns < written.st_mtime_ns and cache.stamped(log, st)
    with log.open("ab") as handle:  # a tool that takes no lock, at once
        handle.write(b"- {}\n")
    later = log.stat()
    assert later.st_mtime_ns > st.st_mtime_ns and not cache.stamped(log, later)
    os.utime(log, ns=(later.st_atime_ns, written.st_mtime_ns))  # a write in the append's own tick
    assert not cache.stamped(log, log.stat())


def test_a_part_is_found_only_for_its_plan_text_log_day_and_tolerance(tmp_path: Path) -> None:
    rollup = Rollup()
    rollup.counts["behind"], rollup.total, rollup.targets = 2, 0.25, 2
    day, ident = dt.date(2025, 6, 30), (1, 2, 3, 4, 5)
    parts.keep_part("a" * 40, ident, day, "tol", parts.data(rollup))
    assert parts.part("a" * 40, ident, day, "tol") == {"targets": 2, "total": 0.25, "counts": dict(rollup.counts)}
    for other in [("b" * 40, ident, day, "tol"), ("a" * 40, None, day, "tol"), ("a" * 40, (1, 2, 3, 4, 6), day, "tol"),
                  ("a" * 40, ident, day + dt.timedelta(days=1), "tol"), ("a" * 40, ident, day, "other")]:  # fmt: skip
        assert parts.part(*other) is None


def test_a_plan_without_targets_is_an_empty_part() -> None:
    empty = {"targets": 0, "total": 0.0, "counts": dict.fromkeys(STATUSES, 0)}
    assert parts.data(None) == parts.data(Rollup()) == empty
