"""The report as a Word document (.docx), which district offices exchange with Word or WPS.

The first page is read, not decoded: the as-of day, one paragraph in words, the table by
plan and programme with the lead units, then what needs attention (missed, behind, at
risk) with each lead unit, the expected value by now and the gap. Then each plan by
programme: numeric targets in a table (a header row repeated on every page, no row split)
with a chart for each target that has data, milestones and principles counted and listed.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from typing import Any

from targetctl.domain.kinds import rules
from targetctl.domain.model import Plan
from targetctl.domain.problems import xml_text
from targetctl.domain.progress import Progress, band, goal_value
from targetctl.domain.report import GLANCE, ReportData, Row, at_a_glance, needs_attention
from targetctl.domain.vocabulary import STATUSES
from targetctl.render.common import goal, unit_text
from targetctl.render.docx_format import keep_with_next, printable_rows, style_document
from targetctl.render.i18n import f as tf
from targetctl.render.i18n import t as tr
from targetctl.render.status import due_text, expected_cell, expected_text, percent_text, projection_text, value_text

PAGE_WIDTH_CM = 17.0  # A4 less 2 cm margins
TABLE_PT = 9.0
MIN_TITLE_CM = 4.0
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _text(value: object) -> str:
    """Any text as Word may hold it, on one line: the XML rule (`xml_text`) for every field,
    since python-docx refuses what XML cannot hold."""
    return xml_text(value).replace("\n", " ").replace("\t", " ")


NBHY = "\u2011"  # non-breaking hyphen
NBSP = "\u00a0"
_JOINED_HYPHEN = re.compile(r"(?<=[0-9A-Za-z])-(?=[0-9A-Za-z])")
_NUMBER_SPACE = re.compile(r"(?<=[0-9%])[ ](?=\S)|(?<=^[=≥≤<>≈~±≠])[ ](?=[0-9+−-])")
_BREAK = re.compile(r"[ \t]+|(?<=-)")


def display(text: str, *, value: bool = False) -> str:
    """The text as printed, never as stored: a hyphen inside an id or a date does not break
    (U+2011), and in a value cell neither does the space between a number and its unit or
    after the comparator (U+00A0); a Chinese range such as 1000亩-2000亩 keeps its own hyphen."""
    text = _JOINED_HYPHEN.sub(NBHY, text)
    if value:
        text = "\n".join(_NUMBER_SPACE.sub(NBSP, line) for line in text.split("\n"))
    return text


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
    style_document(doc, lang)
    normal: Any = doc.styles["Normal"]
    normal.font.size = Pt(12 if lang == "zh" else 10.5)

    doc.add_heading("目标任务进展报告" if lang == "zh" else "Target progress report", level=0)
    doc.add_paragraph(display(_text(_as_of_line(data, lang))))
    doc.add_paragraph(_text(summary_sentence(data, lang)))
    _glance(doc, data, lang)
    _attention(doc, data, lang)
    for sec in data.sections:
        doc.add_page_break()  # type: ignore[no-untyped-call]
        doc.add_heading(_text(sec.plan.plan.title.get(lang)), level=1)
        lead = sec.plan.plan.lead_unit
        doc.add_paragraph(display(_text(sec.plan.plan.id + (f" · {tr('lead unit', lang)} {lead}" if lead else ""))))
        for programme, depth, rows in sec.blocks:
            keep_with_next(doc.add_heading(_text(programme.title.get(lang)), level=min(2 + depth, 4)))
            numeric = [r for r in rows if rules(r.progress.target).numeric]
            others = [r for r in rows if not rules(r.progress.target).numeric]
            if numeric:
                _numeric_table(doc, sec.plan.plan, numeric, lang)
            if others:
                _others(doc, sec.plan.plan, others, lang)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _as_of_line(data: ReportData, lang: str) -> str:
    """The as-of day first, then when the report was made, in local time with its zone named."""
    when = data.generated
    offset = when.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else ""
    name = when.strftime("%Z")
    if name and not name.startswith(("UTC", "+", "-")):
        zone = f"{zone} {name}".strip()
    return f"{tr('as of', lang)} {data.report.day} · {tr('generated', lang)} {when:%Y-%m-%d %H:%M} {zone}".strip()


def summary_sentence(data: ReportData, lang: str) -> str:
    """'截至2020年11月30日，83项目标中，已完成6项，正常推进4项，…' in words, every status counted."""
    rollup, day = data.report.rollup, data.report.day
    counts = [(s, rollup.counts.get(s, 0)) for s in STATUSES if rollup.counts.get(s, 0)]
    if lang == "zh":
        parts = "，".join(f"{tr(s, lang)}{n}项" for s, n in counts)
        return f"截至{day.year}年{day.month}月{day.day}日，{rollup.targets}项目标中，{parts or '暂无目标'}。"
    parts = ", ".join(f"{n} {tr(s, lang)}" for s, n in counts)
    when = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"As of {when}, of {rollup.targets} targets: {parts}." if counts else f"As of {when}, there are no targets."


SIZES = (TABLE_PT, 8.0, 7.0)
"""Table font sizes, largest first: a table too wide for the page is set smaller before any
header word, number or id would have to break."""


def _widths(
    headers: list[str], rows: list[list[str]], fill: int, wrap: frozenset[int] = frozenset({1}), pt: float = TABLE_PT
) -> list[float]:
    """Column widths (cm) at `pt` points: no header word broken, no number, date or status
    wrapped, an id broken only after a hyphen. Columns in `wrap` (names of units) may wrap
    down to their header's longest word; what is left of the page goes to column `fill`,
    the titles, which takes at least what its longest word needs."""
    floor = [max(_word_width(line, pt) for line in h.splitlines() or [""]) for h in headers]
    need = [max([floor[i], *(_cell_width(row[i], pt) for row in rows)]) for i in range(len(headers))]
    # a unit's name wraps between its words, never inside a run of five Chinese characters
    # (工委组织部), which `_cell_width` already measures whole
    floor = [max(f, n) if i in wrap else n for i, (f, n) in enumerate(zip(floor, need, strict=True))]
    widths = list(need)
    room = PAGE_WIDTH_CM - max(MIN_TITLE_CM, need[fill])
    others = sum(widths) - widths[fill]
    if others > room:  # too wide: the wrapping columns give way first, down to their floor
        spare = sum(w - f for i, (w, f) in enumerate(zip(widths, floor, strict=True)) if i != fill)
        cut = min(1.0, (others - room) / spare) if spare else 0.0
        widths = [w if i == fill else w - (w - f) * cut for i, (w, f) in enumerate(zip(widths, floor, strict=True))]
    widths[fill] = max(
        need[fill] if need[fill] < PAGE_WIDTH_CM / 2 else 0.0, PAGE_WIDTH_CM - (sum(widths) - widths[fill])
    )
    return [round(w, 2) for w in widths]


def fit(headers: list[str], rows: list[list[str]], fill: int = 0) -> tuple[list[float], float]:
    """The widths and the largest font size at which the table fits the page as `_widths` lays it out."""
    for pt in SIZES:
        widths = _widths(headers, rows, fill, pt=pt)
        if sum(widths) <= PAGE_WIDTH_CM + 0.01:
            return widths, pt
    return widths, SIZES[-1]


def _width(text: str, pt: float = TABLE_PT) -> float:
    wide = sum(1 for ch in text if ord(ch) > 0x2E7F)
    # 0.62 em a Latin letter: LibreOffice's stand-ins for Calibri (DejaVu Sans) are wider than Calibri
    return (wide * 1.0 + (len(text) - wide) * 0.62) * pt * 0.03528 * 1.15 + 0.45


def _word_width(header: str, pt: float = TABLE_PT) -> float:
    """The width of the header's longest word (a run of Chinese counts as one word; a
    hyphenated English word may break after its hyphen)."""
    return max(_width(word, pt) for word in _BREAK.split(header.strip()) or [""])


def header_text(text: str) -> str:
    """A Chinese header of four or more characters over two lines at its first two-character
    word (正常/推进, 逾期/未完成), so that narrow number columns never break one elsewhere."""
    if len(text) >= 4 and all(ord(ch) > 0x2E7F for ch in text):
        return f"{text[:2]}\n{text[2:]}"
    return text


def _cell_width(text: str, pt: float = TABLE_PT) -> float:
    """The width a value needs not to wrap: each line's words, a Chinese run up to 5 characters."""
    need = 0.0
    for line in text.splitlines():
        for word in _BREAK.split(line.strip()):
            joined = NBSP in word or NBHY in word  # a number with its unit, an id: never broken
            chinese = any(ord(ch) > 0x2E7F for ch in word) and not joined
            need = max(need, _width(word[:5], pt) if chinese else _width(word, pt))
    return need


