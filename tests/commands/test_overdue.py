"""commands.overdue: the targets whose report is overdue for their cadence, per lead unit."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from targetctl.commands import Context, overdue
from tests.conftest import Recorder


def overdue_ids(demo: Path, day: str) -> list[str]:
    doc = json.loads(overdue.run(Context(plans=demo), dt.date.fromisoformat(day), "json").text)
    assert doc["format"] == "targetctl.overdue/1" and doc["as_of"] == day
    return [t["target"] for unit in doc["lead_units"] for t in unit["targets"]]


def test_a_monthly_target_without_a_report_is_overdue(demo: Path) -> None:
    assert "demo-people" in overdue_ids(demo, "2025-07-15")


def test_a_recent_report_is_not_overdue(recorder: Recorder, demo: Path) -> None:
    recorder(("demo-people", "40", "--date", "2025-07-10"))
    assert "demo-people" not in overdue_ids(demo, "2025-07-15")
    assert "demo-people" in overdue_ids(demo, "2025-09-15"), "two months later it is due again"


def test_the_text_is_a_table_per_lead_unit(demo: Path) -> None:
    text = overdue.run(Context(plans=demo, width=100), dt.date(2025, 7, 15)).text
    assert "示范办公室" in text and "demo-people" in text and "monthly" in text
    assert text.rstrip().endswith("As of 2025-07-15: 2 overdue reports in 1 lead unit.")
