"""What `show` prints about one target (its facts, its chart, its history), described as tables
of styled text without importing Rich: `render/history.py` turns the description into Rich's
tables, and `render/plain_show.py` writes the common cases of it without Rich's layout
machinery, for a cold `show` (Rich's import and layout were about a seventh of one). Both read
the one description, so neither can show a fact the other leaves out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from targetctl.domain.kinds import numeric, rules
from targetctl.domain.problems import clean
from targetctl.domain.progress import band, sign
from targetctl.domain.records import JudgementRecord, ValueRecord, VoidRecord
from targetctl.render.common import goal
from targetctl.render.i18n import f as tf
from targetctl.render.i18n import t as tr
from targetctl.render.line import bar, expected_text, value_text
from targetctl.render.status_rows import due_text, projection_text
from targetctl.render.styled import RATING_STYLE, STYLE, Styled

if TYPE_CHECKING:
    from targetctl.domain.detail import TargetDetail
    from targetctl.domain.model import Target
    from targetctl.domain.progress import ChartPoint, Progress

CHART_WIDTH = 24

STATE_STYLE = {  # how a record stands (`Ledger.marks`), alike in `show`, `log` and `status --since`
    "current": "green",
    "superseded": "dim",
    "voided": "strike dim",
    "judgement": "",
    "void": "",
    "after as-of": "dim italic",
}

Cell = str | Styled
"""A cell: a str (which Rich prints as it is, markup off) or a styled text."""


class Column:
    """A column as `rich.table.Table.add_column` takes it. (A plain class: a dataclass compiles
    its methods at import, about 3 M instructions, 0.3 % of a cold `show`.)"""

    def __init__(
        self,
        header: str = "",
        *,
        style: str = "",
        no_wrap: bool = False,
        overflow: Literal["fold", "ellipsis"] = "ellipsis",
        min_width: int | None = None,
        max_width: int | None = None,
        justify: Literal["left", "right"] = "left",
    ) -> None:
        self.header, self.style, self.no_wrap, self.overflow = header, style, no_wrap, overflow
        self.min_width, self.max_width, self.justify = min_width, max_width, justify


class Grid:
    """A table as `rich.table.Table` takes it (never expanded); `grid` is `Table.grid`'s settings."""

    def __init__(
        self,
        columns: list[Column],
        *,
        title: str | None = None,
        caption: str | None = None,
        simple_head: bool = False,  # `box.SIMPLE_HEAD`, else no box
        show_header: bool = True,
        show_edge: bool = True,
        padding: tuple[int, int] = (0, 1),
        pad_edge: bool = True,
        collapse_padding: bool = False,
    ) -> None:
        self.columns = columns
        self.rows: list[list[Cell]] = []
        self.title, self.caption, self.simple_head = title, caption, simple_head
        self.show_header, self.show_edge, self.padding = show_header, show_edge, padding
        self.pad_edge, self.collapse_padding = pad_edge, collapse_padding


def grid(*columns: Column, padding: tuple[int, int]) -> Grid:
    """`Table.grid`: no header, box or edge, padding collapsed and not at the edges."""
    return Grid(
        list(columns), show_header=False, show_edge=False, padding=padding, pad_edge=False, collapse_padding=True
    )


def styled(*parts: str | tuple[str, str] | Styled, style: str = "") -> Styled:
    """`Text.assemble`: each piece in its own style, as a span."""
    out = Styled("", style)
    for part in parts:
        out = out + (Styled(part) if isinstance(part, str) else Styled(*part) if isinstance(part, tuple) else part)
    return out


def literal(value: object, style: str = "") -> Styled:
    """`render.console.literal`: file text, cleaned, shown as it is."""
    return Styled(clean(value), style)


def status_text(p: Progress, lang: str) -> Styled:
    """`render.status_table.status_cell_of` for a target's progress."""
    judged = p.judged.rating if p.judged else None
    cell = Styled(tr(p.status, lang), STYLE[p.status])
    if judged:
        cell = cell + Styled("\n" + tf("status.judged", lang, rating=tr(judged, lang)), RATING_STYLE[judged])
        if p.disagrees:
            cell = cell + Styled(" ≠", "bold yellow")
    if p.overdue:
        cell = cell + Styled("\n" + tr("report overdue", lang), "bold magenta")
    return cell