def _table(doc: Any, headers: list[str], rows: list[list[str]], numeric: set[int]) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    # every cell through the XML rule, whatever it holds (a unit's label, a stage name)
    headers = [display(xml_text(h)) for h in headers]
    rows = [[display(xml_text(v), value=i in numeric) for i, v in enumerate(r)] for r in rows]
    widths, pt = fit(headers, rows)
    table = doc.add_table(rows=1, cols=len(headers), style="Table Grid")
    table.autofit = False
    for values in [headers, *rows]:
        cells = table.rows[0].cells if values is headers else table.add_row().cells
        for index, (cell, value) in enumerate(zip(cells, values, strict=True)):
            cell.text = value
            for paragraph in cell.paragraphs:
                if index in numeric:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                for run in paragraph.runs:
                    run.font.size = Pt(pt)
                    run.font.bold = values is headers or None
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)  # the grid, which LibreOffice and WPS follow
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
    printable_rows(table)
    return table


def _glance(doc: Any, data: ReportData, lang: str) -> None:
    title = tr("at a glance", lang)
    keep_with_next(doc.add_heading(title[:1].upper() + title[1:], level=1))
    headers = [
        tr("plan / programme", lang),
        tr("lead unit", lang),
        tr("targets", lang),
        *[header_text(tr(s, lang)) for s in GLANCE],
        tr("progress", lang),
    ]
    rows = []
    for row in at_a_glance(data, lang):
        rows.append(
            [
                ("    " * row.depth) + _text(row.title),
                "、".join(_text(u) for u in row.lead_units) or "—",
                str(row.targets),
                *[str(row.counts.get(status, 0)) for status in GLANCE],
                "—" if row.progress is None else percent_text(row.progress),
            ]
        )
    _table(doc, headers, rows, set(range(2, len(headers))))


