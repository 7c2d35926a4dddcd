"""`show` and `log`: one target's whole story, and the records newest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from targetctl.commands.status import progress_of
from targetctl.domain.model import Programme, Target
from targetctl.domain.problems import TargetctlError
from targetctl.domain.progress import ChartPoint, Progress, Tolerance, chart_points, effective
from targetctl.domain.records import JudgementRecord, ValueRecord, VoidRecord
from targetctl.workspace.ledger import Entry, EntryState, read_ledger
from targetctl.workspace.loading import LoadedPlan, load_workspace


@dataclass
class HistoryLine:
    entry: Entry
    state: EntryState
    void: VoidRecord | None = None


@dataclass
class TargetDetail:
    plan: LoadedPlan
    target: Target
    programmes: list[Programme]
    progress: Progress
    history: list[HistoryLine]
    chart: list[ChartPoint]


def _programme_path(lp: LoadedPlan, programme_id: str) -> list[Programme]:
    """The programmes from the top of the plan down to `programme_id`."""
    for index, prog in lp.plan.all_programmes():
        if prog.id == programme_id:
            path, level = [], lp.plan.programmes
            for i in index:
                path.append(level[i])
                level = level[i].programmes
            return path
    return []


def target_detail(root: Path, target_id: str, day: dt.date, tol: Tolerance | None = None) -> TargetDetail:
    ws = load_workspace(root)
    ws.raise_problems()
    lp, target = ws.target(target_id)
    ledger = read_ledger(ws, [lp], target=target_id, history=True)
    if ledger.problems:
        raise TargetctlError(ledger.problems)
    history = ledger.history(target_id)
    marks = ledger.marks(day)
    lines = []
    for entry in sorted(history.values + history.judgements, key=lambda e: (e.record.recorded, e.line)):
        rec = entry.record
        void = ledger.voids.get(rec.id)
        void_record = void.record if void and isinstance(void.record, VoidRecord) else None
        lines.append(HistoryLine(entry, marks[rec.id], void_record))
    chart = chart_points(lp.plan, target, effective(history.value_records(), ledger.voided), day)
    progress = progress_of(lp, target, ledger, day, tol or Tolerance())
    return TargetDetail(lp, target, _programme_path(lp, target.programme), progress, lines, chart)


@dataclass(frozen=True)
class LogQuery:
    target: str | None = None
    plan: str | None = None
    by: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


def log_entries(root: Path, query: LogQuery) -> tuple[list[tuple[Entry, str | None, EntryState]], dict[str, Target]]:
    """Records matching the query, newest first, each with its target id and how it stands (as
    `show` marks it); and the targets by id."""
    ws = load_workspace(root)
    ws.raise_problems()
    if query.target:
        ws.target(query.target)
    ledger = read_ledger(ws, target=query.target, history=True)
    if ledger.problems:
        raise TargetctlError(ledger.problems)
    plan_of = {t: lp.plan.id for t, (lp, _) in ws.targets.items()}
    if query.plan and query.plan not in set(plan_of.values()):
        raise TargetctlError.plain(f"unknown plan '{query.plan}'")
    entries = [e for h in ledger.histories.values() for e in h.values + h.judgements]
    target_of: dict[str, str] = {e.record.id: e.record.target for e in entries if not isinstance(e.record, VoidRecord)}
    marks = ledger.marks()
    out = []
    for e in [*entries, *ledger.voids.values()]:
        rec = e.record
        target = target_of.get(rec.void) if isinstance(rec, VoidRecord) else rec.target
        day = rec.as_of if isinstance(rec, ValueRecord | JudgementRecord) else rec.recorded.date()
        if (
            (query.target is None or target == query.target)
            and (query.plan is None or (target is not None and plan_of.get(target) == query.plan))
            and (query.by is None or query.by == rec.by)
            and (query.since is None or day >= query.since)
            and (query.until is None or day <= query.until)
        ):
            out.append((e, target, marks[rec.id]))
    out.sort(key=lambda row: (row[0].record.recorded, row[0].line), reverse=True)
    return out, {k: t for k, (_, t) in ws.targets.items()}
