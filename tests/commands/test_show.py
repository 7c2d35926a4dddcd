"""Cases found by review, for this command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from targetctl.commands.show import detail
from tests.conftest import Run, edit


def test_show_as_of_marks_later_records(run: Run, demo: Path) -> None:
    run("record", "demo-people", "10", "--date", "2025-03-31", "--by", "x")
    run("record", "demo-people", "20", "--date", "2025-06-30", "--by", "x")
    doc = json.loads(run("show", "demo-people", "--json", "--as-of", "2025-04-30").stdout)
    assert [(h["value"], h["state"]) for h in doc["history"]] == [(10.0, "current"), (20.0, "after as-of")]
    assert doc["current"] == 10.0


def test_a_title_without_english_shows_no_none(run: Run, demo: Path) -> None:
    edit(demo / "demo.yaml", "title: {zh: 新增项目, en: New projects}", "title: {zh: 新增项目}")
    out = run("show", "demo-projects", "--as-of", "2025-06-30").stdout
    assert "None" not in out and "新增项目" in out


def test_detail_is_of_the_target_asked_for_as_of_the_day_given(run: Run, demo: Path) -> None:
    run("record", "demo-people", "10", "--date", "2025-03-31", "--by", "x")
    found = detail(demo, "demo-people", dt.date(2025, 3, 31))
    assert found.target.id == "demo-people" and found.progress.current == 10
    assert detail(demo, "demo-people", dt.date(2025, 3, 30)).progress.current is None
