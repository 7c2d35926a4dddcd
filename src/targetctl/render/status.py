"""Status as Rich tables, one line, or a stable JSON document."""

from __future__ import annotations

import json
from typing import Any

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from targetctl.model import Growth, Milestone, Quantity, Range, Ratio, Target
from targetctl.names import STATUSES
from targetctl.progress import Progress, Rollup
from targetctl.render.common import goal, literal, number
from targetctl.status import StatusReport
from targetctl.units import unit_label

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


def value_text(target: Target, value: float | str | None, lang: str = "en") -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(target, Growth | Ratio):
        return f"{value:+g}%"
    if isinstance(target, Quantity | Range):
        return f"{number(value)} {unit_label(target.unit, lang)}"
    return number(value)  # pragma: no cover - milestones hold states


def bar(fraction: float | None) -> str:
    if fraction is None:
        return "—"
    filled = round(min(1.0, fraction) * BAR)
    return "█" * filled + "░" * (BAR - filled) + f" {fraction * 100:.0f}%"


def rollup_text(rollup: Rollup) -> str:
    parts = [f"{n} {s}" for s, n in rollup.counts.items() if n]
    share = f"{rollup.progress * 100:.0f}%" if rollup.progress is not None else "—"
    return f"{rollup.targets} targets: " + ", ".join(parts) + f"; overall {share}"


def status_cell(p: Progress) -> Text:
    cell = Text(p.status, style=STYLE[p.status])
    if p.judged:
        cell.append(f"\njudged {p.judged.rating}", style=RATING_STYLE[p.judged.rating])
        if p.disagrees:
            cell.append(" ≠", style="bold yellow")
    if p.overdue:
        cell.append("\nreport overdue", style="bold magenta")
    return cell


def status_line(p: Progress, lang: str = "en") -> str:
    """One line for after `record`: id, value vs goal, status."""
    t = p.target
    current = value_text(t, p.current, lang)
    parts = [f"{t.id}: {current} (goal {goal(t, lang)})", bar(p.fraction), p.status]
    if p.expected is not None:
        parts.insert(2, f"expected {value_text(t, p.expected, lang)}")
    return "  ".join(parts)


def _row(table: Table, p: Progress, depth: int, lang: str, compact: bool) -> None:
    t = p.target
    title = Text("  " * depth) + literal(t.title.get(lang))
    title.append(f"\n{'  ' * depth}{t.id}", style="dim cyan")
    updated = str(p.last_update) if p.last_update else "—"
    if p.provisional:
        updated += " (provisional)"
    expected = "—" if isinstance(t, Milestone) else value_text(t, p.expected, lang)
    now = f"{value_text(t, p.current, lang)} / {goal(t, lang)}"
    if compact:
        progress = bar(p.fraction) + ("" if isinstance(t, Milestone | Range) else f"\nexp. {expected}")
        state = status_cell(p).append(f"\n{updated}", style="dim")
        table.add_row(title, now, progress, state)
    else:
        table.add_row(title, now, bar(p.fraction), expected, status_cell(p), updated)


def _table(title: Text, caption: str, compact: bool) -> Table:
    table = Table(title=title, caption=caption, show_lines=False)
    table.add_column("target", overflow="fold", ratio=3, min_width=12)
    table.add_column("now / goal", overflow="fold", ratio=2, min_width=8)
    table.add_column("progress", no_wrap=True)
    if not compact:
        table.add_column("expected", overflow="fold", min_width=6)
    table.add_column("status", overflow="fold", min_width=8)
    if not compact:
        table.add_column("updated", no_wrap=True)
    return table


def status_tables(report: StatusReport, lang: str = "en", width: int = 100) -> list[RenderableType]:
    """One table per plan, grouped by programme; below 110 columns a compact layout."""
    compact = width < 110
    out: list[RenderableType] = []
    for ps in report.plans:
        title = Text.assemble((ps.plan.id, "bold"), "  ", literal(ps.plan.title.get(lang)))
        table = _table(title, rollup_text(ps.rollup), compact)
        for block in ps.blocks:
            heading = Text("  " * block.depth) + literal(block.programme.title.get(lang), "bold magenta")
            counts = Text("\n".join(f"{n} {s}" for s, n in block.rollup.counts.items() if n), style="dim")
            cells: list[RenderableType] = [heading, f"{block.rollup.targets} targets", bar(block.rollup.progress)]
            cells += [counts] if compact else ["", counts, ""]
            table.add_row(*cells)
            for p in block.targets:
                _row(table, p, block.depth + 1, lang, compact)
            table.add_section()
        out.append(table)
    out.append(Text(summary_line(report)))
    return out


def overview(report: StatusReport, lang: str = "en") -> list[RenderableType]:
    """One line per plan, for a workspace too large to list target by target."""
    table = Table(title=f"{len(report.plans)} plans, {report.rollup.targets} targets")
    table.add_column("plan", overflow="fold", ratio=2)
    table.add_column("targets", justify="right")
    table.add_column("progress", no_wrap=True)
    table.add_column("status", overflow="fold", ratio=2)
    for ps in report.plans:
        title = Text.assemble((ps.plan.id, "bold"), "\n", literal(ps.plan.title.get(lang)))
        counts = ", ".join(f"{n} {s}" for s, n in ps.rollup.counts.items() if n)
        table.add_row(title, str(ps.rollup.targets), bar(ps.rollup.progress), counts)
    hint = "Too many targets to list: one line per plan. Narrow with --plan, --programme, --status, or pass --all."
    return [table, Text(hint, style="dim"), Text(summary_line(report))]


def summary_line(report: StatusReport) -> str:
    return f"As of {report.day}: " + rollup_text(report.rollup)


def _rollup_json(rollup: Rollup) -> dict[str, Any]:
    return {"targets": rollup.targets, "progress": rollup.progress, "counts": dict(rollup.counts)}


def _goal_json(t: Target) -> dict[str, Any]:
    if isinstance(t, Quantity):
        return {"comparator": t.comparator, "value": t.value, "unit": t.unit}
    if isinstance(t, Range):
        return {"min": t.min, "max": t.max, "unit": t.unit}
    if isinstance(t, Growth | Ratio):
        return {"comparator": t.comparator, "percent": t.percent, "unit": "percent"}
    return {"states": ["not-started", "in-progress", *t.stages, "done"]}


def target_json(p: Progress, plan_id: str, due: str) -> dict[str, Any]:
    t = p.target
    judged = p.judged
    return {
        "id": t.id,
        "plan": plan_id,
        "programme": t.programme,
        "kind": t.kind,
        "title": {"zh": t.title.zh, "en": t.title.en},
        "goal": _goal_json(t),
        "lead_unit": t.lead_unit,
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
                    target_json(p, ps.plan.id, ps.plan.due(p.target).isoformat()) for b in ps.blocks for p in b.targets
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
