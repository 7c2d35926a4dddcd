"""`report`: a progress report as Markdown, one HTML file, or a Word document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from targetctl import workspace
from targetctl.commands import Context, Output
from targetctl.domain.report import ReportData, report_data
from targetctl.io.files import write_atomic
from targetctl.render.docx import render_docx
from targetctl.render.formats import Renderers
from targetctl.render.report import render


def build_report(root: workspace.Roots, day: dt.date, plan: str | None, generated: dt.datetime) -> ReportData:
    """The report as of `day`, made at `generated`."""
    ws = workspace.load(root, as_of=day, history=True)
    return report_data([lp.plan for lp in ws.plans], ws.ledger, day, plan, generated)


RENDERERS: Renderers[ReportData, str | bytes] = Renderers("report")
RENDERERS.register("md")(lambda data, screen: render(data, "md", screen.lang))
RENDERERS.register("html")(lambda data, screen: render(data, "html", screen.lang))
RENDERERS.register("docx")(lambda data, screen: render_docx(data, screen.lang))


def run(ctx: Context, fmt: str, day: dt.date | None, plan: str | None, output: Path | None) -> Output:
    """The report as of `day` (default: the context's today)."""
    made = RENDERERS.render(fmt, build_report(ctx.plans, day or ctx.today, plan, ctx.now), ctx)
    if isinstance(made, bytes):  # a Word document: the command line asks for a file first
        assert output is not None
        write_atomic(output, made)
        return Output()
    if output is None:
        return Output(made)
    write_atomic(output, made.encode("utf-8"))
    return Output()
