"""Render a ReportData as Markdown or as one standalone HTML file, through Jinja2."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from targetctl.domain.kinds import rules
from targetctl.domain.problems import xml_text
from targetctl.domain.progress import ChartPoint, band, goal_value
from targetctl.domain.report import GLANCE, ReportData, Row, at_a_glance
from targetctl.domain.vocabulary import STATUSES, Status
from targetctl.render.common import goal
from targetctl.render.i18n import f as tf
from targetctl.render.i18n import t as tr
from targetctl.render.status import STYLE, bar, due_text, expected_cell, percent_text, projection_text, value_text

COLOURS = {
    "achieved": "#1a7f37",
    "on-track": "#2da44e",
    "at-risk": "#bf8700",
    "behind": "#cf222e",
    "missed": "#a40e26",
    "not-started": "#6e7781",
    "no-data": "#8c959f",
}


# Markdown's inline syntax: with each of these shown literally, no text makes a link, an
# image, HTML, an entity, code, emphasis or a table cell (CommonMark: any ASCII punctuation
# may be escaped with a backslash)
_MD_SYNTAX = re.compile(r"([\\`*_\[\]<>&|~#])")


def md_text(value: object) -> str:
    """Any text as the Markdown report shows it: literally, on one line. The one rule for every
    field of that report, applied to every value the template prints."""
    return _MD_SYNTAX.sub(r"\\\1", xml_text(value).replace("\r", " ").replace("\n", " "))


def _md_field(value: object) -> object:
    return value if isinstance(value, Markup) else md_text(value)


def _env(fmt: str) -> Environment:
    return Environment(
        loader=PackageLoader("targetctl", "templates"),
        autoescape=select_autoescape(["html.j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_md_field if fmt == "md" else None,
    )


def svg_chart(
    points: list[ChartPoint],
    goal_line: float | None,
    label: str,
    width: int = 420,
    height: int = 150,
    *,
    goal_text: str = "",
    band: tuple[float, float] | None = None,
    projection: tuple[float, float] | None = None,
    legend: tuple[str, str, str] = ("actual", "expected", "at this pace"),
) -> Markup:
    """Actual (solid) against expected (dashed) by month end, with the goal as a labelled line,
    a band for ranges, the projection at the current pace (dotted) and a legend. `projection`
    is (value at the due date, how many months past the last point the due date is)."""
    numbers = [v for p in points for v in (p.expected, p.actual) if isinstance(v, int | float)]
    numbers += [goal_line] if goal_line is not None else []
    numbers += list(band) if band else []
    numbers += [projection[0]] if projection else []
    if not points or not numbers:
        return Markup("")
    top, bottom = max(0.0, *numbers), min(0.0, *numbers)  # zero always shows: a fall is drawn below its axis
    span = (top - bottom) or 1.0
    left, pad, n = 44, 22, len(points)
    extra = projection[1] if projection else 0.0
    steps = max(1.0, n - 1 + extra)

    def x(i: float) -> float:
        return left + i * (width - left - pad) / steps

    def y(v: float) -> float:
        return height - pad - 14 - (v - bottom) / span * (height - 2 * pad - 14)

    def line(values: list[tuple[int, float]]) -> str:
        return " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in values)

    expected = [(i, p.expected) for i, p in enumerate(points) if isinstance(p.expected, int | float)]
    actual = [(i, float(p.actual)) for i, p in enumerate(points) if isinstance(p.actual, int | float)]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{html.escape(label)}">',
    ]
    if band:
        parts.append(
            f'<rect x="{left}" y="{y(band[1]):.1f}" width="{width - left - pad}" '
            f'height="{max(1.0, y(band[0]) - y(band[1])):.1f}" class="band"/>'
        )
    parts += [
        f'<line x1="{left}" y1="{y(0.0):.1f}" x2="{width - pad}" y2="{y(0.0):.1f}" class="axis"/>',
        f'<line x1="{left}" y1="{y(top):.1f}" x2="{left}" y2="{y(bottom):.1f}" class="axis"/>',
        f'<text x="{left - 4}" y="{y(top) + 4:.1f}" class="label end">{_tick(top)}</text>',
        f'<text x="{left - 4}" y="{y(bottom):.1f}" class="label end">{_tick(bottom)}</text>',
    ]
    if goal_line is not None:
        parts.append(
            f'<line x1="{left}" y1="{y(goal_line):.1f}" x2="{width - pad}" y2="{y(goal_line):.1f}" class="goal"/>'
        )
        text = html.escape(goal_text or f"{goal_line:g}")
        parts.append(f'<text x="{width - pad}" y="{y(goal_line) - 3:.1f}" class="label end goal-label">{text}</text>')
    if expected:
        parts.append(f'<polyline points="{line(expected)}" class="expected"/>')
    if actual:
        parts.append(f'<polyline points="{line(actual)}" class="actual"/>')
        parts += [f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="2.5" class="actual"/>' for i, v in actual]
        if projection:
            last_i, last_v = actual[-1]
            end = (n - 1 + extra, projection[0])
            parts.append(
                f'<line x1="{x(last_i):.1f}" y1="{y(last_v):.1f}" x2="{x(end[0]):.1f}" y2="{y(end[1]):.1f}" '
                'class="projection"/>'
            )
    first, last = points[0].day.strftime("%Y-%m"), points[-1].day.strftime("%Y-%m")
    base = height - 20
    parts.append(f'<text x="{left}" y="{base}" class="label">{first}</text>')
    parts.append(f'<text x="{x(n - 1):.1f}" y="{base}" class="label end">{last}</text>')
    keys = [("actual", legend[0]), ("expected", legend[1])] + ([("projection", legend[2])] if projection else [])
    cursor = left
    for css, words in keys:
        parts.append(f'<line x1="{cursor}" y1="{height - 6}" x2="{cursor + 16}" y2="{height - 6}" class="{css}"/>')
        parts.append(f'<text x="{cursor + 20}" y="{height - 3}" class="label">{html.escape(words)}</text>')
        cursor += 28 + 7 * len(words)
    parts.append("</svg>")
    return Markup("".join(parts))


def _tick(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.4g}"


def _context(data: ReportData, lang: str) -> dict[str, Any]:
    report = data.report
    sections = []
    for section in data.sections:
        blocks = []
        for programme, depth, rows in section.blocks:
            items = []
            for row in rows:
                p, t = row.progress, row.progress.target
                items.append(
                    {
                        "id": t.id,
                        "title": t.title.get(lang),
                        "milestone": not rules(t).numeric,
                        "done": p.current == "done",
                        "state": tr(str(p.current), lang) if p.current is not None else tr("no-data", lang),
                        "now": value_text(t, p.current, lang),
                        "goal": goal(t, lang),
                        "bar": bar(p.fraction),
                        "percent": None if p.fraction is None else min(100.0, p.fraction * 100),
                        "expected": expected_cell(section.plan.plan, p, lang),
                        "status": p.status,
                        "status_text": tr(p.status, lang),
                        "judged": tr(p.judged.rating, lang) if p.judged else "",
                        "disagrees": p.disagrees,
                        "pace": projection_text(p, lang),
                        "updated": str(p.last_update or "—"),
                        "due": due_text(section.plan.plan, t, lang),
                        "chart": _chart(row, lang),
                    }
                )
            others = Counter(str(r["status_text"]) for r in items if r["milestone"])
            blocks.append(
                {
                    "title": programme.title.get(lang),
                    "depth": depth,
                    "rows": items,
                    "milestone_counts": _others(others, lang),
                }
            )
        rollup = section.plan.rollup
        sections.append(
            {
                "id": section.plan.plan.id,
                "title": section.plan.plan.title.get(lang),
                "summary": _counts(rollup.counts, lang),
                "progress": None if rollup.progress is None else rollup.progress * 100,
                "blocks": blocks,
            }
        )
    return {
        "lang": lang,
        "t": lambda text: tr(text, lang),
        "heading": "目标任务进展报告" if lang == "zh" else "Target progress report",
        "as_of": "截至" if lang == "zh" else "As of",
        "day": str(report.day),
        "generated": data.generated.strftime("%Y-%m-%d %H:%M %Z").strip(),
        "glance": at_a_glance(data, lang),
        "glance_columns": [tr(s, lang) for s in GLANCE],
        "glance_statuses": GLANCE,
        "percent": percent_text,
        "indent": lambda depth: Markup("&nbsp;" * 4 * depth),  # the programme's depth, shown
        "summary": _counts(report.rollup.counts, lang),
        "total": report.rollup.targets,
        "size": tf("status.n_targets", lang, n=report.rollup.targets),
        "overall": _overall(report.rollup.progress, lang),
        "progress": None if report.rollup.progress is None else report.rollup.progress * 100,
        "sections": sections,
        "colours": COLOURS,
        "styles": STYLE,
    }


def _others(counts: Counter[str], lang: str) -> str:
    """'milestones and principles: 1 in-progress, 2 no-data' (里程碑与原则性任务：推进中1项，暂无数据2项)."""
    parts = [tf("report.count", lang, n=n, status=text) for text, n in counts.items()]
    summary = ("，" if lang == "zh" else ", ").join(parts)
    return tf("report.others", lang, label=tr("milestones and principles", lang), counts=summary)


def _overall(progress: float | None, lang: str) -> str:
    return "" if progress is None else tf("report.overall", lang, share=f"{progress * 100:.0f}%")


def _chart(row: Row, lang: str) -> Markup:
    p, t = row.progress, row.progress.target
    if not rules(t).numeric:
        return Markup("")
    limits = band(t)
    projection = None
    if p.projection is not None and row.chart:
        months = max(0.0, (p.projection.due - row.chart[-1].day).days / 30.44)
        projection = (p.projection.at_due, months)
    return svg_chart(
        row.chart,
        goal_value(t),
        t.title.get(lang),
        goal_text=goal(t, lang),
        band=(float(limits[0]), float(limits[1])) if limits else None,
        projection=projection,
        legend=(tr("actual", lang), tr("expected", lang), tr("at this pace", lang)),
    )


def _counts(counts: Mapping[Status, int], lang: str) -> list[dict[str, Any]]:
    return [{"status": s, "text": tr(s, lang), "n": counts.get(s, 0)} for s in STATUSES]


def render(data: ReportData, fmt: str, lang: str = "en") -> str:
    template = _env(fmt).get_template(f"report.{fmt}.j2")
    return xml_text(template.render(**_context(data, lang)))  # no escape code from any text reaches the reader
