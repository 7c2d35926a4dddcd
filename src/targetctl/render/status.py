"""Status as Rich tables, one line, or a stable JSON document."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from targetctl.i18n import f as tf
from targetctl.i18n import t as tr
from targetctl.model import Growth, Milestone, Quantity, Range, Ratio, Share, Target
from targetctl.names import STATUSES
from targetctl.progress import Progress, Rollup
from targetctl.render.common import goal, label, literal, number
from targetctl.status import StatusReport

STYLE = {
    "achieved": "bold green",
    "on-track": "green",
    "at-risk": "yellow",
    "behind": "red",
    "missed": "bold red",
    "not-started": "dim",
    "no-data": "dim",
}
RATING_STYLE = {"green": "green", "amber": "yellow", "red": "red"}
BAR = 10


def value_text(target: Target, value: float | Decimal | str | None, lang: str = "en") -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(target, Growth | Ratio):
        return f"{value:+g}%"
    if isinstance(target, Share):
        return f"{value:g}%"
    if isinstance(target, Quantity | Range):
        return f"{number(value)}{label(target, lang)}"
    return number(value)  # pragma: no cover - milestones hold states


def bar(fraction: float | None) -> str:
    if fraction is None:
        return "—"
    filled = round(min(1.0, max(0.0, fraction)) * BAR)
    return "█" * filled + "░" * (BAR - filled) + f" {round(fraction * 100) or 0:.0f}%"


def counts_text(rollup: Rollup, lang: str, sep: str = ", ") -> str:
    return sep.join(f"{n} {tr(s, lang)}" for s, n in rollup.counts.items() if n)


def rollup_text(rollup: Rollup, lang: str = "en") -> str:
    share = f"{rollup.progress * 100:.0f}%" if rollup.progress is not None else "—"
    return tf(
        "{n} targets: {parts}; overall {share}", lang, n=rollup.targets, parts=counts_text(rollup, lang), share=share
    )


def status_cell(p: Progress, lang: str = "en") -> Text:
    cell = Text(tr(p.status, lang), style=STYLE[p.status])
    if p.judged:
        judged = tf("judged {rating}", lang, rating=tr(p.judged.rating, lang))
        cell.append("\n" + judged, style=RATING_STYLE[p.judged.rating])
        if p.disagrees:
            cell.append(" ≠", style="bold yellow")
    if p.overdue:
        cell.append("\n" + tr("report overdue", lang), style="bold magenta")
    return cell


def status_line(p: Progress, lang: str = "en") -> str:
    """One line for after `record`: id, value vs goal, status."""
    t = p.target
    current = value_text(t, p.current, lang)
    parts = [f"{t.id}: {current} ({tf('goal {goal}', lang, goal=goal(t, lang))})", bar(p.fraction), tr(p.status, lang)]
    if p.expected is not None:
        parts.insert(2, tf("expected {value}", lang, value=value_text(t, p.expected, lang)))
    return "  ".join(parts)


def _row(table: Table, p: Progress, depth: int, lang: str, compact: bool) -> None:
    t = p.target
    title = Text("  " * depth) + literal(t.title.get(lang))
    title.append(f"\n{'  ' * depth}{t.id}", style="dim cyan")
    updated = str(p.last_update) if p.last_update else "—"
    if p.provisional:
        updated += f" ({tr('provisional', lang)})"
    expected = "—" if isinstance(t, Milestone) else value_text(t, p.expected, lang)
    now = f"{value_text(t, p.current, lang)} / {goal(t, lang)}"
    if compact:
        progress = bar(p.fraction)
        if not isinstance(t, Milestone | Range):
            progress += f"\n{tr('exp.', lang)} {expected}"
        state = status_cell(p, lang).append(f"\n{updated}", style="dim")
        table.add_row(title, now, progress, state)
    else:
        table.add_row(title, now, bar(p.fraction), expected, status_cell(p, lang), updated)


def _table(title: Text, caption: str, compact: bool, lang: str) -> Table:
    table = Table(title=title, caption=caption, show_lines=False)
    table.add_column(tr("target", lang), overflow="fold", ratio=3, min_width=12)
    table.add_column(tr("now / goal", lang), overflow="fold", ratio=2, min_width=8)
    table.add_column(tr("progress", lang), no_wrap=True)
    if not compact:
        table.add_column(tr("expected", lang), overflow="fold", min_width=6)
    table.add_column(tr("status", lang), overflow="fold", min_width=8)
    if not compact:
        table.add_column(tr("updated", lang), no_wrap=True)
    return table


def status_tables(report: StatusReport, lang: str = "en", width: int = 100) -> list[RenderableType]:
    """One table per plan, grouped by programme; below 110 columns a compact layout."""
    compact = width < 110
    out: list[RenderableType] = []
    for ps in report.plans:
        title = Text.assemble((ps.plan.id, "bold"), "  ", literal(ps.plan.title.get(lang)))
        table = _table(title, rollup_text(ps.rollup, lang), compact, lang)
        for block in ps.blocks:
            heading = Text("  " * block.depth) + literal(block.programme.title.get(lang), "bold magenta")
            counts = Text(counts_text(block.rollup, lang, "\n"), style="dim")
            n_targets = tf("{n} targets", lang, n=block.rollup.targets)
            cells: list[RenderableType] = [heading, n_targets, bar(block.rollup.progress)]
            cells += [counts] if compact else ["", counts, ""]
            table.add_row(*cells)
            for p in block.targets:
                _row(table, p, block.depth + 1, lang, compact)
            table.add_section()
        out.append(table)
    out.append(Text(summary_line(report, lang)))
    return out


OVERVIEW_HINT = "Too many targets to list: one line per plan. Narrow with --plan, --programme, --status, or pass --all."


def overview(report: StatusReport, lang: str = "en") -> list[RenderableType]:
    """One line per plan, for a workspace too large to list target by target."""
    table = Table(title=tf("{plans} plans, {n} targets", lang, plans=len(report.plans), n=report.rollup.targets))
    table.add_column(tr("plan", lang), overflow="fold", ratio=2)
    table.add_column(tr("targets", lang), justify="right")
    table.add_column(tr("progress", lang), no_wrap=True)
    table.add_column(tr("status", lang), overflow="fold", ratio=2)
    for ps in report.plans:
        title = Text.assemble((ps.plan.id, "bold"), "\n", literal(ps.plan.title.get(lang)))
        table.add_row(title, str(ps.rollup.targets), bar(ps.rollup.progress), counts_text(ps.rollup, lang))
    return [table, Text(tf(OVERVIEW_HINT, lang), style="dim"), Text(summary_line(report, lang))]


def summary_line(report: StatusReport, lang: str = "en") -> str:
    return tf("As of {day}: {rest}", lang, day=report.day, rest=rollup_text(report.rollup, lang))


def _rollup_json(rollup: Rollup) -> dict[str, Any]:
    return {"targets": rollup.targets, "progress": rollup.progress, "counts": dict(rollup.counts)}


def _num(value: Decimal | None) -> int | float | None:
    """A plan's Decimal as a JSON number: 100 stays 100, 1.2 stays 1.2."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _goal_json(t: Target) -> dict[str, Any]:
    if isinstance(t, Quantity):
        out: dict[str, Any] = {"comparator": t.comparator, "value": _num(t.value), "unit": t.unit}
        return out | ({"tolerance": _num(t.tolerance)} if t.tolerance is not None else {})
    if isinstance(t, Range):
        return {"min": _num(t.min), "max": _num(t.max), "unit": t.unit}
    if isinstance(t, Growth):
        out = {"comparator": t.comparator, "percent": _num(t.percent), "unit": "percent"}
        if t.percent_max is not None:
            out["percent_max"] = _num(t.percent_max)
        if t.tolerance is not None:
            out["tolerance"] = _num(t.tolerance)
        if t.direction == "decrease" or t.annual:
            out |= {"direction": t.direction, "annual": t.annual, "base_year": t.base_year}
        return out
    if isinstance(t, Share | Ratio):
        out = {"comparator": t.comparator, "percent": _num(t.percent), "unit": "percent"}
        return out | ({"tolerance": _num(t.tolerance)} if t.tolerance is not None else {})
    if isinstance(t, Milestone):
        return {"states": ["not-started", "in-progress", *t.stages, "done"]}
    return {"judged": True}


