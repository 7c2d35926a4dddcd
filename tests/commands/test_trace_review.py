"""`trace` in a pipe whose reader stops early (`| head -1`), and its summary under `--unmapped`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import Run
from tests.districts import district


def _long_source(folder: Path, n: int) -> None:
    """A source of `n` clauses besides the one the plan quotes, none of them mapped."""
    clauses = "".join(f"第{i}项工作按计划推进落实到位。" for i in range(n))
    (folder / "sources" / f"{folder.name}.txt").write_text(f"全年新增项目不少于20个。{clauses}\n", encoding="utf-8")


def test_trace_into_a_pipe_closed_early_exits_0_quietly(tmp_path: Path) -> None:
    _long_source(district(tmp_path, "east"), 4000)  # far more than a pipe holds
    env = {**os.environ, "TARGETCTL_CACHE_DIR": str(tmp_path / "cache"), "LANG": "C.UTF-8", "NO_COLOR": "1"}
    env.pop("TARGETCTL_PLANS", None)
    words = [sys.executable, "-m", "targetctl", "--plans", "east", "trace"]
    with subprocess.Popen(words, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as child:
        assert child.stdout is not None and child.stderr is not None
        assert child.stdout.readline().startswith(b"east")
        child.stdout.close()
        stderr = child.stderr.read().decode("utf-8")
        code = child.wait(timeout=60)
    assert (code, stderr) == (0, "")


def test_unmapped_trace_counts_the_whole_plan(run: Run, tmp_path: Path) -> None:
    _long_source(district(tmp_path, "east"), 2)
    every = run("--plans", "east", "trace").stdout.splitlines()
    only = run("--plans", "east", "trace", "--unmapped").stdout.splitlines()
    assert every[-1] == only[-1] and every[-1].startswith("1 mapped"), every[-1]
    assert len(only) == len(every) - 1  # the mapped clause is not listed
