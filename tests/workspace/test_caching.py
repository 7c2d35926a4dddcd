"""The cache switch is carried to worker processes with their work, not through the environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from benchmarks.generate import generate

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


SCRIPT = """
import sys
from pathlib import Path

import targetctl
from targetctl.io import parallel, statecache

parallel.MIN_BYTES = 0
sys.platform = "darwin"  # workers are spawned: they inherit no module state
base, history = Path(sys.argv[1]), sys.argv[2] == "1"
targetctl.open(base / "one", cache=True)  # in-process: the cache's folders are made before workers race
targetctl.open(base / "plans", as_of="2022-06-30", history=history, cache=False)
print("off", flush=True)
targetctl.open(base / "plans", as_of="2022-06-30", history=history, cache=True)
print("on", statecache.active(), flush=True)
"""


@pytest.mark.slow
@pytest.mark.parametrize("history", [False, True])
def test_spawned_workers_are_told_whether_the_cache_is_on(tmp_path: Path, history: bool) -> None:
    # in a process of its own: what an earlier test left in this one (module state, the
    # cache folder's trust) cannot decide what the workers are told
    generate(tmp_path / "plans", plans=2, targets=4, records=20)
    generate(tmp_path / "one", plans=1, targets=2, records=2)
    folder = tmp_path / "cache"
    env = {**os.environ, "TARGETCTL_CACHE_DIR": str(folder), parallel.JOBS_ENV: "2"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path), "1" if history else "0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["off", "on", "False"], "the switch is off again after the read"
    assert len(saved_plans(folder, tmp_path / "plans")) == 2, "each worker saved the plan it read"
