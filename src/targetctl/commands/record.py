"""`record`: append a progress value for a target, or void a record, and say what was done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from targetctl.commands import Context, Output
from targetctl.domain.problems import visible
from targetctl.domain.records import ValueRecord, VoidRecord
from targetctl.io.paths import display_path
from targetctl.render.i18n import f, t
from targetctl.render.line import status_line, value_text
from targetctl.workspace import writing


@dataclass(frozen=True)
class RecordOptions:
    day: dt.date | None = None
    by: str | None = None
    note: str | None = None
    evidence: str | None = None
    provisional: bool = False
    add: bool = False
    correct: bool = False
    confirm: bool = False
    with_status: bool = True


def run(ctx: Context, target_id: str, value: str, opts: RecordOptions) -> Output:
    done = writing.record_value(
        ctx.plans,
        target_id,
        value,
        day=opts.day,
        by=opts.by,
        note=opts.note,
        evidence=opts.evidence,
        provisional=opts.provisional,
        add=opts.add,
        correct=opts.correct,
        confirm=opts.confirm,
        with_status=opts.with_status,
        today=ctx.today,
    )
    text = f("record.read", ctx.lang, value=done.understood) + "\n" if done.understood else ""
    text += f("record.done", ctx.lang, rid=done.record.id, path=display_path(done.path)) + "\n"
    if done.progress:
        text += status_line(done.progress, ctx.lang) + "\n"
    word = "警告：" if ctx.lang == "zh" else "warning: "
    return Output(text, [word + problem.said(ctx.lang) for problem in done.warnings])


def described(ctx: Context, found: writing.Found) -> str:
    """What a record says, for a person to check before it is voided: the target, the value or
    judgement, its as-of date and who recorded it when."""
    rec = found.record
    if isinstance(rec, VoidRecord):
        what, day, target = f("void.of", ctx.lang, rid=rec.void, reason=rec.reason), "", "—"
    else:
        target = rec.target
        known = next((t for t in found.plan.plan.targets if t.id == rec.target), None)
        if isinstance(rec, ValueRecord):
            what = value_text(known, rec.value, ctx.lang) if known else str(rec.value)
        else:
            what = f("status.judged", ctx.lang, rating=t(rec.rating, ctx.lang)) + f": {rec.reason}"
        day = rec.as_of.isoformat()
    return visible(
        f(
            "void.about",
            ctx.lang,
            target=target,
            what=what,
            day=day,
            by=rec.by,
            when=rec.recorded.strftime("%Y-%m-%d %H:%M"),
            rid=rec.id,
        )
    )


def void(
    ctx: Context, record_id: str, reason: str, *, by: str | None = None, ask: Callable[[str], bool] | None = None
) -> Output:
    """Void a record, saying what it was; `ask` (on a terminal) is shown that and may decline."""
    found = writing.find_record(ctx.plans, record_id, by=by)
    about = described(ctx, found)
    if ask is not None and not ask(about):
        return Output("", [f("void.nothing", ctx.lang)], 1)
    done = writing.void_record(ctx.plans, found.record.id, reason, by=by)
    said = f(
        "void.done",
        ctx.lang,
        rid=getattr(done.record, "void", record_id),  # the full id, also for a prefix or 'last'
        vid=done.record.id,
        path=display_path(done.path),
    )
    return Output(said + "\n" + ("" if ask else f"  {about}\n"))  # asked: it was shown already
