"""`status`: where every target stands on a day; by month or quarter (`--period`); or what
changed since a day (`--since`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from targetctl import workspace
from targetctl.commands import Context, Output
from targetctl.domain.messages import Msg
from targetctl.domain.progress import Tolerance
from targetctl.domain.summary import (
    Filters,
    StatusReport,
    changes,
    check_filters,
    period_view,
    progress_of,
    status_report,
)
from targetctl.domain.vocabulary import OVERVIEW_OVER, Status
from targetctl.render.common import to_text
from targetctl.render.formats import Renderers, Screen
from targetctl.render.status import View, changes_view, overview, period_table, status_json, status_tables
from targetctl.workspace import composing


@dataclass(frozen=True)
class StatusOptions:
    day: dt.date
    filters: Filters = field(default_factory=Filters)
    tolerance: Tolerance = field(default_factory=Tolerance)
    fmt: str = "text"
    show_all: bool = False
    sort: str = "status"
    wide: bool = False
    period: str | None = None
    since: dt.date | None = None
    fail_on: frozenset[Status] = frozenset()


@dataclass(frozen=True)
class Standing:
    ws: workspace.Workspace
    report: StatusReport
    opts: StatusOptions


RENDERERS: Renderers[Standing, str] = Renderers("status")


@RENDERERS.register("text")
def _text(data: Standing, screen: Screen) -> str:
    report, opts = data.report, data.opts
    if len(report.progresses()) > OVERVIEW_OVER and not opts.show_all:
        return to_text(*overview(report, screen.lang), width=screen.width, color=screen.color)
    view = View(sort=opts.sort, show_all=opts.show_all, wide=opts.wide)
    return to_text(*status_tables(report, screen.lang, screen.width, view), width=screen.width, color=screen.color)


@RENDERERS.register("json")
def _json(data: Standing, _screen: Screen) -> str:
    return status_json(_off_track_since(data.ws, data.report, data.opts.tolerance))


def run(ctx: Context, opts: StatusOptions) -> Output:
    if opts.period or opts.since:
        return Output(_over_time(ctx, opts))
    plain = opts.fmt == "text" and not opts.show_all and opts.filters == Filters() and opts.day == ctx.today
    folders = ctx.plans if isinstance(ctx.plans, tuple) else (ctx.plans,)
    before = composing.seen(folders) if plain and ctx.cache and ctx.cache_key and not opts.fail_on else None
    ws = workspace.load(ctx.plans, as_of=opts.day)
    report = ws.status(opts.day, opts.filters, opts.tolerance)
    text = RENDERERS.render(opts.fmt, Standing(ws, report, opts), ctx)
    if before is not None:  # what the next status composes from, when only logs change
        composing.keep(ctx.cache_key, ws, report, opts.tolerance, before, ctx.lang)
    slipped = [p for p in report.progresses() if p.status in opts.fail_on]
    if not slipped:
        return Output(text)
    ids = ", ".join(p.target.id for p in slipped)
    failing = Msg("status.failing", n=len(slipped), statuses="/".join(sorted(opts.fail_on)), ids=ids)
    return Output(text, [failing.text(ctx.lang)], 1)


def _off_track_since(ws: workspace.Workspace, report: StatusReport, tol: Tolerance) -> StatusReport:
    """The projections again from every value of their targets: 'off track since' needs them
    all (`progress.project`), and the day's reading holds only the latest. Only those targets'
    records are kept, so a large workspace is not held in memory whole."""
    wanted = frozenset(p.target.id for p in report.progresses() if p.projection is not None)
    if not wanted:
        return report
    plans = [lp for lp in ws.plans if any(t.id in wanted for t in lp.plan.targets)]
    ledger = ws.read_records(plans, target=wanted, history=True)
    for ps in report.plans:
        for block in ps.blocks:
            block.targets = [
                replace(p, projection=progress_of(ps.plan, p.target, ledger, report.day, tol).projection)
                if p.target.id in wanted
                else p
                for p in block.targets
            ]
    return report


def _over_time(ctx: Context, opts: StatusOptions) -> str:
    ws = workspace.load(ctx.plans, as_of=opts.day, history=True)
    plans = [lp.plan for lp in ws.plans]
    check_filters(plans, opts.filters)
    if opts.period:
        report = status_report(plans, ws.ledger, opts.day, opts.filters, opts.tolerance)
        periods = period_view(report, ws.ledger, opts.period)
        return to_text(*period_table(periods, ctx.lang, ctx.width), width=ctx.width, color=ctx.color)
    assert opts.since is not None
    moved = changes(plans, ws.ledger, opts.since, opts.day, opts.filters, opts.tolerance)
    return to_text(*changes_view(moved, ctx.lang), width=ctx.width)
