"""`overdue`: per lead unit, the targets whose progress report is overdue for their cadence."""

from __future__ import annotations

import datetime as dt

from targetctl import workspace
from targetctl.commands import Context, Output
from targetctl.domain.model import Plan
from targetctl.domain.progress import Progress
from targetctl.domain.summary import Filters, Unit, by_lead_unit
from targetctl.io.paths import folder_name
from targetctl.render.common import to_text
from targetctl.render.formats import Renderers, Screen
from targetctl.render.overdue import overdue_json, overdue_tables

Overdue = tuple[dt.date, dict[Unit, list[tuple[Plan, Progress]]]]
RENDERERS: Renderers[Overdue, str] = Renderers("overdue")


@RENDERERS.register("text")
def _text(data: Overdue, screen: Screen) -> str:
    return to_text(*overdue_tables(*data, screen.lang, screen.width), width=screen.width, color=screen.color)


@RENDERERS.register("json")
def _json(data: Overdue, _screen: Screen) -> str:
    return overdue_json(*data)


def run(ctx: Context, day: dt.date | None, fmt: str = "text") -> Output:
    """Overdue reports as of `day` (default: the context's today)."""
    day = day or ctx.today
    ws = workspace.load(ctx.plans, as_of=day)
    report = ws.status(day, Filters(overdue=True))
    several = len(ws.roots) > 1
    folder_of = {lp.plan.id: folder_name(lp.root) for lp in ws.plans} if several else None  # as the warehouse names it
    return Output(RENDERERS.render(fmt, (report.day, by_lead_unit(report, folder_of)), ctx))
