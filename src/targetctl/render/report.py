"""Render a ReportData as Markdown or as one standalone HTML file, through Jinja2."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from targetctl.i18n import t as tr
from targetctl.model import Milestone
from targetctl.names import STATUSES, Status
from targetctl.progress import ChartPoint, goal_value
from targetctl.render.common import goal
from targetctl.render.status import STYLE, bar, value_text
from targetctl.reporting import ReportData

COLOURS = {
    "achieved": "#1a7f37",
    "on-track": "#2da44e",
    "at-risk": "#bf8700",
    "behind": "#cf222e",
    "missed": "#a40e26",
    "not-started": "#6e7781",
    "no-data": "#8c959f",
}


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("targetctl", "templates"),
        autoescape=select_autoescape(["html.j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = lambda text: str(text).replace("|", "\\|").replace("\n", " ").replace("\r", " ")
    return env


def svg_chart(
    points: list[ChartPoint], goal_line: float | None, label: str, width: int = 420, height: int = 140
) -> Markup:
    """Actual (solid) against expected (dashed) by month end, with the goal as a line."""
    numbers = [v for p in points for v in (p.expected, p.actual) if isinstance(v, int | float)]
    numbers += [goal_line] if goal_line is not None else []
    if not points or not numbers:
        return Markup("")
    top, bottom = max(numbers), min(0.0, *numbers)
    span = (top - bottom) or 1.0
    pad, n = 28, len(points)

    def x(i: int) -> float:
        return pad + i * (width - 2 * pad) / max(1, n - 1)

    def y(v: float) -> float:
        return height - pad - (v - bottom) / span * (height - 2 * pad)

    def line(values: list[tuple[int, float]]) -> str:
        return " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in values)

    expected = [(i, p.expected) for i, p in enumerate(points) if isinstance(p.expected, int | float)]
    actual = [(i, float(p.actual)) for i, p in enumerate(points) if isinstance(p.actual, int | float)]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{html.escape(label)}">',
        f'<line x1="{pad}" y1="{y(bottom):.1f}" x2="{width - pad}" y2="{y(bottom):.1f}" class="axis"/>',
    ]
    if goal_line is not None:
        parts.append(
            f'<line x1="{pad}" y1="{y(goal_line):.1f}" x2="{width - pad}" y2="{y(goal_line):.1f}" class="goal"/>'
        )
        parts.append(f'<text x="{width - pad}" y="{y(goal_line) - 3:.1f}" class="label end">{goal_line:g}</text>')
    if expected:
        parts.append(f'<polyline points="{line(expected)}" class="expected"/>')
    if actual:
        parts.append(f'<polyline points="{line(actual)}" class="actual"/>')
        parts += [f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="2.5" class="actual"/>' for i, v in actual]
    first, last = points[0].day.strftime("%Y-%m"), points[-1].day.strftime("%Y-%m")
    parts.append(f'<text x="{pad}" y="{height - 8}" class="label">{first}</text>')
    parts.append(f'<text x="{width - pad}" y="{height - 8}" class="label end">{last}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


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
                        "milestone": isinstance(t, Milestone),
                        "done": p.current == "done",
                        "state": tr(str(p.current), lang) if p.current is not None else tr("no-data", lang),
                        "now": value_text(t, p.current, lang),
                        "goal": goal(t, lang),
                        "bar": bar(p.fraction),
                        "percent": None if p.fraction is None else min(100.0, p.fraction * 100),
                        "expected": "—" if isinstance(t, Milestone) else value_text(t, p.expected, lang),
                        "status": p.status,
                        "status_text": tr(p.status, lang),
                        "judged": tr(p.judged.rating, lang) if p.judged else "",
                        "updated": str(p.last_update or "—"),
                        "due": str(section.plan.plan.due(t)),
                        "chart": svg_chart(row.chart, goal_value(t), t.title.get(lang)),
                    }
                )
            blocks.append({"title": programme.title.get(lang), "depth": depth, "rows": items})
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
        "generated": data.generated.isoformat(),
        "summary": _counts(report.rollup.counts, lang),
        "total": report.rollup.targets,
        "progress": None if report.rollup.progress is None else report.rollup.progress * 100,
        "sections": sections,
        "colours": COLOURS,
        "styles": STYLE,
    }


def _counts(counts: Mapping[Status, int], lang: str) -> list[dict[str, Any]]:
    return [{"status": s, "text": tr(s, lang), "n": counts.get(s, 0)} for s in STATUSES]


def render(data: ReportData, fmt: str, lang: str = "en") -> str:
    template = _env().get_template(f"report.{fmt}.j2")
    return template.render(**_context(data, lang))
