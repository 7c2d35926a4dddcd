"""The status cache never answers stale; the parallel reader agrees with the serial one."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

import targetctl.io.parallel as parallel
from targetctl.commands.validate import validate
from targetctl.io import cache, cachefs
from targetctl.workspace import load
from tests.conftest import Run
from tests.io.test_cache import outputs, plant

TODAY = dt.date(2025, 6, 30)  # the day of the run, as the session gives it


def test_status_is_cached_and_invalidated_by_any_change(run: Run, demo: Path, tmp_path: Path) -> None:
    first = run("status", "--as-of", "2025-06-30")
    assert first.exit_code == 0
    entries = outputs(tmp_path / "cache")
    assert len(entries) == 1
    plant(entries[0], "from the cache\n")
    assert run("status", "--as-of", "2025-06-30").stdout == "from the cache\n"
    assert run("status", "--as-of", "2025-06-30", "--no-cache").stdout == first.stdout
    assert run("status", "--as-of", "2025-07-01").stdout != "from the cache\n"
    assert run("record", "demo-people", "50", "--date", "2025-06-30", "--by", "x").exit_code == 0
    after = run("status", "--as-of", "2025-06-30")
    assert after.stdout != "from the cache\n" and "50 people" in after.stdout


def test_any_touch_of_a_plan_file_is_a_miss(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cachefs.CACHE_ENV, str(tmp_path / "c"))
    before = cache.key(["x"], demo, {}, TODAY)
    assert cache.key(["x"], demo, {}, TODAY) == before
    plan = demo / "demo.yaml"
    st = plan.stat()
    os.utime(plan, ns=(st.st_atime_ns, st.st_mtime_ns + 1))
    assert cache.key(["x"], demo, {}, TODAY) != before
    assert cache.key(["y"], demo, {}, TODAY) != cache.key(["x"], demo, {}, TODAY)


def test_cache_store_and_lookup(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cachefs.CACHE_ENV, str(tmp_path / "c"))
    cachefs.forget()
    digest = cache.key(["x"], demo, {}, TODAY)
    assert digest is not None and cache.lookup(digest) is None
    cache.store(digest, "text")
    assert cache.lookup(digest) == "text"
    assert cache.lookup("a" * 64) is None, "a key not made this run"
    (tmp_path / "file").write_text("a file", encoding="utf-8")
    monkeypatch.setenv(cachefs.CACHE_ENV, str(tmp_path / "file"))  # not a folder: not used
    cachefs.forget()
    cache.store(digest, "x")
    assert cache.lookup(digest) is None


def test_parallel_and_serial_reads_agree(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for n, when in enumerate(["2025-03-31", "2025-04-30", "2025-05-31"]):
        assert run("record", "demo-people", str(10 * (n + 1)), "--date", when, "--by", "x").exit_code == 0
    (demo / "records" / "demo-2025.yaml").open("a", encoding="utf-8").write("garbage\n")
    day = dt.date(2025, 6, 30)
    monkeypatch.setenv(parallel.JOBS_ENV, "1")
    ws1 = load(demo, as_of=day, strict=False)
    serial = ws1.ledger
    monkeypatch.setenv(parallel.JOBS_ENV, "2")
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    ws2 = load(demo, as_of=day, strict=False)
    split = ws2.ledger
    assert [lp.plan for lp in ws1.plans] == [lp.plan for lp in ws2.plans]
    assert serial.latest == split.latest and serial.records == split.records == 3
    assert serial.problems == split.problems and len(split.problems) == 1
    assert validate([demo]).problems == split.problems


def test_jobs_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parallel.JOBS_ENV, "3")
    assert parallel.jobs() == 3
    monkeypatch.setenv(parallel.JOBS_ENV, "none")
    assert 1 <= parallel.jobs() <= 8
