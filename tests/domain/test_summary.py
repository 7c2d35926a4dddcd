"""domain.summary on values: filters, the status report's blocks and roll-ups, periods, changes
between two days, and grouping by lead unit. No files, no CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from targetctl.domain.ledger import Entry, Ledger, TargetHistory
from targetctl.domain.model import Plan
from targetctl.domain.problems import TargetctlError
from targetctl.domain.progress import Tolerance
from targetctl.domain.records import ValueRecord, VoidRecord
from targetctl.domain.summary import (
    Filters,
    Unit,
    by_lead_unit,
    changes,
    check_filters,
    ledger_entries,
    period_ends,
    period_view,
    status_report,
)
from tests.conftest import GOLDEN

PLAN = Plan.model_validate(yaml.safe_load((GOLDEN / "valid" / "demo.yaml").read_text(encoding="utf-8")))
AT = dt.datetime(2025, 7, 1, 9, tzinfo=dt.timezone.utc)
LOG = Path("records/demo-2025.yaml")
D = dt.date.fromisoformat


def value(rid: str, target: str, v: float, day: str) -> ValueRecord:
    return ValueRecord(id=rid, type="value", target=target, as_of=D(day), value=v, recorded=AT, by="x")


def ledger(*records: ValueRecord, voids: dict[str, str] | None = None) -> Ledger:
    out = Ledger(full=True)
    for n, r in enumerate(records, 2):
        out.histories.setdefault(r.target, TargetHistory()).values.append(Entry(LOG, n, r))
    for n, (vid, rid) in enumerate((voids or {}).items(), 50):
        out.voids[rid] = Entry(LOG, n, VoidRecord(id=vid, type="void", void=rid, reason="typo", recorded=AT, by="x"))
    return out


def test_filters_keep_by_kind_owner_words_and_status() -> None:
    report = status_report([PLAN], ledger(value("a" * 12, "demo-people", 40, "2025-06-30")), D("2025-06-30"))
    people = next(p for p in report if p.target.id == "demo-people")
    growth = next(p for p in report if p.target.id == "demo-growth")
    assert Filters(kind="quantity").keeps(PLAN, people.target, people)
    assert not Filters(kind="quantity").keeps(PLAN, growth.target, growth)
    assert Filters(owner="示范").keeps(PLAN, people.target, people), "the plan's lead unit stands for the target's"
    assert not Filters(owner="财政局").keeps(PLAN, people.target, people)
    assert Filters(grep="RECRUIT").keeps(PLAN, people.target, people), "titles match without regard to case"
    assert Filters(grep="100名").keeps(PLAN, people.target, people), "the quote is searched too"
    assert Filters(statuses=frozenset({"on-track"})).keeps(PLAN, people.target, people)
    assert not Filters(statuses=frozenset({"behind"})).keeps(PLAN, people.target, people)


def test_blocks_nest_and_roll_up_what_lies_beneath() -> None:
    report = status_report([PLAN], ledger(), D("2025-06-30"))
    [ps] = report.plans
    assert [(b.programme.id, b.depth) for b in ps.blocks] == [("demo-area", 0), ("demo-sub", 1)]
    area, sub = ps.blocks
    assert {p.target.id for p in sub.targets} == {"demo-people", "demo-hall"}
    assert area.rollup.targets == len(PLAN.targets) == report.rollup.targets
    assert sub.rollup.targets == 2


def test_a_filter_that_keeps_nothing_leaves_no_plan() -> None:
    report = status_report([PLAN], ledger(), D("2025-06-30"), Filters(plan="other"))
    assert report.plans == [] and report.rollup.targets == 0 and list(report) == []


def test_check_filters_names_the_nearest_id() -> None:
    check_filters([PLAN], Filters(plan="demo-2025", programme="demo-sub"))
    with pytest.raises(TargetctlError, match="unknown plan 'demo-2024'") as plan:
        check_filters([PLAN], Filters(plan="demo-2024"))
    assert "did you mean 'demo-2025'?" in str(plan.value)
    with pytest.raises(TargetctlError, match="unknown programme 'demo-sb'") as prog:
        check_filters([PLAN], Filters(programme="demo-sb"))
    assert "did you mean 'demo-sub'?" in str(prog.value)


def test_period_ends_by_month_and_by_quarter() -> None:
    months = period_ends(D("2025-01-01"), D("2025-05-15"), "month")
    assert months == [D("2025-01-31"), D("2025-02-28"), D("2025-03-31"), D("2025-04-30"), D("2025-05-15")]
    assert period_ends(D("2025-01-01"), D("2025-08-10"), "quarter") == [
        D("2025-03-31"),
        D("2025-06-30"),
        D("2025-08-10"),
    ]


def test_period_view_has_a_row_per_numeric_target_only() -> None:
    records = ledger(value("a" * 12, "demo-people", 20, "2025-03-31"), value("b" * 12, "demo-people", 40, "2025-06-30"))
    report = status_report([PLAN], records, D("2025-06-30"))
    view = period_view(report, records, "quarter")
    ids = {row.target.id for row in view.rows}
    assert "demo-hall" not in ids and "demo-people" in ids
    people = next(row for row in view.rows if row.target.id == "demo-people")
    assert sorted(people.points) == [D("2025-03-31"), D("2025-06-30")]
    assert people.points[D("2025-06-30")].actual == 40
    assert view.ends == [D("2025-03-31"), D("2025-06-30")]


def test_changes_list_moves_and_the_records_between_the_days() -> None:
    early, later = value("a" * 12, "demo-people", 10, "2025-02-28"), value("b" * 12, "demo-people", 40, "2025-06-30")
    records = ledger(early, later)
    ch = changes([PLAN], records, D("2025-03-01"), D("2025-06-30"), Filters(), Tolerance())
    assert [rec.record.id for rec, _, _ in ch.records] == [later.id], "only records dated between the two days"
    moved = {t.id: (before, after) for _, t, before, after in ch.moved}
    assert moved["demo-people"][1] == "on-track" and moved["demo-people"][0] != "on-track"
    assert "demo-projects" not in moved, "no data before and after is no move"


def test_ledger_entries_give_a_void_the_target_of_what_it_retracts() -> None:
    kept = value("a" * 12, "demo-people", 10, "2025-02-28")
    records = ledger(kept, voids={"f" * 12: kept.id, "e" * 12: "0" * 12})
    targets = {entry.record.id: target for entry, target in ledger_entries(records)}
    assert targets == {kept.id: "demo-people", "f" * 12: "demo-people", "e" * 12: None}


def test_by_lead_unit_falls_back_to_the_plans_unit() -> None:
    lead = PLAN.model_copy(
        update={"targets": [PLAN.targets[0].model_copy(update={"lead_unit": "人社局"}), *PLAN.targets[1:]]}
    )
    groups = by_lead_unit(status_report([lead], ledger(), D("2025-06-30")))
    assert list(groups) == [Unit("人社局"), Unit("示范办公室")], "sorted by name"
    assert [p.target.id for _, p in groups[Unit("人社局")]] == ["demo-people"]
    assert len(groups[Unit("示范办公室")]) == len(PLAN.targets) - 1


def test_by_lead_unit_keeps_one_name_in_two_folders_apart() -> None:
    other = PLAN.model_copy(update={"id": "demo-other"})
    report = status_report([PLAN, other], ledger(), D("2025-06-30"))
    groups = by_lead_unit(report, {"demo-2025": "east", "demo-other": "west"})
    assert list(groups) == [Unit("示范办公室", "east"), Unit("示范办公室", "west")]
    assert [plan.id for plan, _ in groups[Unit("示范办公室", "west")]] == ["demo-other"] * len(PLAN.targets)
