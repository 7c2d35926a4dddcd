"""The kind `zero`: a count that must stay at zero (安全事故零发生, 零容忍)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from targetctl.domain.kinds import rules
from targetctl.domain.kinds.zero import Zero, ZeroRules, standing
from targetctl.domain.progress import assess, slip
from targetctl.domain.records import BadValue, value_for
from tests.conftest import Run, edit
from tests.domain.test_forms import TEXT, make, rec

ZERO: dict[str, Any] = {"kind": "zero", "of": {"zh": "安全事故", "en": "safety accidents"}, "unit": "起"}


def status_on(fields: dict[str, Any], *values: tuple[float, str], day: str) -> str:
    plan, t = make("安全事故零发生", **fields)
    return assess(plan, t, [rec(v, when) for v, when in values], [], dt.date.fromisoformat(day)).status


def test_at_zero_it_is_on_track_and_achieved_once_the_count_covers_the_due_date() -> None:
    assert status_on(ZERO, (0, "2030-06-30"), day="2030-07-01") == "on-track"
    assert status_on(ZERO, (0, "2030-12-31"), day="2031-01-05") == "achieved"
    assert status_on(ZERO, (0, "2030-06-30"), day="2031-01-05") == "achieved"  # past due, still at zero


def test_one_occurrence_misses_a_running_count_for_good() -> None:
    assert status_on(ZERO, (1, "2030-03-31"), day="2030-04-01") == "missed"
    assert status_on({**ZERO, "measure": "level"}, (2, "2030-03-31"), day="2030-04-01") == "behind"
    assert status_on({**ZERO, "measure": "level"}, (2, "2030-03-31"), (0, "2030-06-30"), day="2030-07-01") == (
        "on-track"
    )


def test_no_count_is_no_data_until_it_is_due() -> None:
    assert status_on(ZERO, day="2030-07-01") == "no-data"
    assert status_on(ZERO, day="2031-01-05") == "missed"


def test_a_count_is_never_negative_and_is_a_total() -> None:
    _plan, t = make("安全事故零发生", **ZERO)
    assert value_for(t, "0") == 0.0
    with pytest.raises(BadValue, match="cannot be negative"):
        value_for(t, "-1")
    with pytest.raises(BadValue, match="running total"):
        value_for(t, "+1")


def test_a_zero_target_has_no_checkpoints_and_names_what_is_counted() -> None:
    with pytest.raises(ValidationError, match="no checkpoints"):
        make("安全事故零发生", **ZERO, checkpoints=[{"date": dt.date(2030, 6, 30), "value": 0}])
    with pytest.raises(ValidationError, match="of"):
        make("安全事故零发生", kind="zero", unit="起")


def test_its_goal_reads_in_each_language() -> None:
    _plan, t = make("安全事故零发生", **{**ZERO, "of": TEXT, "unit": "people"})
    kind = rules(t)
    assert (kind.goal("zh"), kind.goal("en")) == ("零发生", "= 0 people")
    assert kind.numeric and kind.counted and kind.drawing == "bar"
    assert kind.goal_json() == {"comparator": "exactly", "value": 0, "unit": "people"}


def test_a_zero_target_end_to_end(run: Run, demo: Path) -> None:
    edit(
        demo / "demo.yaml",
        "kind: quantity\n    comparator: at-least\n    value: 20\n    unit: projects\n",
        "kind: zero\n    of: {zh: 安全事故, en: safety accidents}\n    unit: 次\n",
    )
    assert run("validate").exit_code == 0
    assert run("record", "demo-projects", "0", "--date", "2025-06-30").exit_code == 0
    doc = json.loads(run("status", "--json", "--as-of", "2025-07-01", "--no-cache").stdout)
    found = next(t for p in doc["plans"] for t in p["targets"] if t["id"] == "demo-projects")
    assert (found["kind"], found["status"], found["goal"]["value"]) == ("zero", "on-track", 0)
    assert "零发生" in run("show", "demo-projects", "--lang", "zh").stdout
    assert run("record", "demo-projects", "-1").exit_code == 1
    listed = run("status", "--kind", "zero", "--as-of", "2025-07-01", "--no-cache").stdout
    assert "demo-projects" in listed and "demo-people" not in listed


def test_standing_on_a_count() -> None:
    _plan, running = make("安全事故零发生", **ZERO)
    _plan, level = make("安全事故零发生", **ZERO, measure="level")
    assert type(running) is Zero and type(level) is Zero and type(rules(running)) is ZeroRules
    june, due = dt.date(2030, 6, 30), dt.date(2030, 12, 31)
    assert standing(running, 0, june, due, late=False) == ("on-track", 1.0)
    assert standing(running, 0, due, due, late=False) == ("achieved", 1.0)
    assert standing(running, 1, june, due, late=False) == ("missed", 0.0)
    assert standing(level, 1, june, due, late=False) == ("behind", 0.0)
    assert standing(level, 1, june, due, late=True) == ("missed", 0.0)


def test_a_jump_in_a_count_of_incidents_is_taken_for_a_slip() -> None:
    """The typo guard asks the kind (`rules(target).counted`), so zero is guarded as any count."""
    plan, t = make("安全事故零发生", **ZERO)
    earlier = [rec(1, "2030-03-31")]
    said = slip(plan, t, earlier, 1000, dt.date(2030, 6, 30))
    assert said is not None and "3×" in said.text("en")
    assert slip(plan, t, earlier, 2, dt.date(2030, 6, 30)) is None
