"""The report as a Word document (.docx), which district offices exchange with Word or WPS.

Same content as the HTML report: the first page at a glance, then each plan by programme,
numeric targets in tables with their charts as pictures, milestones counted and listed.
"""

from __future__ import annotations

import io
from collections import Counter
from typing import Any

from targetctl.domain.model import Judged, Milestone, Plan
from targetctl.domain.problems import visible
from targetctl.domain.progress import band, goal_value
from targetctl.domain.report import GLANCE, ReportData, Row, at_a_glance
from targetctl.domain.vocabulary import STATUSES
from targetctl.render.common import goal
from targetctl.render.i18n import f as tf
from targetctl.render.i18n import t as tr
from targetctl.render.png import line_chart
from targetctl.render.status import due_text, expected_cell, percent_text, projection_text, value_text


def _text(value: object) -> str:
    """Text from a plan file as Word may hold it: control characters shown, never kept."""
    return visible(str(value)).replace("\\u000a", " ")


def render_docx(data: ReportData, lang: str = "en") -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    style: Any = doc.styles["Normal"]
    style.font.size = Pt(10.5)
    style.font.name = "Microsoft YaHei" if lang == "zh" else "Calibri"

    doc.add_heading("目标任务进展报告" if lang == "zh" else "Target progress report", level=0)
    generated = data.generated.strftime("%Y-%m-%d %H:%M %Z").strip()
    doc.add_paragraph(f"{tr('as of', lang)} {data.report.day} · {tr('generated', lang)} {generated}")

    glance_title = tr("at a glance", lang)
    doc.add_heading(glance_title[:1].upper() + glance_title[1:], level=1)
    glance = doc.add_table(rows=1, cols=3 + len(GLANCE), style="Light Grid Accent 1")
    head = [tr("plan / programme", lang), tr("targets", lang), *[tr(s, lang) for s in GLANCE], tr("progress", lang)]
    for cell, text in zip(glance.rows[0].cells, head, strict=True):
        cell.text = text
    for row in at_a_glance(data, lang):
        cells = glance.add_row().cells
        cells[0].text = ("    " * row.depth) + _text(row.title)
        cells[1].text = str(row.targets)
        for cell, status in zip(cells[2:-1], GLANCE, strict=True):
            cell.text = str(row.counts.get(status, 0))
        cells[-1].text = "—" if row.progress is None else percent_text(row.progress)
    _widths(glance, [Cm(5.2)] + [Cm(1.35)] * (len(GLANCE) + 2))

    for sec in data.sections:
        doc.add_page_break()  # type: ignore[no-untyped-call]
        doc.add_heading(f"{_text(sec.plan.plan.title.get(lang))}", level=1)
        doc.add_paragraph(sec.plan.plan.id)
        for programme, depth, rows in sec.blocks:
            doc.add_heading(_text(programme.title.get(lang)), level=min(2 + depth, 4))
            numeric = [r for r in rows if not isinstance(r.progress.target, Milestone | Judged)]
            others = [r for r in rows if isinstance(r.progress.target, Milestone | Judged)]
            if numeric:
                _numeric_table(doc, sec.plan.plan, numeric, lang, Cm)
            if others:
                _others(doc, sec.plan.plan, others, lang)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _widths(table: Any, widths: list[Any]) -> None:
    """Fixed column widths: Word otherwise gives every column the same share."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid, which LibreOffice and WPS follow
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _numeric_table(doc: Any, plan: Plan, rows: list[Row], lang: str, cm: Any) -> None:
    names = ("target", "now / goal", "progress", "expected", "at this pace", "status")
    table = doc.add_table(rows=1, cols=len(names), style="Light Grid Accent 1")
    for cell, name in zip(table.rows[0].cells, names, strict=True):
        cell.text = tr(name, lang)
    for row in rows:
        p, t = row.progress, row.progress.target
        cells = table.add_row().cells
        cells[0].text = f"{_text(t.title.get(lang))}\n{t.id}"
        cells[1].text = f"{value_text(t, p.current, lang)} / {goal(t, lang)}"
        cells[2].text = "—" if p.fraction is None else percent_text(p.fraction)
        cells[3].text = expected_cell(plan, p, lang)
        cells[4].text = projection_text(p, lang, short=True)
        status = tr(p.status, lang)
        if p.judged:
            status += f"\n{tf('judged {rating}', lang, rating=tr(p.judged.rating, lang))}" + (
                " ≠" if p.disagrees else ""
            )
        cells[5].text = status
    _widths(table, [cm(5.5), cm(3), cm(1.7), cm(2.2), cm(2), cm(2.6)])
    for row in rows:
        t = row.progress.target
        numbers = [pt for pt in row.chart if isinstance(pt.actual, float | int) or pt.expected is not None]
        if not numbers:
            continue
        limits = band(t) if not isinstance(t, Milestone | Judged) else None
        picture = line_chart(
            [pt.expected for pt in row.chart],
            [float(pt.actual) if isinstance(pt.actual, float | int) else None for pt in row.chart],
            goal_value(t),
            (float(limits[0]), float(limits[1])) if limits else None,
        )
        doc.add_picture(io.BytesIO(picture), width=cm(14))
        first, last = row.chart[0].day, row.chart[-1].day
        doc.add_paragraph(
            tf(
                "{title}: actual (blue) against expected (grey, dashed), goal {goal} (green), {first} to {last}",
                lang,
                title=_text(t.title.get(lang)),
                goal=goal(t, lang),
                first=f"{first:%Y-%m}",
                last=f"{last:%Y-%m}",
            )
        )


def _others(doc: Any, plan: Plan, rows: list[Row], lang: str) -> None:
    counts = Counter(r.progress.status for r in rows)
    summary = ", ".join(f"{counts[s]} {tr(s, lang)}" for s in STATUSES if counts[s])
    doc.add_paragraph(f"{tr('milestones and principles', lang)}: {summary}")
    for r in rows:
        p, t = r.progress, r.progress.target
        mark = "☑" if p.status == "achieved" else "☐"
        state = tr(str(p.current), lang) if p.current is not None else tr(p.status, lang)
        doc.add_paragraph(
            f"{mark} {_text(t.title.get(lang))} ({t.id}) · {state} · {due_text(plan, t, lang)}", style="List Bullet"
        )
