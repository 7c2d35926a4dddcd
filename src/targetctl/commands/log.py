"""`log`: the records, newest first, filtered."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from targetctl import workspace
from targetctl.commands import Context, Output
from targetctl.domain.ledger import Entry, EntryState
from targetctl.domain.messages import Msg
from targetctl.domain.model import Target
from targetctl.domain.problems import TargetctlError
from targetctl.domain.records import JudgementRecord, ValueRecord, VoidRecord
from targetctl.domain.suggest import suggest
from targetctl.render.common import to_text
from targetctl.render.formats import Renderers, Screen
from targetctl.render.history import log_json, log_view


@dataclass(frozen=True)
class LogQuery:
    target: str | None = None
    plan: str | None = None
    by: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


def log_entries(
    root: workspace.Roots, query: LogQuery
) -> tuple[list[tuple[Entry, str | None, EntryState]], dict[str, Target]]:
    """Records matching the query, newest first, each with its target id and how it stands (as
    `show` marks it); and the targets by id."""
    ws = workspace.load(root, records=False)
    if query.target:
        ws.target(query.target)
    ledger = ws.read_records(target=query.target, history=True)
    if ledger.problems:
        raise TargetctlError(ledger.problems)
    plan_of = {t: lp.plan.id for t, (lp, _) in ws.targets.items()}
    if query.plan and query.plan not in set(plan_of.values()):
        ids = [lp.plan.id for lp in ws.plans]
        hint = suggest(query.plan, ids) or Msg("unknown.plans_hint", ids=", ".join(ids))
        raise TargetctlError.plain(Msg("unknown.plan", plan=query.plan), hint)
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


Logged = tuple[list[tuple[Entry, str | None, EntryState]], dict[str, Target]]
RENDERERS: Renderers[Logged, str] = Renderers("log")
RENDERERS.register("json")(lambda logged, _screen: log_json(logged[0]))


@RENDERERS.register("text")
def _text(logged: Logged, screen: Screen) -> str:
    return to_text(*log_view(*logged, screen.lang, screen.width), width=screen.width, color=screen.color)


def run(ctx: Context, query: LogQuery, fmt: str = "text") -> Output:
    return Output(RENDERERS.render(fmt, log_entries(ctx.plans, query), ctx))
