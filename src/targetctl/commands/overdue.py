"""`overdue`: per lead unit, the targets whose progress report is overdue for their cadence."""

from __future__ import annotations

import datetime as dt

from targetctl import workspace
from targetctl.commands import Context, Output
from targetctl.domain.summary import Filters, by_lead_unit
from targetctl.render.common import to_text
from targetctl.render.overdue import overdue_json, overdue_tables


def run(ctx: Context, day: dt.date | None, fmt: str = "text") -> Output:
    """Overdue reports as of `day` (default: the context's today)."""
    day = day or ctx.today
    report = workspace.load(ctx.plans, as_of=day).status(day, Filters(overdue=True))
    groups = by_lead_unit(report)
    if fmt == "json":
        return Output(overdue_json(report.day, groups))
    return Output(to_text(*overdue_tables(report.day, groups, ctx.lang, ctx.width), width=ctx.width, color=ctx.color))
