"""`judge`: record a responsible person's red/amber/green judgement of a target, with a reason."""

from __future__ import annotations

import datetime as dt

from targetctl.commands import Context, Output
from targetctl.domain.vocabulary import Rating
from targetctl.io.paths import display_path
from targetctl.render.i18n import f
from targetctl.workspace import writing


def run(
    ctx: Context, target_id: str, rating: Rating, reason: str, *, day: dt.date | None = None, by: str | None = None
) -> Output:
    done = writing.judge(ctx.plans, target_id, rating, reason, day=day, by=by, today=ctx.today)
    said = f("judge.done", ctx.lang, rid=done.record.id, path=display_path(done.path))
    return Output(said + "\n")
