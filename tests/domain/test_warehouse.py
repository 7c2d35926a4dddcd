"""The warehouse tables built straight from a plan and a ledger: typed values, nulls where the
text gives nothing, and the schema as the one list of columns."""

from __future__ import annotations

import datetime as dt

import yaml

from targetctl.domain.ledger import Ledger
from targetctl.domain.model import Plan
from targetctl.domain.summary import Filters, status_report
from targetctl.domain.warehouse import SCHEMA, programme_rows, record_rows, target_rows
from tests.conftest import GOLDEN


def _plan(**changes: object) -> Plan:
    data = yaml.safe_load((GOLDEN / "valid" / "demo.yaml").read_text(encoding="utf-8"))
    for target in data["targets"]:
        target.update(changes.get(target["id"], {}))
    return Plan.model_validate(data)


def test_every_row_has_exactly_the_schema_columns() -> None:
    plan = _plan()
    report = status_report([plan], Ledger(), dt.date(2025, 3, 1), Filters())
    rows = target_rows(report)["demo-2025"]
    assert len(rows) == len(plan.targets)
    assert all(list(row) == list(SCHEMA["targets"]) for row in rows)
    assert all(list(row) == list(SCHEMA["programmes"]) for row in programme_rows([plan])["demo-2025"])
    assert record_rows([plan], Ledger()) == {"demo-2025": []}


def test_values_are_typed_and_absent_ones_null() -> None:
    plan = _plan(**{"demo-projects": {"open_ended": True}})
    report = status_report([plan], Ledger(), dt.date(2025, 3, 1), Filters())
    rows = {r["target"]: r for r in target_rows(report)["demo-2025"]}
    assert rows["demo-projects"]["due"] is None and rows["demo-projects"]["open_ended"] is True
    assert rows["demo-people"]["due"] == dt.date(2025, 12, 31) and rows["demo-people"]["goal"] == 100.0
    assert rows["demo-growth"]["unit"] == "percent" and rows["demo-growth"]["goal"] == 8.0
    assert rows["demo-hall"]["unit"] is None and rows["demo-hall"]["goal"] is None
    assert rows["demo-people"]["value"] is None and rows["demo-people"]["status"] == "no-data"
    assert rows["demo-park-size"]["goal_low"] == 500.0 and rows["demo-park-size"]["comparator"] is None


def test_programme_parents_and_depths() -> None:
    rows = programme_rows([_plan()])["demo-2025"]
    assert [(r["programme"], r["parent"], r["depth"]) for r in rows] == [
        ("demo-area", None, 0),
        ("demo-sub", "demo-area", 1),
    ]


def test_schema_names_are_plain_identifiers() -> None:
    for columns in SCHEMA.values():
        assert all(name.isidentifier() and name.islower() for name in columns)
