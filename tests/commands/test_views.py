"""What the views show (issue 18): voids in the weekly briefing, open-ended targets, flows
and levels with a band, the one 'off track since'."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Run, status_of


def _second_plan(demo: Path) -> None:
    """A copy of the demo plan under other ids, so that a filter has something to leave out."""
    text = (demo / "demo.yaml").read_text(encoding="utf-8")
    (demo / "other.yaml").write_text(
        text.replace("id: demo-", "id: other-").replace("programme: demo-", "programme: other-"),
        encoding="utf-8",
    )


def _record_id(run: Run, target: str, value: float) -> str:
    rows = json.loads(run("log", "--json", "--target", target).stdout)["records"]
    return str(next(r["id"] for r in rows if r.get("value") == value))


def test_since_marks_voided_and_superseded_records(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "45", "--date", "2025-06-30", "--by", "x").exit_code == 0
    assert run("record", "demo-people", "50", "--date", "2025-06-30", "--by", "x").exit_code == 0
    assert run("record", "demo-projects", "9", "--date", "2025-06-30", "--by", "x").exit_code == 0
    bad = _record_id(run, "demo-projects", 9)
    assert run("record", "--void", bad, "--reason", "wrong", "--by", "x").exit_code == 0
    out = run("status", "--since", "2025-04-01", "--no-cache").stdout
    lines = out.splitlines()
    projects = next(line for line in lines if "9 projects" in line)
    assert "voided" in projects
    assert "superseded" in next(line for line in lines if "45 people" in line)
    assert "current" in next(line for line in lines if "50 people" in line)
    void = next(line for line in lines if f"void {bad}" in line)
    assert "demo-projects" in void  # a void names the target of the record it retracts


def test_since_with_plan_keeps_to_that_plans_records_and_voids(run: Run, demo: Path) -> None:
    _second_plan(demo)
    assert run("record", "other-projects", "7", "--date", "2025-06-30", "--by", "x").exit_code == 0
    theirs = _record_id(run, "other-projects", 7)
    assert run("record", "--void", theirs, "--reason", "elsewhere", "--by", "x").exit_code == 0
    assert run("record", "demo-projects", "9", "--date", "2025-06-30", "--by", "x").exit_code == 0
    out = run("status", "--since", "2025-04-01", "--plan", "demo-2025", "--no-cache").stdout
    assert "9 projects" in out
    assert "other-projects" not in out and theirs not in out and "elsewhere" not in out


def test_status_json_off_track_since_is_shows(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "10", "--date", "2025-03-31", "--by", "x").exit_code == 0  # 20 expected
    assert run("record", "demo-people", "15", "--date", "2025-04-30", "--by", "x").exit_code == 0  # 27 expected
    shown = json.loads(run("show", "demo-people", "--json", "--as-of", "2025-05-01", "--no-cache").stdout)
    listed = status_of(run, "demo-people", "2025-05-01")
    assert shown["projection"]["off_track_since"] == "2025-03-31"
    assert listed["projection"] == shown["projection"]