def target_json(p: Progress, plan_id: str, due: str, plan_lead: str | None = None) -> dict[str, Any]:
    t = p.target
    judged = p.judged
    return {
        "id": t.id,
        "plan": plan_id,
        "programme": t.programme,
        "kind": t.kind,
        "title": {"zh": t.title.zh, "en": t.title.en},
        "goal": _goal_json(t),
        "lead_unit": t.lead_unit or plan_lead,
        "due": due,
        "current": p.current,
        "expected": p.expected,
        "progress": p.fraction,
        "status": p.status,
        "last_update": p.last_update.isoformat() if p.last_update else None,
        "provisional": p.provisional,
        "overdue": p.overdue,
        "judged": None
        if judged is None
        else {"rating": judged.rating, "reason": judged.reason, "by": judged.by, "as_of": judged.as_of.isoformat()},
        "disagrees": p.disagrees,
    }


def status_json(report: StatusReport) -> str:
    plans = []
    for ps in report.plans:
        plans.append(
            {
                "id": ps.plan.id,
                "title": {"zh": ps.plan.title.zh, "en": ps.plan.title.en},
                "summary": _rollup_json(ps.rollup),
                "programmes": [
                    {
                        "id": b.programme.id,
                        "title": {"zh": b.programme.title.zh, "en": b.programme.title.en},
                        "depth": b.depth,
                        "summary": _rollup_json(b.rollup),
                    }
                    for b in ps.blocks
                ],
                "targets": [
                    target_json(p, ps.plan.id, ps.plan.due(p.target).isoformat(), ps.plan.lead_unit)
                    for b in ps.blocks
                    for p in b.targets
                ],
            }
        )
    doc = {
        "format": "targetctl.status/1",
        "as_of": report.day.isoformat(),
        "statuses": list(STATUSES),
        "summary": _rollup_json(report.rollup),
        "plans": plans,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
