"""Status as Rich tables, one line, or a stable JSON document."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from targetctl.domain.kinds import rules
from targetctl.domain.model import Plan, Target
from targetctl.domain.problems import json_safe
from targetctl.domain.progress import ChartPoint, Progress, Rollup, sign
from targetctl.domain.records import JudgementRecord, ValueRecord
from targetctl.domain.summary import Block, Changes, PeriodView, PlanStatus, StatusReport
from targetctl.domain.vocabulary import STATUSES, Status
from targetctl.render.common import OneLine, fits, goal, literal, number
from targetctl.render.i18n import f as tf
from targetctl.render.i18n import t as tr
from targetctl.render.line import BAR as BAR  # the one line after `record`, without Rich: re-exported
from targetctl.render.line import bar as bar
from targetctl.render.line import expected_text as expected_text
from targetctl.render.line import percent_text as percent_text
from targetctl.render.line import status_line as status_line
from targetctl.render.line import value_text as value_text
from targetctl.render.overview import OVERVIEW_HINT as OVERVIEW_HINT  # the fast path renders the overview
from targetctl.render.overview import counts_text as counts_text
from targetctl.render.overview import day_line, overview_of
from targetctl.render.overview import rollup_text as rollup_text

STATE_STYLE = {  # how a record stands (`Ledger.marks`), alike in `show`, `log` and `status --since`
    "current": "green",
    "superseded": "dim",
    "voided": "strike dim",
    "judgement": "",
    "void": "",
    "after as-of": "dim italic",
}
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
WIDE = 120
"""From this many columns on, status has separate expected and at-this-pace columns."""


def due_text(plan: Plan, target: Target, lang: str = "en") -> str:
    """'due 2025-12-31', or 'no deadline' for an open-ended target."""
    day = plan.deadline(target)
    return f"{tr('due', lang)} {day}" if day else tr("no deadline", lang)


def expected_cell(plan: Plan, p: Progress, lang: str = "en", *, unit: bool = True) -> str:
    """Expected by now, '—' where there is no path, and 'no deadline' for an open-ended number."""
    if p.expected_shown:
        return expected_text(p.target, p.expected, lang, unit=unit)
    return tr("no deadline", lang) if plan.deadline(p.target) is None else "—"


def projection_text(p: Progress, lang: str = "en", *, short: bool = False) -> str:
    """'at this pace 560 of 650 by 2020-12-31; off track since 2020-09-15; needs 43 a month to finish'."""
    pr, t = p.projection, p.target
    aim = rules(t).goal_number()
    if pr is None or aim is None:  # only a quantity to reach is projected (`progress.project`)
        return "—" if short else ""
    at_due = expected_text(t, pr.at_due, lang, unit=False)
    if short:
        return at_due
    parts = [tf("status.at_this_pace", lang, value=at_due, goal=number(aim), due=pr.due)]
    if pr.off_track_since:
        parts.append(tf("status.off_track_since", lang, day=pr.off_track_since))
    if pr.needed_a_month is not None and pr.at_due < float(aim):
        needed = expected_text(t, pr.needed_a_month, lang, unit=False)
        parts.append(tf("status.needs_a_month", lang, value=needed))
    return ("；" if lang == "zh" else "; ").join(parts)


def status_cell(p: Progress, lang: str = "en") -> Text:
    cell = Text(tr(p.status, lang), style=STYLE[p.status])
    if p.judged:
        judged = tf("status.judged", lang, rating=tr(p.judged.rating, lang))
        cell.append("\n" + judged, style=RATING_STYLE[p.judged.rating])
        if p.disagrees:
            cell.append(" ≠", style="bold yellow")
    if p.overdue:
        cell.append("\n" + tr("report overdue", lang), style="bold magenta")
    return cell


ATTENTION: tuple[Status, ...] = ("missed", "behind", "at-risk", "on-track", "not-started", "achieved", "no-data")


@dataclass(frozen=True)
class View:
    """How the status tables are laid out: the order of targets, whether targets with no data
    are folded into a count, and whether titles may wrap instead of taking one line."""

    sort: str = "status"
    show_all: bool = False
    wide: bool = False


def _ordered(targets: list[Progress], plan: Plan, view: View) -> list[Progress]:
    if view.sort == "due":
        return sorted(targets, key=lambda p: plan.due(p.target))
    if view.sort == "progress":
        return sorted(targets, key=lambda p: (p.fraction is None, p.fraction or 0.0))
    return sorted(targets, key=lambda p: ATTENTION.index(p.status))


def _one_line(text: Text, wide: bool) -> RenderableType:
    """A title on one line, cut with an ellipsis (never inside a number), unless the view is wide."""
    return text if wide else OneLine(text)


def _row(table: Table, plan: Plan, p: Progress, depth: int, lang: str, compact: bool, wide: bool) -> None:
    t = p.target
    title = Group(
        _one_line(Text("  " * depth) + literal(t.title.get(lang)), wide),
        Text(t.id, style="dim cyan", no_wrap=True),  # never indented, so that it always fits
    )
    updated = str(p.last_update) if p.last_update else "—"
    if p.provisional:
        updated += f" ({tr('provisional', lang)})"
    expected = expected_cell(plan, p, lang)
    now = Text(value_text(t, p.current, lang)).append(f"\n/ {goal(t, lang)}", style="dim")
    if compact:
        progress = bar(p.fraction, cells=5)
        if p.expected_shown:
            progress += f"\n{tr('exp.', lang)} {expected_text(t, p.expected, lang, unit=False)}"
        elif plan.deadline(t) is None:
            progress += f"\n{tr('no deadline', lang)}"
        state = status_cell(p, lang).append(f"\n{updated}", style="dim")
        table.add_row(title, now, progress, state)
    else:
        pace = projection_text(p, lang, short=True)
        state = status_cell(p, lang).append(f"\n{updated}", style="dim")
        table.add_row(title, now, bar(p.fraction), expected, pace, state)


def _table(title: Text, caption: str, compact: bool, lang: str, id_width: int) -> Table:
    if compact:
        table = Table(title=title, caption=caption, box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1, 0, 0))
        table.add_column(tr("target", lang), min_width=id_width, overflow="fold")
        table.add_column(tr("now / goal", lang), no_wrap=True)
        table.add_column(tr("progress", lang), no_wrap=True)
        table.add_column(tr("status", lang), no_wrap=True)
        return table
    table = Table(title=title, caption=caption, show_lines=False)
    table.add_column(tr("target", lang), min_width=max(12, id_width), overflow="fold")
    table.add_column(tr("now / goal", lang), no_wrap=True)
    table.add_column(tr("progress", lang), no_wrap=True)
    table.add_column(tr("expected", lang), no_wrap=True)
    table.add_column(tr("at this pace", lang), no_wrap=True)
    table.add_column(tr("status", lang), no_wrap=True)
    return table


def status_tables(
    report: StatusReport, lang: str = "en", width: int = 100, view: View | None = None
) -> list[RenderableType]:
    """One table per plan, grouped by programme: the wide layout from WIDE columns, else the
    compact one; where even that cannot fit without cutting an id or a number, a list.
    Targets needing attention come first; unless `view.show_all`, those with no data are a count."""
    view = view or View()
    out: list[RenderableType] = []
    for ps in report.plans:
        layouts = [False, True] if width >= WIDE else [True]
        for compact in layouts:
            table = _plan_table(ps, lang, width, view, compact)
            if fits(table, width):
                out.append(table)
                break
        else:
            out += _plan_list(ps, lang, view)
    out.append(Text(summary_line(report, lang)))
    return out


def _shown(block: Block, view: View) -> tuple[list[Progress], int]:
    shown = block.targets if view.show_all else [p for p in block.targets if p.status != "no-data"]
    return shown, len(block.targets) - len(shown)


def _plan_title(ps: PlanStatus, lang: str, view: View) -> Text:
    title = Text.assemble((ps.plan.id, "bold"), "  ", literal(ps.plan.title.get(lang)))
    title.no_wrap, title.overflow = not view.wide, "ellipsis"
    return title


def _plan_table(ps: PlanStatus, lang: str, width: int, view: View, compact: bool) -> Table:
    ids = [len(p.target.id) for b in ps.blocks for p in b.targets]
    id_width = min(max(ids, default=12), width // 2)
    table = _table(_plan_title(ps, lang, view), rollup_text(ps.rollup, lang), compact, lang, id_width)
    for block in ps.blocks:
        heading = _one_line(
            Text("  " * block.depth) + literal(block.programme.title.get(lang), "bold magenta"), view.wide
        )
        counts = Text(counts_text(block.rollup, lang, "\n"), style="dim")
        n_targets = tf("status.n_targets", lang, n=block.rollup.targets)
        cells: list[RenderableType] = [heading, n_targets, bar(block.rollup.progress, cells=5 if compact else BAR)]
        cells += [counts] if compact else ["", "", counts]
        table.add_row(*cells)
        shown, hidden = _shown(block, view)
        for p in _ordered(shown, ps.plan, view):
            _row(table, ps.plan, p, block.depth + 1, lang, compact, view.wide)
        if hidden:
            note = Text("  " * (block.depth + 1)) + Text(tf("status.hidden_no_data", lang, n=hidden))
            note.stylize("dim")
            table.add_row(OneLine(note), *[""] * (len(table.columns) - 1))
        table.add_section()
    return table


def _plan_list(ps: PlanStatus, lang: str, view: View) -> list[RenderableType]:
    """The narrow layout: a target is its id, its title, then value, goal, bar and status,
    each line wrapping only between words, so that no id or number is cut."""
    lines: list[RenderableType] = [_plan_title(ps, lang, view), Text(rollup_text(ps.rollup, lang), style="dim")]
    for block in ps.blocks:
        indent = "  " * block.depth
        heading = Text(indent) + literal(block.programme.title.get(lang), "bold magenta")
        lines.append(_one_line(heading, view.wide))
        lines.append(Text(f"{indent}  {counts_text(block.rollup, lang)}", style="dim"))
        shown, hidden = _shown(block, view)
        for p in _ordered(shown, ps.plan, view):
            t = p.target
            lines.append(Text(t.id, style="cyan"))
            lines.append(_one_line(Text("  ") + literal(t.title.get(lang)), view.wide))
            facts = Text("  ").append(f"{value_text(t, p.current, lang)} / {goal(t, lang)}")
            facts.append(f"  {bar(p.fraction, cells=5)}  ")
            facts.append(tr(p.status, lang), style=STYLE[p.status])
            if p.last_update:
                facts.append(f"  {p.last_update}", style="dim")
            lines.append(facts)
        if hidden:
            lines.append(Text(f"{indent}  " + tf("status.hidden_no_data", lang, n=hidden), style="dim"))
    return [Group(*lines, Text(""))]


def overview(report: StatusReport, lang: str = "en") -> list[RenderableType]:
    """One line per plan, for a workspace too large to list target by target."""
    rows = [(ps.plan.id, ps.plan.title.get(lang), ps.rollup) for ps in report.plans]
    return overview_of(rows, report.rollup, report.day, lang)


def summary_line(report: StatusReport, lang: str = "en") -> str:
    return day_line(report.day, report.rollup, lang)


def _rollup_json(rollup: Rollup) -> dict[str, Any]:
    return {"targets": rollup.targets, "progress": rollup.progress, "counts": dict(rollup.counts)}


def target_json(p: Progress, plan_id: str, due: str | None, plan_lead: str | None = None) -> dict[str, Any]:
    t = p.target
    judged = p.judged
    return {
        "id": t.id,
        "plan": plan_id,
        "programme": t.programme,
        "kind": t.kind,
        "title": {"zh": t.title.zh, "en": t.title.en},
        "goal": rules(t).goal_json(),
        "lead_unit": t.lead_unit or plan_lead,
        "due": due,
        "open_ended": t.open_ended,
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
        "projection": None
        if p.projection is None
        else {
            "at_due": p.projection.at_due,
            "needed_a_month": p.projection.needed_a_month,
            "off_track_since": p.projection.off_track_since.isoformat() if p.projection.off_track_since else None,
        },
    }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


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
                    target_json(p, ps.plan.id, _iso(ps.plan.deadline(p.target)), ps.plan.lead_unit)
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
    return json_safe(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"


def _period_name(day: dt.date, every: str, last: bool) -> str:
    name = f"{day.year} Q{(day.month - 1) // 3 + 1}" if every == "quarter" else f"{day:%Y-%m}"
    return f"{name}*" if last and day != _period_end(day, every) else name


def _period_end(day: dt.date, every: str) -> dt.date:
    month = (day.month + 2) // 3 * 3 if every == "quarter" else day.month
    following = dt.date(day.year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _cell(target: Target, point: ChartPoint | None, lang: str) -> Text:
    if point is None:
        return Text("")
    actual = point.actual if isinstance(point.actual, float | int) else None
    shown = value_text(target, actual, lang, unit=False) if actual is not None else "—"
    if point.expected is None:
        return Text(shown)
    wanted = expected_text(target, point.expected, lang, unit=False)
    behind = actual is not None and actual * sign(target) < point.expected * sign(target)
    return Text(f"{shown}/{wanted}", style="red" if behind else "")


def period_table(view: PeriodView, lang: str = "en", width: int = 100) -> list[RenderableType]:
    """One column per month or quarter, each 'actual/expected' at its end; as many of the
    latest periods as the width holds, the rest said in the caption."""
    if not view.rows:
        return [Text(tf("status.no_match", lang))]
    id_width = max(len(row.target.id) for row in view.rows)
    cells = [[_cell(row.target, row.points.get(d), lang) for d in view.ends] for row in view.rows]
    col = max((c.cell_len for line in cells for c in line), default=6)
    col = max(col, 8)
    fit = max(1, (width - id_width - 1) // (col + 2))
    shown = view.ends[-fit:]
    first = len(view.ends) - len(shown)
    caption = tf("status.period_caption", lang, every=tr(view.every, lang))
    if first:
        caption += "; " + tf("status.last_shown", lang, n=len(shown), m=len(view.ends))
    table = Table(caption=caption, box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column(tr("target", lang), no_wrap=True, min_width=id_width)
    for i, d in enumerate(shown):
        table.add_column(_period_name(d, view.every, i == len(shown) - 1), no_wrap=True, justify="right")
    for row, line in zip(view.rows, cells, strict=True):
        table.add_row(Text(row.target.id, style="cyan"), *line[first:])
    return [table]


def changes_view(ch: Changes, lang: str = "en") -> list[RenderableType]:
    """Status moves and records between two days: the body of a weekly or monthly briefing."""
    out: list[RenderableType] = [Text(tf("status.changes", lang, since=ch.since, day=ch.day), "bold")]
    moved = Table(title=tr("status changes", lang), box=box.SIMPLE_HEAD, pad_edge=False)
    for name in ("target", "was", "now"):
        moved.add_column(tr(name, lang), no_wrap=True)
    for _plan, target, was, now in ch.moved:
        moved.add_row(Text(target.id, style="cyan"), tr(was, lang), Text(tr(now, lang), style=STYLE[now]))
    if not ch.moved:
        moved.caption = tr("no status changed", lang)
    records = Table(title=tr("records", lang), box=box.SIMPLE_HEAD, pad_edge=False)
    records.add_column(tr("as of", lang), no_wrap=True)
    records.add_column(tr("target", lang), no_wrap=True)
    records.add_column(tr("value", lang), overflow="fold")
    records.add_column(tr("by", lang), no_wrap=True, overflow="ellipsis", max_width=14)
    records.add_column(tr("state", lang), no_wrap=True)
    for entry, target_id, state in ch.records:
        rec = entry.record
        as_of = rec.as_of if isinstance(rec, ValueRecord | JudgementRecord) else rec.recorded.date()
        if isinstance(rec, ValueRecord):
            about = ch.targets.get(target_id or "")
            what = value_text(about, rec.value, lang) if about else str(rec.value)
        elif isinstance(rec, JudgementRecord):
            what = tf("status.judged", lang, rating=tr(rec.rating, lang)) + f": {rec.reason}"
        else:
            what = f"{tr('void', lang)} {rec.void}: {rec.reason}"
        records.add_row(
            str(as_of),
            literal(target_id or "—"),
            literal(what),
            literal(rec.by),
            Text(tr(state, lang), style=STATE_STYLE[state]),
        )
    if not ch.records:
        records.caption = tr("no records", lang)
    return [*out, moved, records]
