"""The cache switch is carried to worker processes with their work, not through the environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from benchmarks.generate import generate

from targetctl.io import parallel

SCRIPT = """
import os
import sys
from pathlib import Path

import targetctl
from targetctl.io import parallel, statecache

parallel.MIN_BYTES = 0
sys.platform = "darwin"  # workers are spawned: they inherit no module state
base, history = Path(sys.argv[1]), sys.argv[2] == "1"
where = Path(os.environ["TARGETCTL_CACHE_DIR"]) / "targetctl-cache" / "plans"
texts = [p.read_bytes().decode("utf-8-sig").encode() for p in sorted((base / "plans").glob("*.yaml"))]


def saved():
    # the cache's keys as this process makes them: they cover targetctl's own files as they
    # are now (a test process's memo of them goes stale as a full run writes bytecode)
    names = {p.name for p in where.iterdir()} if where.is_dir() else set()
    return sum(statecache.key("plan", statecache.digest(t)) in names for t in texts)


targetctl.open(base / "one", cache=True)  # in-process: the cache's folders are made before workers race
targetctl.open(base / "plans", as_of="2022-06-30", history=history, cache=False)
print(saved(), flush=True)
targetctl.open(base / "plans", as_of="2022-06-30", history=history, cache=True)
print(saved(), statecache.active(), flush=True)
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
    off, on, after = done.stdout.split()
    assert off == "0", "a read with the cache off saves nothing"
    assert on == "2", "each worker saved the plan it read"
    assert after == "False", "the switch is off again after the read"
