"""What the views show (issue 18): voids in the weekly briefing, open-ended targets, flows
and levels with a band, the one 'off track since'."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.conftest import Run, edit, status_of


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


def test_an_open_ended_target_has_no_deadline_no_path_and_is_never_behind(run: Run, demo: Path) -> None:
    edit(demo / "demo.yaml", "    cadence: monthly\n", "    cadence: monthly\n    open_ended: true\n")
    edit(demo / "demo.yaml", "    percent: 15\n", "    percent: 15\n    open_ended: true\n")
    for target, value in (("demo-people", "5"), ("demo-premium", "2")):
        assert run("record", target, value, "--date", "2025-06-30", "--by", "x").exit_code == 0
    for target in ("demo-people", "demo-premium"):
        got = status_of(run, target, "2025-06-30")
        assert (got["due"], got["expected"], got["projection"]) == (None, None, None), target
        assert got["open_ended"] is True and got["status"] == "on-track", target
        later = status_of(run, target, "2026-03-31")
        assert later["status"] == "on-track" and later["expected"] is None
    shown = run("show", "demo-people", "--as-of", "2025-06-30", "--no-cache").stdout
    assert "no deadline" in shown and "due 2025-12-31" not in shown and not re.search(r"expected \d", shown)
    assert json.loads(run("show", "demo-people", "--json", "--as-of", "2025-06-30").stdout)["due"] is None
    assert all(pt["expected"] is None for pt in json.loads(run("show", "demo-people", "--json").stdout)["chart"])
    text = run("status", "--as-of", "2025-06-30", "--no-cache", "--all").stdout
    people = text[text.index("demo-people") :][:400]
    assert "no deadline" in people and "behind" not in people
    for fmt in ("md", "html"):
        report = run("report", "--format", fmt, "--as-of", "2025-06-30", "--no-cache").stdout
        assert "no deadline" in report, fmt
    zh = run("show", "demo-people", "--lang", "zh", "--as-of", "2025-06-30").stdout
    assert "不设时限" in zh
