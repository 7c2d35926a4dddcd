"""The pure core of status and show, tested with values: no files, no CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from targetctl.domain.detail import target_detail
from targetctl.domain.ledger import Entry, Ledger, TargetHistory
from targetctl.domain.model import Plan
from targetctl.domain.progress import effective, precedence
from targetctl.domain.records import ValueRecord, VoidRecord
from targetctl.domain.summary import Filters, by_lead_unit, status_report
from tests.conftest import GOLDEN

PLAN = Plan.model_validate(yaml.safe_load((GOLDEN / "valid" / "demo.yaml").read_text(encoding="utf-8")))
AT = dt.datetime(2025, 7, 1, 9, tzinfo=dt.timezone.utc)
LOG = Path("records/demo-2025.yaml")


def value(rid: str, v: float, day: str, *, minutes: int = 0, provisional: bool = False) -> ValueRecord:
    return ValueRecord(
        id=rid, type="value", target="demo-people", as_of=dt.date.fromisoformat(day), value=v,
        provisional=provisional, recorded=AT + dt.timedelta(minutes=minutes), by="x",
    )  # fmt: skip


def full(*records: ValueRecord, voids: tuple[str, ...] = ()) -> Ledger:
    ledger = Ledger(full=True)
    ledger.histories["demo-people"] = TargetHistory([Entry(LOG, n, r) for n, r in enumerate(records, 2)])
    for n, rid in enumerate(voids):
        void = VoidRecord(id=f"f{n:011d}", type="void", void=rid, reason="typo", recorded=AT, by="x")
        ledger.voids[rid] = Entry(LOG, 99 + n, void)
    return ledger


def test_precedence_final_beats_provisional_then_later() -> None:
    assert precedence(False, AT) > precedence(True, AT + dt.timedelta(days=1))
    assert precedence(True, AT + dt.timedelta(minutes=1)) > precedence(True, AT)
    a, b, c = (
        value("a" * 12, 10, "2025-03-31"),
        value("b" * 12, 12, "2025-03-31", minutes=1, provisional=True),
        value("c" * 12, 11, "2025-03-31", minutes=2),
    )
    assert [r.id for r in effective([a, b, c], set())] == [c.id]
    assert [r.id for r in effective([a, b], set())] == [a.id]
    assert effective([a, c], {c.id}) == [a]


def test_marks_say_how_each_record_stands() -> None:
    a, b, late = (
        value("a" * 12, 10, "2025-03-31"),
        value("b" * 12, 12, "2025-03-31", minutes=1),
        value("c" * 12, 30, "2025-09-30"),
    )
    gone = value("d" * 12, 99, "2025-04-30")
    marks = full(a, b, late, gone, voids=(gone.id,)).marks(dt.date(2025, 6, 30))
    assert marks[a.id] == "superseded" and marks[b.id] == "current" and marks[late.id] == "after as-of"
    assert marks[gone.id] == "voided" and marks["f00000000000"] == "void"


def test_a_full_ledger_gives_every_effective_value_and_a_latest_one_only_the_latest() -> None:
    a, b = value("a" * 12, 10, "2025-03-31"), value("b" * 12, 40, "2025-06-01")
    assert full(a, b).values_for("demo-people") == [a, b]
    latest = Ledger(dt.date(2025, 6, 30), latest={"demo-people": b})
    assert latest.values_for("demo-people") == [b] and latest.values_for("demo-projects") == []


def test_status_report_rolls_up_by_programme_and_filters() -> None:
    ledger = full(value("a" * 12, 40, "2025-06-30"))
    report = status_report([PLAN], ledger, dt.date(2025, 6, 30))
    people = next(p for p in report if p.target.id == "demo-people")
    assert people.current == 40 and people.expected == 40 and people.status == "on-track"
    assert report.rollup.targets == len(PLAN.targets)
    only = status_report([PLAN], ledger, dt.date(2025, 6, 30), Filters(programme="demo-sub"))
    assert {p.target.id for p in only} == {t.id for t in PLAN.targets if t.programme == "demo-sub"} >= {"demo-people"}
    assert [unit.name for unit in by_lead_unit(only)] == ["示范办公室"]


def test_detail_orders_history_and_charts_months() -> None:
    a, b = value("a" * 12, 10, "2025-03-31"), value("b" * 12, 40, "2025-06-01", minutes=5)
    target = next(t for t in PLAN.targets if t.id == "demo-people")
    detail = target_detail(PLAN, target, full(a, b), dt.date(2025, 6, 30))
    assert [line.entry.record.id for line in detail.history] == [a.id, b.id]
    assert detail.progress.current == 40 and detail.chart[-1].day == dt.date(2025, 6, 30)
    assert [p.id for p in detail.programmes] == ["demo-area", "demo-sub"]
