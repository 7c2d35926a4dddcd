"""render.overdue: a table per lead unit (a list when the terminal is too narrow for one), and
the JSON."""

from __future__ import annotations

import datetime as dt
import json
import re

from targetctl.domain.model import Plan
from targetctl.domain.progress import Progress
from targetctl.domain.summary import Filters, Unit, by_lead_unit
from targetctl.render.common import to_text
from targetctl.render.overdue import overdue_json, overdue_tables
from targetctl.workspace import load
from tests.conftest import GOLDEN

DAY = dt.date(2025, 7, 15)


def groups() -> dict[Unit, list[tuple[Plan, Progress]]]:
    report = load(GOLDEN / "valid", as_of=DAY).status(DAY, Filters(overdue=True))
    return by_lead_unit(report)


def test_a_table_per_lead_unit_with_days_since_the_plan_began() -> None:
    lines = to_text(*overdue_tables(DAY, groups(), "en", 100), width=100).splitlines()
    assert lines[0].strip() == "示范办公室"
    people = next(line for line in lines if "demo-people" in line)
    assert [cell.strip() for cell in people.strip("│").split("│")] == [
        "demo-2025",
        "demo-people",
        "monthly",
        "never",
        "195",
    ]
    assert lines[-1] == "As of 2025-07-15: 2 overdue reports in 1 lead unit."


def test_too_narrow_for_the_table_a_list_keeps_every_id_whole() -> None:
    text = to_text(*overdue_tables(DAY, groups(), "en", 40), width=40)
    assert "┃" not in text and "  demo-people\n" in text and "  demo-hall\n" in text


def test_nothing_overdue_says_so() -> None:
    assert to_text(*overdue_tables(DAY, {}, "en")).strip() == "As of 2025-07-15: no report is overdue."
    assert to_text(*overdue_tables(DAY, {}, "zh")).strip() == "截至2025-07-15：无逾期未报送的目标。"


def test_json_per_lead_unit() -> None:
    doc = json.loads(overdue_json(DAY, groups()))
    assert doc["format"] == "targetctl.overdue/1" and doc["as_of"] == "2025-07-15"
    [unit] = doc["lead_units"]
    assert unit["lead_unit"] == "示范办公室"
    assert unit["targets"][0] == {
        "plan": "demo-2025",
        "target": "demo-people",
        "cadence": "monthly",
        "cadence_days": 31,
        "last_report": None,
    }


def test_a_target_without_a_lead_unit_is_grouped_as_such() -> None:
    plan, progress = groups()[Unit("示范办公室")][0]
    text = to_text(*overdue_tables(DAY, {Unit(""): [(plan, progress)]}, "en", 100), width=100)
    assert text.splitlines()[0].strip() == "(lead unit not given)"


def test_a_list_line_wraps_whole_parts_under_its_indent() -> None:
    text = to_text(*overdue_tables(DAY, groups(), "en", 44), width=44)
    facts = [line for line in text.splitlines() if "days since" in line or "last report" in line]
    assert facts and all(line.startswith("    ") for line in facts)
    assert all(re.search(r"days since \d+", line) for line in text.splitlines() if "days since" in line)
    assert not [line for line in text.splitlines() if line.strip().isdigit() and not line.startswith("    ")]
