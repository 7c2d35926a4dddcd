"""`show`: everything about one target: source, goal, checkpoints, history and a chart."""

from __future__ import annotations

import datetime as dt
import os

from targetctl import workspace
from targetctl.commands import Context, Output
from targetctl.domain.detail import TargetDetail
from targetctl.domain.progress import Tolerance
from targetctl.render import plain_show, show_view
from targetctl.render.common import to_text
from targetctl.render.formats import Renderers, Screen


def detail(root: workspace.Roots, target_id: str, day: dt.date, tol: Tolerance | None = None) -> TargetDetail:
    return workspace.load(root, records=False).detail(target_id, day, tol)


RENDERERS: Renderers[TargetDetail, str] = Renderers("show")


@RENDERERS.register("json")
def _json(found: TargetDetail, _screen: Screen) -> str:
    from targetctl.render.history import detail_json

    return detail_json(found)


@RENDERERS.register("text")
def _text(found: TargetDetail, screen: Screen) -> str:
    """The plain writer's bytes where it can promise Rich's (`render/plain_show.py`), else Rich's."""
    if plain_show.stands_in(screen.color, os.environ.get("TERM", "")):
        text = plain_show.view_text(show_view.view(found, screen.lang), screen.width, screen.color, bool(found.history))
        if text is not None:
            return text
    from targetctl.render.history import detail_view  # Rich, imported only where it draws

    return to_text(*detail_view(found, screen.lang, screen.width), width=screen.width, color=screen.color)


def run(ctx: Context, target_id: str, day: dt.date | None, fmt: str = "text") -> Output:
    """The target as of `day` (default: the context's today)."""
    return Output(RENDERERS.render(fmt, detail(ctx.plans, target_id, day or ctx.today), ctx))
