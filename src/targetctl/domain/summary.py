"""Where every target stands on a day, grouped by programme and rolled up; the same by
period, by lead unit, and what changed between two days. Pure: plans and a ledger in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from targetctl.domain.kinds import rules
from targetctl.domain.ledger import Entry, EntryState, Ledger
from targetctl.domain.ledger import progress_of as progress_of  # one target: its home is domain/ledger
from targetctl.domain.messages import Msg
from targetctl.domain.model import Plan, Programme, Target
from targetctl.domain.problems import TargetctlError
from targetctl.domain.progress import ChartPoint, Progress, Rollup, Tolerance, chart_points, month_ends
from targetctl.domain.records import JudgementRecord, ValueRecord, VoidRecord
from targetctl.domain.suggest import suggest
from targetctl.domain.vocabulary import Status


@dataclass(frozen=True)
class Filters:
    plan: str | None = None
    programme: str | None = None
    owner: str | None = None
    kind: str | None = None
    statuses: frozenset[Status] = frozenset()
    overdue: bool = False
    grep: str | None = None

    def keeps(self, plan: Plan, target: Target, progress: Progress) -> bool:
        owner = target.lead_unit or plan.lead_unit or ""
        return (
            (self.owner is None or self.owner in owner)
            and (self.grep is None or _mentions(target, self.grep))
            and (self.kind is None or target.kind == self.kind)
            and (not self.statuses or progress.status in self.statuses)
            and (not self.overdue or progress.overdue)
        )


def _mentions(target: Target, text: str) -> bool:
    """Whether the id, either title or the quote contains `text`, ignoring case."""
    wanted = text.casefold()
    haystack = (target.id, target.title.zh, target.title.en or "", target.quote)
    return any(wanted in part.casefold() for part in haystack)


@dataclass
class Block:
    """A programme, its own targets, and the roll-up of everything beneath it."""

    programme: Programme
    depth: int
    targets: list[Progress] = field(default_factory=list)
    rollup: Rollup = field(default_factory=Rollup)


@dataclass
class PlanStatus:
    plan: Plan
    blocks: list[Block]
    rollup: Rollup


@dataclass
class StatusReport:
    day: dt.date
    plans: list[PlanStatus]
    rollup: Rollup

    def progresses(self) -> list[Progress]:
        return [p for ps in self.plans for b in ps.blocks for p in b.targets]

    def __iter__(self) -> Iterator[Progress]:
        return iter(self.progresses())


def _plan_status(plan: Plan, ledger: Ledger, day: dt.date, filters: Filters, tol: Tolerance) -> PlanStatus:
    by_programme: dict[str, list[Progress]] = {}
    for t in plan.targets:
        progress = progress_of(plan, t, ledger, day, tol)
        if filters.keeps(plan, t, progress):
            by_programme.setdefault(t.programme, []).append(progress)
    blocks: list[Block] = []

    def walk(prog: Programme, depth: int, chosen: bool) -> Rollup:
        chosen = chosen or filters.programme in (None, prog.id)
        block = Block(prog, depth, by_programme.get(prog.id, []) if chosen else [])
        blocks.append(block)
        for p in block.targets:
            block.rollup.add(p)
        for child in prog.programmes:
            block.rollup.merge(walk(child, depth + 1, chosen))
        return block.rollup

    total = Rollup()
    for prog in plan.programmes:
        total.merge(walk(prog, 0, False))
    return PlanStatus(plan, [b for b in blocks if b.rollup.targets], total)


def status_report(
    plans: list[Plan], ledger: Ledger, day: dt.date, filters: Filters | None = None, tol: Tolerance | None = None
) -> StatusReport:
    filters = filters or Filters()
    tol = tol or Tolerance()
    chosen = [plan for plan in plans if filters.plan in (None, plan.id)]
    statuses = [_plan_status(plan, ledger, day, filters, tol) for plan in chosen]
    total = Rollup()
    for ps in statuses:
        total.merge(ps.rollup)
    return StatusReport(day, [ps for ps in statuses if ps.rollup.targets], total)


def check_filters(plans: list[Plan], filters: Filters) -> None:
    """An error for a plan or programme filter that names nothing, with the nearest id."""
    if filters.plan and filters.plan not in {plan.id for plan in plans}:
        ids = [plan.id for plan in plans]
        raise TargetctlError.plain(
            Msg("unknown.plan", plan=filters.plan),
            suggest(filters.plan, ids) or Msg("unknown.plans_hint", ids=", ".join(ids)),
        )
    programmes = {p.id for plan in plans for _, p in plan.all_programmes()}
    if filters.programme and filters.programme not in programmes:
        hint = suggest(filters.programme, programmes) or Msg("unknown.programme_hint")
        raise TargetctlError.plain(Msg("unknown.programme", programme=filters.programme), hint)


@dataclass
class PeriodRow:
    plan: Plan
    target: Target
    points: dict[dt.date, ChartPoint]


@dataclass
class PeriodView:
    """Actual against expected at the end of each month or quarter, for every numeric target
    (hledger's budget report, by period)."""

    every: str
    ends: list[dt.date]
    rows: list[PeriodRow]


def period_ends(start: dt.date, end: dt.date, every: str) -> list[dt.date]:
    """Month ends (or quarter ends) from `start` to `end`, ending with `end` itself."""
    months = month_ends(start, end)
    if every == "quarter":
        months = [d for d in months[:-1] if d.month % 3 == 0] + months[-1:]
    return months


def period_view(report: StatusReport, ledger: Ledger, every: str) -> PeriodView:
    rows = []
    for ps in report.plans:
        for block in ps.blocks:
            for p in block.targets:
                t = p.target
                if not rules(t).numeric:
                    continue
                points = chart_points(ps.plan, t, ledger.values_for(t.id), report.day)
                if every == "quarter":
                    wanted = set(period_ends(ps.plan.period.start, min(report.day, ps.plan.due(t)), every))
                    points = [pt for pt in points if pt.day in wanted]
                rows.append(PeriodRow(ps.plan, t, {pt.day: pt for pt in points}))
    ends = sorted({d for row in rows for d in row.points})
    return PeriodView(every, ends, rows)


@dataclass
class Changes:
    """What changed from one day to another: status moves, and the records as of days between,
    each with its target (a void: the target of the record it retracts) and how it stands,
    marked by `Ledger.marks` as `show` and `log` mark it."""

    since: dt.date
    day: dt.date
    moved: list[tuple[Plan, Target, Status, Status]]
    records: list[tuple[Entry, str | None, EntryState]]
    targets: dict[str, Target]


def changes(
    plans: list[Plan], ledger: Ledger, since: dt.date, day: dt.date, filters: Filters, tol: Tolerance
) -> Changes:
    before = {p.target.id: p.status for p in status_report(plans, ledger, since, filters, tol).progresses()}
    now = status_report(plans, ledger, day, filters, tol)
    moved = [
        (ps.plan, p.target, before.get(p.target.id, "no-data"), p.status)
        for ps in now.plans
        for b in ps.blocks
        for p in b.targets
        if before.get(p.target.id, "no-data") != p.status
    ]
    kept = {p.target.id for p in now.progresses()}
    marks = ledger.marks(day)
    unfiltered = filters == Filters()  # a void of no known record belongs to no plan: shown only unfiltered
    records = [
        (entry, target, marks[entry.record.id])
        for entry, target in ledger_entries(ledger)
        if (target in kept or (target is None and unfiltered)) and since <= _as_of(entry) <= day
    ]
    records.sort(key=lambda item: (_as_of(item[0]), item[0].record.recorded), reverse=True)
    return Changes(since, day, moved, records, {t.id: t for plan in plans for t in plan.targets})


def _as_of(entry: Entry) -> dt.date:
    record = entry.record
    return record.as_of if isinstance(record, ValueRecord | JudgementRecord) else record.recorded.date()


def ledger_entries(ledger: Ledger) -> list[tuple[Entry, str | None]]:
    """Every record of a ledger read with history, with the target it is about (for a void,
    the target of the record it retracts, or None when that record is unknown)."""
    out: list[tuple[Entry, str | None]] = []
    target_of: dict[str, str] = {}
    for target, history in ledger.histories.items():
        out += [(e, target) for e in history.values + history.judgements]
        target_of.update((e.record.id, target) for e in history.values + history.judgements)
    for entry in ledger.voids.values():
        rec = entry.record
        out.append((entry, target_of.get(rec.void) if isinstance(rec, VoidRecord) else None))
    return out


class Unit(NamedTuple):
    """A lead unit as a plan names it, and the plans folder it was named in where a workspace
    has several: two districts' 区发改局 are two bodies, each answering for its own targets."""

    name: str
    folder: str = ""


def by_lead_unit(
    report: StatusReport, folder_of: Mapping[str, str] | None = None
) -> dict[Unit, list[tuple[Plan, Progress]]]:
    """The report's targets grouped by lead unit (the target's, else the plan's), and by the
    folder of their plan (`folder_of`: plan id -> folder) when plans come from several."""
    groups: dict[Unit, list[tuple[Plan, Progress]]] = {}
    for ps in report.plans:
        folder = folder_of.get(ps.plan.id, "") if folder_of else ""
        for block in ps.blocks:
            for p in block.targets:
                unit = Unit(p.target.lead_unit or ps.plan.lead_unit or "", folder)
                groups.setdefault(unit, []).append((ps.plan, p))
    return dict(sorted(groups.items()))
