"""`overdue`: per lead unit, the targets whose progress report is overdue for their cadence."""

from __future__ import annotations

import datetime as dt

from targetctl import workspace
from targetctl.commands import Context, Output
from targetctl.domain.model import Plan
from targetctl.domain.progress import Progress
from targetctl.domain.summary import Filters, by_lead_unit
from targetctl.render.common import to_text
from targetctl.render.formats import Renderers, Screen
from targetctl.render.overdue import overdue_json, overdue_tables

Overdue = tuple[dt.date, dict[str, list[tuple[Plan, Progress]]]]
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
    report = workspace.load(ctx.plans, as_of=day).status(day, Filters(overdue=True))
    return Output(RENDERERS.render(fmt, (report.day, by_lead_unit(report)), ctx))
