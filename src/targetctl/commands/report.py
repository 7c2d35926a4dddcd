"""`report`: a progress report as Markdown, one HTML file, or a Word document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from targetctl import workspace
from targetctl.commands import Context, Output
from targetctl.domain.report import ReportData, report_data
from targetctl.io.files import write_atomic
from targetctl.render.docx import render_docx
from targetctl.render.report import render


def build_report(root: workspace.Roots, day: dt.date, plan: str | None = None) -> ReportData:
    ws = workspace.load(root, as_of=day, history=True)
    generated = dt.datetime.now(dt.timezone.utc).astimezone().replace(microsecond=0)
    return report_data([lp.plan for lp in ws.plans], ws.ledger, day, plan, generated)


def run(ctx: Context, fmt: str, day: dt.date, plan: str | None, output: Path | None) -> Output:
    data = build_report(ctx.plans, day, plan)
    if fmt == "docx":
        assert output is not None
        write_atomic(output, render_docx(data, ctx.lang))
        return Output()
    text = render(data, fmt, ctx.lang)
    if output is None:
        return Output(text)
    write_atomic(output, text.encode("utf-8"))
    return Output()
