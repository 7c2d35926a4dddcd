"""The cache switch is carried to worker processes with their work, not through the environment."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from benchmarks.generate import generate

import targetctl
from targetctl.io import parallel, statecache


def saved_plans(folder: Path, plans: Path) -> list[str]:
    """The plan files of `plans` whose parsed plan is in the cache."""
    where = folder / "targetctl-cache" / "plans"
    names = {p.name for p in where.iterdir()} if where.is_dir() else set()
    return [
        path.name
        for path in sorted(plans.glob("*.yaml"))
        if statecache.key("plan", statecache.digest(path.read_bytes().decode("utf-8-sig").encode())) in names
    ]


@pytest.mark.parametrize("history", [False, True])
def test_spawned_workers_are_told_whether_the_cache_is_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, history: bool
) -> None:
    generate(tmp_path / "plans", plans=2, targets=4, records=20)
    folder = tmp_path / "cache"
    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(folder))
    monkeypatch.setenv(parallel.JOBS_ENV, "2")
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    monkeypatch.setattr(sys, "platform", "darwin")  # workers are spawned: they inherit no module state
    generate(tmp_path / "one", plans=1, targets=2, records=2)
    targetctl.open(tmp_path / "one", cache=True)  # read in-process: the cache's folders are made before workers race
    targetctl.open(tmp_path / "plans", as_of="2022-06-30", history=history, cache=False)
    assert saved_plans(folder, tmp_path / "plans") == []
    targetctl.open(tmp_path / "plans", as_of="2022-06-30", history=history, cache=True)
    assert len(saved_plans(folder, tmp_path / "plans")) == 2, "each worker saved the plan it read"
    assert not statecache.active() and not any(k.startswith("_TARGETCTL_CACHE") for k in os.environ)