def _attention(doc: Any, data: ReportData, lang: str) -> None:
    found = needs_attention(data)
    keep_with_next(doc.add_heading(tr("needs attention", lang), level=1))
    if not found:
        doc.add_paragraph(tr("no target is missed, behind or at risk", lang))
        return
    headers = [tr(h, lang) for h in ("target", "lead unit", "status", "now", "expected", "gap")]
    rows = []
    for item in found:
        p, t = item.progress, item.progress.target
        gap = "—" if item.gap is None or item.gap <= 0 else expected_text(t, item.gap, lang)
        rows.append(
            [
                f"{_text(t.title.get(lang))}\n{t.id}",
                _text(item.lead_unit) if item.lead_unit else "—",
                _status(p, lang),
                _current(p, lang),
                expected_text(t, p.expected, lang) if p.expected_shown else "—",
                gap,
            ]
        )
    _table(doc, headers, rows, {3, 4, 5})


def _status(p: Progress, lang: str) -> str:
    text = tr(p.status, lang)
    if p.judged:
        text += f"\n{tf('status.judged', lang, rating=tr(p.judged.rating, lang))}" + (" ≠" if p.disagrees else "")
    if p.overdue:
        text += "\n" + tr("report overdue", lang)
    return text


def _current(p: Progress, lang: str) -> str:
    return tr("no-data", lang) if p.current is None else value_text(p.target, p.current, lang)


