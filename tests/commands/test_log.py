"""commands.log: the records newest first, filtered by target, plan, author and dates, each
marked as it stands."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from targetctl.commands import Context, log
from targetctl.commands.log import LogQuery, log_entries
from targetctl.domain.ledger import Entry
from targetctl.domain.problems import TargetctlError
from targetctl.domain.records import ValueRecord
from tests.conftest import Recorder


@pytest.fixture
def logged(recorder: Recorder, demo: Path) -> Path:
    recorder(
        ("demo-people", "30", "--date", "2025-04-30", "--by", "甲"),
        ("demo-people", "40", "--date", "2025-06-30", "--by", "乙"),
        ("demo-growth", "7.5", "--date", "2025-05-31", "--by", "甲"),
        by=None,
    )
    return demo


def value_of(entry: Entry) -> float:
    assert isinstance(entry.record, ValueRecord)
    return float(entry.record.value)


def test_newest_first_with_each_records_target_and_state(logged: Path) -> None:
    entries, targets = log_entries(logged, LogQuery())
    assert [(target, value_of(e)) for e, target, _ in entries] == [
        ("demo-growth", 7.5),
        ("demo-people", 40.0),
        ("demo-people", 30.0),
    ]
    assert {state for _, _, state in entries} == {"current"} and "demo-hall" in targets


@pytest.mark.parametrize(
    ("query", "values"),
    [
        (LogQuery(target="demo-people"), [40.0, 30.0]),
        (LogQuery(by="甲"), [7.5, 30.0]),
        (LogQuery(since=dt.date(2025, 5, 1)), [7.5, 40.0]),
        (LogQuery(until=dt.date(2025, 5, 31)), [7.5, 30.0]),
        (LogQuery(plan="demo-2025", by="乙"), [40.0]),
    ],
)
def test_filters(logged: Path, query: LogQuery, values: list[float]) -> None:
    entries, _ = log_entries(logged, query)
    assert [value_of(e) for e, _, _ in entries] == values


def test_an_unknown_plan_or_target_is_an_error(logged: Path) -> None:
    with pytest.raises(TargetctlError, match="unknown plan 'nope'"):
        log_entries(logged, LogQuery(plan="nope"))
    with pytest.raises(TargetctlError, match="demo-peple"):
        log_entries(logged, LogQuery(target="demo-peple"))


def test_json_lists_the_records_with_their_place(logged: Path) -> None:
    doc = json.loads(log.run(Context(plans=logged), LogQuery(target="demo-growth"), "json").text)
    [record] = doc["records"]
    assert (record["value"], record["by"], record["state"], record["file"]) == (7.5, "甲", "current", "demo-2025.yaml")
