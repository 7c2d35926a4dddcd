"""`status`'s table view (a table per plan, grouped by programme; a list where even the compact
table cannot fit) rendered from each plan's assessed rows (`render/status_rows.py`), plain data
that imports no model: the full command renders from the rows it just made, and the start-up
fast path from the rows saved with each plan's part (`cli/composed.py`), with the same code, so
that both print the same bytes.

A plan's rows (`PlanRows`) are JSON-ready: `id`, `title`, `rollup` ({targets, total, counts}),
`blocks` ({depth, title, rollup, targets}), and per target `id`, `title`, `status`,
`fraction`, `due` (ISO day, for `--sort due`), `last` (ISO day or None), `updated`, `now`,
`goal`, `expected` (the wide layout's cell), `exp_short` (the compact layout's expected, or
None), `open` (no deadline), `pace`, `judged` (a rating or None), `disagrees`, `overdue`; the
words already in the language the rows were made for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from targetctl.domain.rollup import Rollup
from targetctl.domain.vocabulary import STATUSES, Status
from targetctl.render.bars import BAR, bar
from targetctl.render.console import OneLine, fits, literal
from targetctl.render.i18n import f as tf
from targetctl.render.i18n import t as tr
from targetctl.render.overview import counts_text, rollup_text
from targetctl.render.plain_table import ATTENTION as ATTENTION
from targetctl.render.plain_table import RATING_STYLE as RATING_STYLE
from targetctl.render.plain_table import STYLE as STYLE
from targetctl.render.plain_table import WIDE as WIDE
from targetctl.render.plain_table import compact_progress

PlanRows = Mapping[str, Any]
"""One plan's assessed rows, as `render/status_rows.plan_rows` makes them (see above)."""


@dataclass(frozen=True)
class View:
    """How the status tables are laid out: the order of targets, whether targets with no data
    are folded into a count, and whether titles may wrap instead of taking one line."""

    sort: str = "status"
    show_all: bool = False
    wide: bool = False


def rollup_of(data: Mapping[str, Any]) -> Rollup:
    """A roll-up from its rows' form ({targets, total, counts})."""
    counts: dict[Status, int] = dict.fromkeys(STATUSES, 0)
    counts.update(data["counts"])
    return Rollup(counts, float(data["total"]), int(data["targets"]))


def status_cell_of(status: Status, judged: str | None, disagrees: bool, overdue: bool, lang: str = "en") -> Text:
    cell = Text(tr(status, lang), style=STYLE[status])
    if judged:
        cell.append("\n" + tf("status.judged", lang, rating=tr(judged, lang)), style=RATING_STYLE[judged])
        if disagrees:
            cell.append(" ≠", style="bold yellow")
    if overdue:
        cell.append("\n" + tr("report overdue", lang), style="bold magenta")
    return cell


def _ordered(targets: list[Mapping[str, Any]], view: View) -> list[Mapping[str, Any]]:
    if view.sort == "due":
        return sorted(targets, key=lambda p: str(p["due"]))
    if view.sort == "progress":
        return sorted(targets, key=lambda p: (p["fraction"] is None, p["fraction"] or 0.0))
    return sorted(targets, key=lambda p: ATTENTION.index(p["status"]))


def _one_line(text: Text, wide: bool) -> RenderableType:
    """A title on one line, cut with an ellipsis (never inside a number), unless the view is wide."""
    return text if wide else OneLine(text)


def _state(p: Mapping[str, Any], lang: str) -> Text:
    return status_cell_of(p["status"], p["judged"], p["disagrees"], p["overdue"], lang).append(
        f"\n{p['updated']}", style="dim"
    )


def _row(table: Table, p: Mapping[str, Any], depth: int, lang: str, compact: bool, wide: bool) -> None:
    title = Group(
        _one_line(Text("  " * depth) + literal(p["title"]), wide),
        Text(p["id"], style="dim cyan", no_wrap=True),  # never indented, so that it always fits
    )
    now = Text(p["now"]).append(f"\n/ {p['goal']}", style="dim")
    if compact:
        table.add_row(title, now, compact_progress(p, lang), _state(p, lang))
    else:
        table.add_row(title, now, bar(p["fraction"]), p["expected"], p["pace"], _state(p, lang))