def _numeric_table(doc: Any, plan: Plan, rows: list[Row], lang: str) -> None:
    from docx.shared import Cm

    names = ("target", "lead unit", "now", "goal", "progress", "expected", "at this pace", "status")
    headers = [tr(n, lang) for n in names]
    body = []
    for row in rows:
        p, t = row.progress, row.progress.target
        lead = t.lead_unit or plan.lead_unit
        body.append(
            [
                f"{_text(t.title.get(lang))}\n{t.id}",
                _text(lead) if lead else "—",
                _current(p, lang),
                goal(t, lang),
                "—" if p.fraction is None else percent_text(p.fraction),
                expected_cell(plan, p, lang),
                projection_text(p, lang, short=True),
                _status(p, lang),
            ]
        )
    _table(doc, headers, body, {2, 3, 4, 5, 6})
    for row in rows:
        picture = _chart(row, lang)
        if picture is None:
            continue
        doc.add_picture(io.BytesIO(picture), width=Cm(15))
        t = row.progress.target
        first, last = row.chart[0].day, row.chart[-1].day
        caption = tf(
            "docx.chart_caption",
            lang,
            title=_text(t.title.get(lang)),
            goal=goal(t, lang),
            first=f"{first:%Y-%m}",
            last=f"{last:%Y-%m}",
        )
        doc.add_paragraph(display(_text(caption)))


def _chart(row: Row, lang: str) -> bytes | None:
    """The target's chart, or None when it has no reported value (its row says so instead)."""
    from targetctl.render.chart import ChartSpec, chart_png, has_data

    p, t = row.progress, row.progress.target
    actual = [float(pt.actual) if isinstance(pt.actual, float | int) else None for pt in row.chart]
    if not row.chart or not has_data(actual) or not rules(t).numeric:
        return None
    limits = band(t)
    projection = None
    if p.projection is not None:  # only a quantity to reach is projected (`progress.project`)
        projection = (p.projection.due, p.projection.at_due)
    return chart_png(
        ChartSpec(
            days=[pt.day for pt in row.chart],
            expected=[pt.expected for pt in row.chart],
            actual=actual,
            unit=_text(unit_text(t, lang)),
            goal=goal_value(t),
            goal_label=_text(f"{tr('goal', lang)} {goal(t, lang)}"),
            band=(float(limits[0]), float(limits[1])) if limits else None,
            projection=projection,
            labels=(tr("actual", lang), tr("expected", lang), tr("at this pace", lang)),
        )
    )


def _others(doc: Any, plan: Plan, rows: list[Row], lang: str) -> None:
    counts = Counter(r.progress.status for r in rows)
    parts = [tf("report.count", lang, n=counts[s], status=tr(s, lang)) for s in STATUSES if counts[s]]
    summary = ("，" if lang == "zh" else ", ").join(parts)
    doc.add_paragraph(_text(tf("report.others", lang, label=tr("milestones and principles", lang), counts=summary)))
    for r in rows:
        p, t = r.progress, r.progress.target
        mark = "☑" if p.status == "achieved" else "☐"
        state = tr(str(p.current), lang) if p.current is not None else tr(p.status, lang)
        lead = f" · {tr('lead unit', lang)} {_text(t.lead_unit)}" if t.lead_unit else ""
        doc.add_paragraph(
            display(_text(f"{mark} {t.title.get(lang)} ({t.id}) · {state} · {due_text(plan, t, lang)}{lead}")),
            style="List Bullet",
        )
