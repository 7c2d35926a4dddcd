"""domain.ledger: how each record stands (marks), a target's values, and plans' parts merged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from targetctl.domain.ledger import Entry, Ledger, TargetHistory
from targetctl.domain.problems import Problem
from targetctl.domain.records import JudgementRecord, ValueRecord, VoidRecord
from tests.conftest import said

AT = dt.datetime(2025, 7, 1, 9, tzinfo=dt.timezone.utc)
LOG = Path("records/p.yaml")


def value(rid: str, v: float, day: str, *, minutes: int = 0, provisional: bool = False) -> ValueRecord:
    return ValueRecord(
        id=rid, type="value", target="t", as_of=dt.date.fromisoformat(day), value=v,
        provisional=provisional, recorded=AT + dt.timedelta(minutes=minutes), by="x",
    )  # fmt: skip


def judged(rid: str) -> JudgementRecord:
    return JudgementRecord(
        id=rid, type="judgement", target="t", as_of=dt.date(2025, 6, 30), rating="red", reason="r", recorded=AT, by="x"
    )


def history(*values: ValueRecord, judgements: tuple[JudgementRecord, ...] = ()) -> TargetHistory:
    return TargetHistory([Entry(LOG, n, r) for n, r in enumerate(values, 2)], [Entry(LOG, 90, j) for j in judgements])


def test_value_records_leave_out_anything_else() -> None:
    a = value("a" * 12, 1, "2025-01-31")
    mixed = TargetHistory([Entry(LOG, 2, a), Entry(LOG, 3, judged("b" * 12))])
    assert mixed.value_records() == [a]


def test_marks_a_provisional_figure_superseded_by_a_final_one() -> None:
    final = value("a" * 12, 10, "2025-03-31")
    early = value("b" * 12, 12, "2025-03-31", minutes=5, provisional=True)
    ledger = Ledger(full=True, histories={"t": history(final, early, judgements=(judged("c" * 12),))})
    assert ledger.marks() == {final.id: "current", early.id: "superseded", "c" * 12: "judgement"}


def test_a_void_uncovers_the_figure_beneath() -> None:
    first, second = value("a" * 12, 10, "2025-03-31"), value("b" * 12, 11, "2025-03-31", minutes=1)
    void = VoidRecord(id="f" * 12, type="void", void=second.id, reason="typo", recorded=AT, by="x")
    ledger = Ledger(full=True, histories={"t": history(first, second)}, voids={second.id: Entry(LOG, 9, void)})
    assert ledger.voided == {second.id}
    assert ledger.marks() == {first.id: "current", second.id: "voided", void.id: "void"}
    assert ledger.values_for("t") == [first]


def test_a_value_after_the_as_of_day_is_marked_so() -> None:
    late = value("a" * 12, 10, "2025-09-30")
    ledger = Ledger(full=True, histories={"t": history(late)})
    assert ledger.marks(dt.date(2025, 6, 30)) == {late.id: "after as-of"}
    assert ledger.marks() == {late.id: "current"}


def test_history_of_an_unknown_target_is_empty() -> None:
    ledger = Ledger(full=True)
    assert ledger.history("nope") == TargetHistory() and ledger.values_for("nope") == []


def test_merge_adds_another_plans_part() -> None:
    a, b = value("a" * 12, 1, "2025-01-31"), value("b" * 12, 2, "2025-01-31")
    one = Ledger(latest={"t": a}, records=3, files=1, problems=[Problem("p1", 1, 1, said("x"))])
    two = Ledger(latest={"u": b}, records=4, files=2, problems=[Problem("p2", 1, 1, said("y"))])
    one.merge(two)
    assert one.latest == {"t": a, "u": b} and (one.records, one.files) == (7, 3)
    assert [p.path for p in one.problems] == ["p1", "p2"]
    assert one.values_for("u") == [b]
