"""Typing a value as a person would: a negative number with no '--' (issue 18)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Run


def _values(run: Run) -> list[tuple[str, float, str | None]]:
    rows = json.loads(run("log", "--json").stdout)["records"]
    return [(r["as_of"], r["value"], r.get("note")) for r in rows if r["type"] == "value"]


@pytest.mark.parametrize(
    "args",
    [
        ("demo-growth", "-12", "--date", "2025-06-30"),
        ("demo-growth", "-12%", "--date", "2025-06-30"),
        ("--date", "2025-06-30", "demo-growth", "-12"),
        ("demo-growth", "--date", "2025-06-30", "-12"),
        ("--date", "2025-06-30", "--by", "x", "demo-growth", "--", "-12"),
    ],
)
def test_a_negative_value_needs_no_double_dash(run: Run, demo: Path, args: tuple[str, ...]) -> None:
    done = run("record", *args) if "--" in args else run("record", *args, "--by", "x")
    assert done.exit_code == 0, done.stderr
    assert _values(run) == [("2025-06-30", -12, None)]


def test_an_option_value_that_looks_negative_stays_the_options(run: Run, demo: Path) -> None:
    done = run("record", "demo-growth", "-3.5", "--note", "-5 on last year", "--date", "2025-06-30", "--by", "x")
    assert done.exit_code == 0, done.stderr
    assert _values(run) == [("2025-06-30", -3.5, "-5 on last year")]
    wrong = run("record", "demo-growth", "3", "--nope")
    assert wrong.exit_code == 2 and "No such option: --nope" in wrong.stderr


def test_a_negative_value_through_the_console_entry_point(demo: Path, tmp_path: Path) -> None:
    env = {**os.environ, "TARGETCTL_PLANS": str(demo), "TARGETCTL_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    code = "import sys; from targetctl.cli.fast import main; sys.argv[0] = 'targetctl'; main()"
    argv = [sys.executable, "-c", code, "record", "demo-growth", "-2.5", "--date", "2025-06-30", "--by", "x"]
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "-2.5" in done.stdout
