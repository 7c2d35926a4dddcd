"""`report`: a progress report as Markdown, one HTML file, or a Word document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from targetctl import workspace
from targetctl.commands import Context, Output
from targetctl.domain.report import ReportData, report_data
from targetctl.io import clock
from targetctl.io.files import write_atomic
from targetctl.render.docx import render_docx
from targetctl.render.report import render


def build_report(root: Path, day: dt.date, plan: str | None = None, generated: dt.datetime | None = None) -> ReportData:
    """The report as of `day`, made at `generated` (default: now)."""
    ws = workspace.load(root, as_of=day, history=True)
    return report_data([lp.plan for lp in ws.plans], ws.ledger, day, plan, generated or clock.now())


def run(ctx: Context, fmt: str, day: dt.date | None, plan: str | None, output: Path | None) -> Output:
    """The report as of `day` (default: the context's today)."""
    data = build_report(ctx.plans, day or ctx.today, plan, ctx.now)
    if fmt == "docx":
        assert output is not None
        write_atomic(output, render_docx(data, ctx.lang))
        return Output()
    text = render(data, fmt, ctx.lang)
    if output is None:
        return Output(text)
    write_atomic(output, text.encode("utf-8"))
    return Output()