def _table(title: Text, caption: str | None, compact: bool, lang: str, id_width: int) -> Table:
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


def tables_of(plans: Sequence[PlanRows], summary: str, lang: str, width: int, view: View) -> list[RenderableType]:
    """One table per plan (its rows), grouped by programme: the wide layout from WIDE columns,
    else the compact one; where even that cannot fit without cutting an id or a number, a
    list; then the `summary` line. Targets needing attention come first; unless
    `view.show_all`, those with no data are a count."""
    out: list[RenderableType] = []
    alone = len(plans) == 1  # its roll-up is the summary line's, said once there with the date
    for ps in plans:
        layouts = [False, True] if width >= WIDE else [True]
        for compact in layouts:
            table = _plan_table(ps, lang, width, view, compact, alone)
            if fits(table, width):
                out.append(table)
                break
        else:
            out += _plan_list(ps, lang, view, alone)
    out.append(Text(summary))
    return out


def _shown(block: Mapping[str, Any], view: View) -> tuple[list[Mapping[str, Any]], int]:
    targets = block["targets"]
    shown = targets if view.show_all else [p for p in targets if p["status"] != "no-data"]
    return shown, len(targets) - len(shown)


def _plan_title(ps: PlanRows, view: View) -> Text:
    title = Text.assemble((ps["id"], "bold"), "  ", literal(ps["title"]))
    title.no_wrap, title.overflow = not view.wide, "ellipsis"
    return title


def _plan_table(ps: PlanRows, lang: str, width: int, view: View, compact: bool, alone: bool) -> Table:
    ids = [len(p["id"]) for b in ps["blocks"] for p in b["targets"]]
    id_width = min(max(ids, default=12), width // 2)
    caption = None if alone else rollup_text(rollup_of(ps["rollup"]), lang)
    table = _table(_plan_title(ps, view), caption, compact, lang, id_width)
    for block in ps["blocks"]:
        depth, rollup = block["depth"], rollup_of(block["rollup"])
        heading = _one_line(Text("  " * depth) + literal(block["title"], "bold magenta"), view.wide)
        counts = Text(counts_text(rollup, lang, "\n"), style="dim")
        n_targets = tf("status.n_targets", lang, n=rollup.targets)
        cells: list[RenderableType] = [heading, n_targets, bar(rollup.progress, cells=5 if compact else BAR)]
        cells += [counts] if compact else ["", "", counts]
        table.add_row(*cells)
        shown, hidden = _shown(block, view)
        for p in _ordered(shown, view):
            _row(table, p, depth + 1, lang, compact, view.wide)
        if hidden:
            note = Text("  " * (depth + 1)) + Text(tf("status.hidden_no_data", lang, n=hidden))
            note.stylize("dim")
            table.add_row(OneLine(note), *[""] * (len(table.columns) - 1))
        table.add_section()
    return table


def _plan_list(ps: PlanRows, lang: str, view: View, alone: bool) -> list[RenderableType]:
    """The narrow layout: a target is its id, its title, then value, goal, bar and status,
    each line wrapping only between words, so that no id or number is cut."""
    lines: list[RenderableType] = [_plan_title(ps, view)]
    if not alone:
        lines.append(Text(rollup_text(rollup_of(ps["rollup"]), lang), style="dim"))
    for block in ps["blocks"]:
        indent = "  " * block["depth"]
        heading = Text(indent) + literal(block["title"], "bold magenta")
        lines.append(_one_line(heading, view.wide))
        lines.append(Text(f"{indent}  {counts_text(rollup_of(block['rollup']), lang)}", style="dim"))
        shown, hidden = _shown(block, view)
        for p in _ordered(shown, view):
            lines.append(Text(p["id"], style="cyan"))
            lines.append(_one_line(Text("  ") + literal(p["title"]), view.wide))
            facts = Text("  ").append(f"{p['now']} / {p['goal']}")
            facts.append(f"  {bar(p['fraction'], cells=5)}  ")
            facts.append(tr(p["status"], lang), style=STYLE[p["status"]])
            if p["last"]:
                facts.append(f"  {p['last']}", style="dim")
            lines.append(facts)
        if hidden:
            lines.append(Text(f"{indent}  " + tf("status.hidden_no_data", lang, n=hidden), style="dim"))
    return [Group(*lines, Text(""))]