def facts(d: TargetDetail, lang: str) -> Grid:
    t, plan = d.target, d.plan
    table = grid(Column(style="bold", no_wrap=True), Column(overflow="fold"), padding=(0, 2))
    add = table.rows.append
    add([tr("target", lang), styled((t.id, "cyan"), f"  ({tr(t.kind, lang)})")])
    title = styled(literal(t.title.zh), "\n", literal(t.title.en)) if t.title.en else literal(t.title.zh)
    add([tr("title", lang), title])
    add([tr("plan", lang), styled(plan.id, "  ", literal(plan.title.get(lang)))])
    add([tr("programme", lang), literal(" › ".join(p.title.get(lang) for p in d.programmes))])
    add([tr("goal", lang), Styled(f"{goal(t, lang)}{'，' if lang == 'zh' else ', '}{due_text(plan, t, lang)}")])
    add([tr("lead unit", lang), literal(t.lead_unit or plan.lead_unit or tr("unknown", lang))])
    if t.supporting_units:
        add([tr("supporting", lang), literal("、".join(t.supporting_units))])
    counted = numeric(t)
    if counted is not None:
        if counted.baseline:
            base = counted.baseline
            said = f"{value_text(t, base.value, lang)} ({base.date or '?'}; {base.source or '?'})"
            add([tr("baseline", lang), literal(said)])
        for cp in counted.checkpoints:
            add([tr("checkpoint", lang), Styled(f"{cp.date}: {value_text(t, cp.value, lang)}")])
    if t.cadence:
        add([tr("reporting", lang), Styled(tr(t.cadence, lang))])
    add([tr("source", lang), literal(t.quote)])
    if t.note:
        add([tr("note", lang), literal(t.note)])
    p = d.progress
    add([tr("now", lang), Styled(f"{value_text(t, p.current, lang)}  {bar(p.fraction)}")])
    add([tr("status", lang), status_text(p, lang)])
    if p.projection is not None:
        add([tr("projection", lang), Styled(projection_text(p, lang))])
    if p.judged:
        j = p.judged
        add([tr("judged", lang), literal(f"{tr(j.rating, lang)}: {j.reason} ({j.by}, {j.as_of})")])
    return table


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


def chart(t: Target, points: list[ChartPoint], lang: str) -> Grid | None:
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
    columns = [Column(tr("month", lang), no_wrap=True), Column("", no_wrap=True)]
    table = Grid([*columns, Column(tr("value", lang), no_wrap=True, justify="right")], title=title, show_edge=False)
    if limits is not None:  # the band a value must end in, so that moving into it never looks like a fall
        drawn = Styled(axis.span(float(limits[0]), float(limits[1])), "green")
        table.rows.append(["", drawn, f"{tr('band', lang)} {goal(t, lang)}"])
    for pt in points:
        for kind, value, style, shown in (
            ("expected", pt.expected, "dim", expected_text),
            ("actual", pt.actual, "cyan", value_text),
        ):
            if not isinstance(value, float | int):
                continue
            table.rows.append(
                [
                    pt.day.strftime("%Y-%m") if kind == "expected" or pt.expected is None else "",
                    Styled(axis.bar(float(value), "█" if kind == "actual" else "░"), style),
                    f"{tr(kind, lang)} {shown(t, value, lang, unit=False)}",
                ]
            )
    return table


def record_text(t: Target | None, rec: ValueRecord | JudgementRecord | VoidRecord, lang: str) -> str:
    if isinstance(rec, ValueRecord):
        text = value_text(t, rec.value, lang) if t else str(rec.value)
        return text + (f" ({tr('provisional', lang)})" if rec.provisional else "")
    if isinstance(rec, JudgementRecord):
        return f"{tf('status.judged', lang, rating=tr(rec.rating, lang))}: {rec.reason}"
    return f"{tr('void', lang)} {rec.void}: {rec.reason}"


def history(d: TargetDetail, lang: str) -> Grid:
    """The target's records as a table (`render/history.detail_view` lists them instead where
    the table would split an id, a date or a number)."""
    columns = [Column(tr(name, lang), no_wrap=True) for name in ("id", "as of")]
    columns.append(Column(tr("value", lang), min_width=10, overflow="fold"))  # wraps between a number and its unit
    columns.append(Column(tr("by / recorded", lang), no_wrap=True, overflow="ellipsis", max_width=16))
    columns.append(Column(tr("note", lang), overflow="fold", min_width=4))
    columns.append(Column(tr("state", lang), min_width=11, overflow="fold"))
    table = Grid(columns, title=tr("history", lang), simple_head=True, pad_edge=False)
    for line in d.history:
        rec = line.entry.record
        as_of = rec.as_of if isinstance(rec, ValueRecord | JudgementRecord) else ""
        extra = [x for x in (getattr(rec, "note", None), getattr(rec, "evidence", None)) if x]
        state = tr(line.state, lang) + (f": {line.void.reason}" if line.void else "")
        if isinstance(rec, ValueRecord) and rec.correction:
            state += f" ({tr('correction', lang)})"
        table.rows.append(
            [
                rec.id,
                str(as_of),
                literal(record_text(d.target, rec, lang)),
                literal(rec.by) + Styled(rec.recorded.strftime("\n%Y-%m-%d %H:%M"), "dim"),
                literal(" | ".join(extra)),
                Styled(state, STATE_STYLE[line.state]),
            ]
        )
    if not d.history:
        table.caption = tr("no records yet", lang)
    return table


def view(d: TargetDetail, lang: str) -> list[Grid]:
    """The facts, the chart (where the target has one) and the history, in the order printed."""
    drawn = chart(d.target, d.chart, lang)
    return [facts(d, lang), *([drawn] if drawn is not None else []), history(d, lang)]
