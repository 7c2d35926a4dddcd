"""`record`: append a progress value for a target, or void a record, and say what was done."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from targetctl.commands import Context, Output
from targetctl.io.paths import display_path
from targetctl.render.i18n import f
from targetctl.render.status import status_line
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
    )
    text = f("read {value}", ctx.lang, value=done.understood) + "\n" if done.understood else ""
    text += f("recorded {rid} in {path}", ctx.lang, rid=done.record.id, path=display_path(done.path)) + "\n"
    if done.progress:
        text += status_line(done.progress, ctx.lang) + "\n"
    return Output(text, [f"warning: {problem}" for problem in done.warnings])


def void(ctx: Context, record_id: str, reason: str, *, by: str | None = None) -> Output:
    done = writing.void_record(ctx.plans, record_id, reason, by=by)
    said = f(
        "voided {rid} (record {vid} in {path})",
        ctx.lang,
        rid=getattr(done.record, "void", record_id),  # the full id, also for a prefix or 'last'
        vid=done.record.id,
        path=display_path(done.path),
    )
    return Output(said + "\n")
