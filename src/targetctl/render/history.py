"""`show` (one target in full, with a chart) and `log` (records newest first)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Span, Text

from targetctl.domain.detail import TargetDetail
from targetctl.domain.ledger import Entry, EntryState
from targetctl.domain.model import Target
from targetctl.domain.problems import clean, json_safe
from targetctl.domain.records import JudgementRecord, ValueRecord
from targetctl.render import show_view
from targetctl.render.cjk import wrap_cells
from targetctl.render.common import fits, literal
from targetctl.render.i18n import f as tf
from targetctl.render.i18n import t as tr
from targetctl.render.show_view import CHART_WIDTH as CHART_WIDTH
from targetctl.render.show_view import STATE_STYLE, Cell, Grid
from targetctl.render.show_view import record_text as _record_text


def rich_text(cell: Cell) -> str | Text:
    """The str or Rich Text a described cell stands for."""
    return cell if isinstance(cell, str) else Text(cell.plain, cell.style, spans=[Span(*span) for span in cell.spans])


def table_of(spec: Grid) -> Table:
    """The Rich table a description (`render/show_view.Grid`) stands for."""
    table = Table(
        title=spec.title,
        caption=spec.caption,
        box=box.SIMPLE_HEAD if spec.simple_head else None,
        show_header=spec.show_header,
        show_edge=spec.show_edge,
        padding=spec.padding,
        pad_edge=spec.pad_edge,
        collapse_padding=spec.collapse_padding,
        expand=False,
    )
    for c in spec.columns:
        table.add_column(
            c.header,
            style=c.style or None,
            no_wrap=c.no_wrap,
            overflow=c.overflow,
            min_width=c.min_width,
            max_width=c.max_width,
            justify=c.justify,
        )
    for row in spec.rows:
        table.add_row(*(rich_text(cell) for cell in row))
    return table


def detail_view(d: TargetDetail, lang: str = "en", width: int = 0) -> list[RenderableType]:
    """The target's facts, its chart and its history (`render/show_view.view`); at a `width`
    where the history table would split an id, a date or a number, the history is the list
    `log` falls back to."""
    *shown, records = show_view.view(d, lang)
    out: list[RenderableType] = [table_of(spec) for spec in shown]
    history = table_of(records)
    if width and d.history and not fits(history, width):
        entries = [(line.entry, d.target.id, line.state) for line in d.history]
        out.append(_records_list(entries, {d.target.id: d.target}, lang, width, tr("history", lang)))
        return out
    out.append(history)
    return out


def log_table(
    entries: list[tuple[Entry, str | None, EntryState]], targets: dict[str, Target], lang: str = "en"
) -> Table:
    table = Table(title=tr("records, newest first", lang), caption=tf("log.count", lang, n=len(entries)))
    for name in ("recorded", "id", "target", "as of", "value", "by", "note", "state"):
        table.add_column(tr(name, lang), overflow="fold")
    for entry, target_id, state in entries:
        rec = entry.record
        as_of = rec.as_of if isinstance(rec, ValueRecord | JudgementRecord) else ""
        target = targets.get(target_id) if target_id else None
        table.add_row(
            rec.recorded.strftime("%Y-%m-%d %H:%M"),
            rec.id,
            literal(target_id or "?"),
            str(as_of),
            literal(_record_text(target, rec, lang)),
            literal(rec.by),
            literal(getattr(rec, "note", None) or ""),
            Text(tr(state, lang), style=STATE_STYLE[state]),
        )
    return table


def log_view(
    entries: list[tuple[Entry, str | None, EntryState]], targets: dict[str, Target], lang: str = "en", width: int = 100
) -> list[RenderableType]:
    """The log as a table where every id, date and number fits whole in `width` columns,
    else as a list: a record is its id, when and its state, then the target and as-of day,
    then the value and who recorded it, each line wrapping only between words."""
    table = log_table(entries, targets, lang)
    if fits(table, width):
        return [table]
    return [_records_list(entries, targets, lang, width, tr("records, newest first", lang))]


def _records_list(
    entries: Sequence[tuple[Entry, str | None, EntryState]],
    targets: dict[str, Target],
    lang: str,
    width: int,
    title: str,
) -> Group:
    """Records as a list: a record is its id, when and its state, then the target and as-of
    day, then the value and who recorded it, each line wrapping only between words."""
    lines: list[RenderableType] = [Text(title, style="bold")]
    for entry, target_id, state in entries:
        rec = entry.record
        as_of = rec.as_of if isinstance(rec, ValueRecord | JudgementRecord) else None
        target = targets.get(target_id) if target_id else None
        head = Text(rec.id, style="cyan").append(f"  {rec.recorded:%Y-%m-%d %H:%M}  ", style="dim")
        lines.append(head.append(tr(state, lang), style=STATE_STYLE[state]))
        where = Text("  ") + literal(target_id or "?")
        if as_of is not None:
            where.append(f"  {tr('as of', lang)} {as_of}")
        lines.append(where)
        said = f"{clean(_record_text(target, rec, lang))}  · {clean(rec.by)}"
        lines.extend(Text(line) for line in wrap_cells("  " + said, width, "    "))
        note = getattr(rec, "note", None)
        for paragraph in clean(note or "").splitlines():
            # wrapped here, between words and never inside a number or id, each line indented
            lines.extend(Text(line, style="dim") for line in wrap_cells("  " + paragraph, width, "    "))
    lines.append(Text(tf("log.count", lang, n=len(entries)), style="dim"))
    return Group(*lines)


def log_json(entries: list[tuple[Entry, str | None, EntryState]]) -> str:
    rows: list[dict[str, Any]] = []
    for entry, target_id, state in entries:
        data = entry.record.model_dump(mode="json")
        data["target"] = target_id
        data["state"] = state
        data["file"] = entry.path.name
        data["line"] = entry.line
        rows.append(data)
    return json_safe(json.dumps({"format": "targetctl.log/1", "records": rows}, ensure_ascii=False, indent=2)) + "\n"


def detail_json(d: TargetDetail) -> str:
    from targetctl.render.status import target_json

    due = d.plan.deadline(d.target)
    doc = target_json(d.progress, d.plan.id, due.isoformat() if due else None)
    doc["history"] = [
        {**line.entry.record.model_dump(mode="json"), "state": line.state, "line": line.entry.line}
        for line in d.history
    ]
    doc["chart"] = [{"date": p.day.isoformat(), "expected": p.expected, "actual": p.actual} for p in d.chart]
    return json_safe(json.dumps({"format": "targetctl.show/1", **doc}, ensure_ascii=False, indent=2)) + "\n"
