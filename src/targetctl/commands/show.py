"""`show`: everything about one target: source, goal, checkpoints, history and a chart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from targetctl import workspace
from targetctl.commands import Context, Output
from targetctl.domain.detail import TargetDetail
from targetctl.domain.progress import Tolerance
from targetctl.render.common import to_text
from targetctl.render.history import detail_json, detail_view


def detail(root: Path, target_id: str, day: dt.date, tol: Tolerance | None = None) -> TargetDetail:
    return workspace.load(root, records=False).detail(target_id, day, tol)


def run(ctx: Context, target_id: str, day: dt.date | None, fmt: str = "text") -> Output:
    """The target as of `day` (default: the context's today)."""
    found = detail(ctx.plans, target_id, day or ctx.today)
    if fmt == "json":
        return Output(detail_json(found))
    return Output(to_text(*detail_view(found, ctx.lang), width=ctx.width, color=ctx.color))
