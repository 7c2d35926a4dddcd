"""One target's whole story: where it stands, its records as they stand, a month chart."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from targetctl.domain.ledger import Entry, EntryState, Ledger, progress_of
from targetctl.domain.model import Plan, Programme, Target
from targetctl.domain.progress import ChartPoint, Progress, Tolerance, chart_points, effective
from targetctl.domain.records import VoidRecord


@dataclass
class HistoryLine:
    entry: Entry
    state: EntryState
    void: VoidRecord | None = None


@dataclass
class TargetDetail:
    plan: Plan
    target: Target
    programmes: list[Programme]
    progress: Progress
    history: list[HistoryLine]
    chart: list[ChartPoint]


def _programme_path(plan: Plan, programme_id: str) -> list[Programme]:
    """The programmes from the top of the plan down to `programme_id`."""
    for index, prog in plan.all_programmes():
        if prog.id == programme_id:
            path, level = [], plan.programmes
            for i in index:
                path.append(level[i])
                level = level[i].programmes
            return path
    return []


def target_detail(
    plan: Plan, target: Target, ledger: Ledger, day: dt.date, tol: Tolerance | None = None
) -> TargetDetail:
    """Everything about one target as of `day`, from a ledger read with its history."""
    target_id = target.id
    history = ledger.history(target_id)
    marks = ledger.marks(day)
    lines = []
    for entry in sorted(history.values + history.judgements, key=lambda e: (e.record.recorded, e.line)):
        rec = entry.record
        void = ledger.voids.get(rec.id)
        void_record = void.record if void and isinstance(void.record, VoidRecord) else None
        lines.append(HistoryLine(entry, marks[rec.id], void_record))
    chart = chart_points(plan, target, effective(history.value_records(), ledger.voided), day)
    progress = progress_of(plan, target, ledger, day, tol or Tolerance())
    return TargetDetail(plan, target, _programme_path(plan, target.programme), progress, lines, chart)
