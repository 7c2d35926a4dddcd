"""domain.detail: one target's story: its programmes from the top, its records in the order they
were made with the void that retracts each, where it stands, and a month chart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from targetctl.domain.detail import target_detail
from targetctl.domain.ledger import Entry, Ledger, TargetHistory
from targetctl.domain.model import Plan, Target
from targetctl.domain.records import ValueRecord, VoidRecord
from tests.conftest import GOLDEN

PLAN = Plan.model_validate(yaml.safe_load((GOLDEN / "valid" / "demo.yaml").read_text(encoding="utf-8")))
AT = dt.datetime(2025, 7, 1, 9, tzinfo=dt.timezone.utc)
LOG = Path("records/demo-2025.yaml")


def target(ident: str) -> Target:
    return next(t for t in PLAN.targets if t.id == ident)


def value(rid: str, v: float, day: str, minutes: int) -> ValueRecord:
    return ValueRecord(
        id=rid, type="value", target="demo-people", as_of=dt.date.fromisoformat(day), value=v,
        recorded=AT + dt.timedelta(minutes=minutes), by="x",
    )  # fmt: skip


def test_history_in_the_order_made_with_each_void() -> None:
    later, earlier, wrong = (
        value("a" * 12, 40, "2025-06-30", 5),
        value("b" * 12, 20, "2025-03-31", 1),
        value("c" * 12, 99, "2025-05-31", 3),
    )
    void = VoidRecord(id="f" * 12, type="void", void=wrong.id, reason="typo", recorded=AT, by="x")
    ledger = Ledger(
        full=True,
        histories={"demo-people": TargetHistory([Entry(LOG, 4, later), Entry(LOG, 2, earlier), Entry(LOG, 3, wrong)])},
        voids={wrong.id: Entry(LOG, 5, void)},
    )
    detail = target_detail(PLAN, target("demo-people"), ledger, dt.date(2025, 6, 30))
    assert [(line.entry.record.id, line.state) for line in detail.history] == [
        (earlier.id, "current"),
        (wrong.id, "voided"),
        (later.id, "current"),
    ]
    assert [line.void for line in detail.history] == [None, void, None]
    assert detail.progress.current == 40 and detail.progress.status == "on-track"
    chart = {point.day: point.actual for point in detail.chart}
    assert chart[dt.date(2025, 3, 31)] == 20 and chart[dt.date(2025, 5, 31)] != 99, "a voided value is not drawn"


def test_a_target_of_a_top_programme_has_a_path_of_one() -> None:
    detail = target_detail(PLAN, target("demo-projects"), Ledger(full=True), dt.date(2025, 6, 30))
    assert [p.id for p in detail.programmes] == ["demo-area"]
    assert detail.history == [] and detail.progress.status == "no-data"
