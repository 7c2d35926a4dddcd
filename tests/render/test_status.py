"""render.status: values, bars and percents that never overstate, the line after `record`, the
roll-up sentence and the JSON of `status`."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from targetctl.domain.ledger import Ledger
from targetctl.domain.model import Plan, Target
from targetctl.domain.progress import Progress
from targetctl.domain.records import ValueRecord
from targetctl.domain.summary import StatusReport, status_report
from targetctl.render.status import bar, percent_text, rollup_text, status_json, status_line, summary_line, value_text
from tests.conftest import GOLDEN

PLAN = Plan.model_validate(yaml.safe_load(Path(GOLDEN / "valid" / "demo.yaml").read_text(encoding="utf-8")))
AT = dt.datetime(2025, 7, 1, 9, tzinfo=dt.timezone.utc)
DAY = dt.date(2025, 6, 30)


def report() -> StatusReport:
    values: dict[str, float | str] = {"demo-people": 40.0, "demo-growth": -2.5, "demo-hall": "venue"}
    latest = {
        target: ValueRecord(id=f"{n:012x}", type="value", target=target, as_of=DAY, value=v, recorded=AT, by="x")
        for n, (target, v) in enumerate(values.items(), 10)
    }
    return status_report([PLAN], Ledger(DAY, latest=latest), DAY)


def progress(ident: str) -> Progress:
    return next(p for p in report() if p.target.id == ident)


def target(ident: str) -> Target:
    return next(t for t in PLAN.targets if t.id == ident)


@pytest.mark.parametrize(
    ("fraction", "shown"),
    [
        (None, "—"),
        (0.0, "░░░░░░░░░░ 0%"),
        (0.5, "█████░░░░░ 50%"),
        (0.996, "█████████░ 99%"),
        (1.0, "██████████ 100%"),
        (1.7, "██████████ 170%"),
        (-0.2, "░░░░░░░░░░ -20%"),
    ],
)
def test_a_bar_is_full_only_when_the_goal_is_reached(fraction: float | None, shown: str) -> None:
    assert bar(fraction) == shown


def test_a_percent_never_claims_100_before_it_is_reached() -> None:
    assert percent_text(0.9996) == "99%" and percent_text(1.0) == "100%" and percent_text(0.004) == "0%"


def test_values_in_each_kinds_own_terms() -> None:
    assert value_text(target("demo-people"), 40.0) == "40 people"
    assert value_text(target("demo-people"), Decimal("1234.5"), "zh") == "1,234.5 人"
    assert value_text(target("demo-people"), 40.0, unit=False) == "40"
    assert value_text(target("demo-growth"), -2.5) == "-2.5%" and value_text(target("demo-growth"), 3) == "+3%"
    assert value_text(target("demo-hall"), "in-progress", "zh") == "推进中"
    assert value_text(target("demo-hall"), None) == "—"


def test_the_line_after_record() -> None:
    assert status_line(progress("demo-people")) == (
        "demo-people: 40 people (goal = 100 people)  ████░░░░░░ 40%  expected 40 people  on-track"
    )
    assert status_line(progress("demo-people"), "zh") == (
        "demo-people: 40 人 (目标 = 100 人)  ████░░░░░░ 40%  应达 40 人  正常推进"
    )
    assert status_line(progress("demo-park-size")) == "demo-park-size: — (goal 500–800 mu)  —  no-data"


def test_the_roll_up_sentence() -> None:
    assert rollup_text(report().rollup) == "6 targets: 2 on-track, 1 behind, 3 no-data; overall 12%"
    assert summary_line(report()).startswith("As of 2025-06-30: 6 targets")
    assert rollup_text(status_report([], Ledger(DAY), DAY).rollup) == "no targets match"


def test_json_has_every_target_with_its_goal_and_status() -> None:
    doc = json.loads(status_json(report()))
    assert doc["format"].startswith("targetctl.status/") and doc["as_of"] == "2025-06-30"
    targets = {t["id"]: t for p in doc["plans"] for t in p["targets"]}
    assert set(targets) == {t.id for t in PLAN.targets}
    people = targets["demo-people"]
    assert people["goal"] == {"comparator": "exactly", "value": 100, "unit": "people"}
    assert (people["current"], people["progress"], people["status"], people["due"]) == (
        40,
        0.4,
        "on-track",
        "2025-12-31",
    )
    assert targets["demo-growth"]["status"] == "behind" and targets["demo-park-size"]["current"] is None
