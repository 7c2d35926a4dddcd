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


def _records(run: Run) -> list[dict[str, object]]:
    return list(json.loads(run("log", "--json").stdout)["records"])


@pytest.fixture
def two_records(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "20", "--date", "2025-04-30", "--by", "张三").exit_code == 0
    assert run("record", "demo-people", "450", "--date", "2025-05-31", "--by", "张三", "--confirm").exit_code == 0


def test_void_last_says_what_it_voids(run: Run, two_records: None) -> None:
    done = run("record", "--void", "last", "--reason", "typo", "--by", "张三")
    assert done.exit_code == 0, done.stderr
    assert "demo-people" in done.stdout and "450 people" in done.stdout
    assert "as of 2025-05-31" in done.stdout and "by 张三" in done.stdout
    assert sum(r["type"] == "void" for r in _records(run)) == 1  # not a terminal: no question


def test_void_asks_on_a_terminal(run: Run, two_records: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from targetctl.cli import terminal

    monkeypatch.setattr(terminal, "interactive", lambda: True)
    declined = run("record", "--void", "last", "--reason", "typo", "--by", "张三", input="n\n")
    assert "450 people" in declined.stdout and "Void it?" in declined.stdout
    assert declined.exit_code == 1 and "nothing voided" in declined.stderr
    assert not any(r["type"] == "void" for r in _records(run))
    agreed = run("record", "--void", "last", "--reason", "typo", "--by", "张三", input="y\n")
    assert agreed.exit_code == 0 and "voided" in agreed.stdout
    skipped = run("record", "--void", "last", "--reason", "typo", "--by", "张三", "--yes")
    assert skipped.exit_code == 0 and "20 people" in skipped.stdout and "Void it?" not in skipped.stdout
    voided = {r["void"] for r in _records(run) if r["type"] == "void"}
    assert {r["value"] for r in _records(run) if r["id"] in voided} == {20, 450}


def test_a_jump_past_twice_the_goal_needs_confirm_and_says_what_was_expected(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "45", "--date", "2025-06-30", "--by", "x").exit_code == 0
    typo = run("record", "demo-people", "450", "--date", "2025-07-31", "--by", "x")  # 45 typed with a 0 too many
    assert typo.exit_code == 1
    assert "past 2× the goal" in typo.stderr and "the latest 45 (as of 2025-06-30)" in typo.stderr
    assert "the goal 100" in typo.stderr
    assert "--confirm" in typo.stderr
    assert run("record", "demo-people", "450", "--date", "2025-07-31", "--by", "x", "--confirm").exit_code == 0


def test_a_jump_over_three_times_the_latest_and_the_path_needs_confirm(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "45", "--date", "2025-06-30", "--by", "x").exit_code == 0
    jump = run("record", "demo-people", "180", "--date", "2025-07-31", "--by", "x")  # 50 expected by then
    assert jump.exit_code == 1 and "is over 3× the latest;" in jump.stderr
    assert "the latest 45 (as of 2025-06-30), the planned 50.11 by 2025-07-31, the goal 100" in jump.stderr
    added = run("record", "demo-people", "--add", "135", "--date", "2025-07-31", "--by", "x")
    assert added.exit_code == 1 and "over 3×" in added.stderr


def test_early_running_totals_and_rates_may_grow_fast(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "2", "--date", "2025-01-31", "--by", "x").exit_code == 0
    assert run("record", "demo-people", "30", "--date", "2025-03-31", "--by", "x").exit_code == 0  # on the path
    assert run("record", "demo-growth", "0.5%", "--date", "2025-03-31", "--by", "x").exit_code == 0
    assert run("record", "demo-growth", "6", "--date", "2025-06-30", "--by", "x").exit_code == 0  # a rate swings


def test_a_bare_fraction_for_a_whole_percent_goal_is_refused_as_import_refuses_it(run: Run, demo: Path) -> None:
    result = run("record", "demo-growth", "0.095", "--date", "2025-03-31", "--by", "x")
    assert result.exit_code == 1
    assert "0.095 for 'demo-growth', whose goal is 8%: is that 0.095% or 9.5%?" in result.stderr
    assert "type 9.5% for 9.5%, or 0.095% for 0.095%" in result.stderr
    assert run("record", "demo-growth", "9.5%", "--date", "2025-03-31", "--by", "x").exit_code == 0
