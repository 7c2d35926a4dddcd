"""`show` (one target in full, with a chart) and `log` (records newest first)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from targetctl.domain.detail import TargetDetail
from targetctl.domain.kinds import numeric, rules
from targetctl.domain.ledger import Entry, EntryState
from targetctl.domain.model import Target
from targetctl.domain.problems import clean, json_safe
from targetctl.domain.progress import ChartPoint, band, sign
from targetctl.domain.records import JudgementRecord, ValueRecord, VoidRecord
from targetctl.render.cjk import wrap_cells
from targetctl.render.common import fits, goal, literal
from targetctl.render.i18n import f as tf
from targetctl.render.i18n import t as tr
from targetctl.render.status import STATE_STYLE, bar, due_text, expected_text, projection_text, status_cell, value_text

CHART_WIDTH = 24


def _facts(d: TargetDetail, lang: str) -> Table:
    t, plan = d.target, d.plan
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold", no_wrap=True)
    facts.add_column(overflow="fold")
    facts.add_row(tr("target", lang), Text.assemble((t.id, "cyan"), f"  ({tr(t.kind, lang)})"))
    title = Text.assemble(literal(t.title.zh), "\n", literal(t.title.en)) if t.title.en else literal(t.title.zh)
    facts.add_row(tr("title", lang), title)
    facts.add_row(tr("plan", lang), Text.assemble(plan.id, "  ", literal(plan.title.get(lang))))
    facts.add_row(tr("programme", lang), literal(" › ".join(p.title.get(lang) for p in d.programmes)))
    facts.add_row(tr("goal", lang), Text(f"{goal(t, lang)}{'，' if lang == 'zh' else ', '}{due_text(plan, t, lang)}"))
    facts.add_row(tr("lead unit", lang), literal(t.lead_unit or plan.lead_unit or tr("unknown", lang)))
    if t.supporting_units:
        facts.add_row(tr("supporting", lang), literal("、".join(t.supporting_units)))
    counted = numeric(t)
    if counted is not None:
        if counted.baseline:
            base = counted.baseline
            facts.add_row(
                tr("baseline", lang),
                literal(f"{value_text(t, base.value, lang)} ({base.date or '?'}; {base.source or '?'})"),
            )
        for cp in counted.checkpoints:
            facts.add_row(tr("checkpoint", lang), Text(f"{cp.date}: {value_text(t, cp.value, lang)}"))
    if t.cadence:
        facts.add_row(tr("reporting", lang), Text(tr(t.cadence, lang)))
    facts.add_row(tr("source", lang), literal(t.quote))
    if t.note:
        facts.add_row(tr("note", lang), literal(t.note))
    p = d.progress
    facts.add_row(tr("now", lang), Text(f"{value_text(t, p.current, lang)}  {bar(p.fraction)}"))
    facts.add_row(tr("status", lang), status_cell(p, lang))
    if p.projection is not None:
        facts.add_row(tr("projection", lang), Text(projection_text(p, lang)))
    if p.judged:
        facts.add_row(
            tr("judged", lang),
            literal(f"{tr(p.judged.rating, lang)}: {p.judged.reason} ({p.judged.by}, {p.judged.as_of})"),
        )
    return facts


def _chart(t: Target, points: list[ChartPoint], lang: str) -> Table | None:
    if not points or rules(t).drawing == "checklist":
        return None
    numbers = [float(v) for pt in points for v in (pt.expected, pt.actual) if isinstance(v, float | int)]
    limits = band(t)
    if limits is not None and sign(t) < 0:  # a decrease's band holds sizes of the fall; values are below zero
        limits = (-limits[1], -limits[0])
    if limits is not None:
        numbers += [float(x) for x in limits]
    axis = _Axis(max([0.0, *numbers]), -min([0.0, *numbers]))
    title = tr("actual vs expected (month ends)", lang)
    if rules(t).counted:  # the unit once, in the title, so that the values stay short
        title += f", {rules(t).unit_words(lang)}"
    chart = Table(title=title, show_edge=False, box=None, padding=(0, 1))
    chart.add_column(tr("month", lang), no_wrap=True)
    chart.add_column("", no_wrap=True)
    chart.add_column(tr("value", lang), no_wrap=True, justify="right")
    if limits is not None:  # the band a value must end in, so that moving into it never looks like a fall
        drawn = Text(axis.span(float(limits[0]), float(limits[1])), style="green")
        chart.add_row("", drawn, f"{tr('band', lang)} {goal(t, lang)}")
    for pt in points:
        for kind, value, style, shown in (
            ("expected", pt.expected, "dim", expected_text),
            ("actual", pt.actual, "cyan", value_text),
        ):
            if not isinstance(value, float | int):
                continue
            chart.add_row(
                pt.day.strftime("%Y-%m") if kind == "expected" or pt.expected is None else "",
                Text(axis.bar(float(value), "█" if kind == "actual" else "░"), style=style),
                f"{tr(kind, lang)} {shown(t, value, lang, unit=False)}",
            )
    return chart


class _Axis:
    """Bars from a zero axis: values below zero to its left, so that -12% never draws as a long
    bar to the right. With no value below zero there is no left side, and no axis is drawn."""

    def __init__(self, high: float, low: float) -> None:
        scale = (high + low) or 1.0
        self.left = round(low / scale * CHART_WIDTH)
        self.right = CHART_WIDTH - self.left
        self.per_cell = scale / CHART_WIDTH

    def _cells(self, value: float) -> int:
        return round(abs(value) / self.per_cell)

    def bar(self, value: float, mark: str) -> str:
        if not self.left:
            return mark * self._cells(value)
        if value < 0:
            cells = min(self.left, self._cells(value))
            return " " * (self.left - cells) + mark * cells + "│"
        return " " * self.left + "│" + mark * min(self.right, self._cells(value))

    def span(self, low: float, high: float) -> str:
        """A band from `low` to `high`, at least one cell wide."""
        start, end = (self.left + round(v / self.per_cell) for v in (low, high))
        row = " " * start + "▒" * max(1, end - start)
        if not self.left:
            return row
        row = row.ljust(CHART_WIDTH)
        return row[: self.left] + "│" + row[self.left :]


def _record_text(t: Target | None, rec: ValueRecord | JudgementRecord | VoidRecord, lang: str) -> str:
    if isinstance(rec, ValueRecord):
        text = value_text(t, rec.value, lang) if t else str(rec.value)
        return text + (f" ({tr('provisional', lang)})" if rec.provisional else "")
    if isinstance(rec, JudgementRecord):
        return f"{tf('status.judged', lang, rating=tr(rec.rating, lang))}: {rec.reason}"
    return f"{tr('void', lang)} {rec.void}: {rec.reason}"


def detail_view(d: TargetDetail, lang: str = "en", width: int = 0) -> list[RenderableType]:
    """The target's facts, its chart and its history; at a `width` where the history table
    would split an id, a date or a number, the history is the list `log` falls back to."""
    out: list[RenderableType] = [_facts(d, lang)]
    chart = _chart(d.target, d.chart, lang)
    if chart is not None:
        out.append(chart)
    history = Table(title=tr("history", lang), expand=False, box=box.SIMPLE_HEAD, pad_edge=False)
    for name in ("id", "as of"):
        history.add_column(tr(name, lang), no_wrap=True)
    history.add_column(tr("value", lang), min_width=10, overflow="fold")  # wraps between a number and its unit
    history.add_column(tr("by / recorded", lang), no_wrap=True, overflow="ellipsis", max_width=16)
    history.add_column(tr("note", lang), overflow="fold", min_width=4)
    history.add_column(tr("state", lang), min_width=11, overflow="fold")
    for line in d.history:
        rec = line.entry.record
        as_of = rec.as_of if isinstance(rec, ValueRecord | JudgementRecord) else ""
        extra = [x for x in (getattr(rec, "note", None), getattr(rec, "evidence", None)) if x]
        state = tr(line.state, lang) + (f": {line.void.reason}" if line.void else "")
        if isinstance(rec, ValueRecord) and rec.correction:
            state += f" ({tr('correction', lang)})"
        history.add_row(
            rec.id,
            str(as_of),
            literal(_record_text(d.target, rec, lang)),
            literal(rec.by) + Text(rec.recorded.strftime("\n%Y-%m-%d %H:%M"), style="dim"),
            literal(" | ".join(extra)),
            Text(state, style=STATE_STYLE[line.state]),
        )
    if not d.history:
        history.caption = tr("no records yet", lang)
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
