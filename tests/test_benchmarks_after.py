"""benchmarks/after.py: status right after a record, each answer equal to a full rebuild."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from benchmarks.generate import generate


@pytest.mark.slow
def test_the_after_table_times_record_then_status(tmp_path: Path) -> None:
    generate(tmp_path / "plans", 4, 80, 400)
    done = subprocess.run([sys.executable, "-m", "benchmarks.after", str(tmp_path / "plans"), "--runs", "1"],
                          capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [line.split(" |")[0] for line in done.stdout.splitlines() if line.startswith("| this")] == ["| this tree"]


@pytest.mark.slow
def test_the_after_table_runs_on_a_terminal_with_colour(tmp_path: Path) -> None:
    """--color: record and status on a pseudo-terminal, each answer still equal to a full rebuild's."""
    generate(tmp_path / "plans", 4, 80, 400)
    argv = [
        sys.executable,
        "-m",
        "benchmarks.after",
        str(tmp_path / "plans"),
        "--runs",
        "1",
        "--color",
        "--columns",
        "120",
    ]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    assert [line.split(" |")[0] for line in done.stdout.splitlines() if line.startswith("| this")] == ["| this tree"]
