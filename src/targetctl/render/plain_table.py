"""`status`'s table view (`render/status_table.tables_of` with the default view) written without
Rich's layout machinery, for the start-up fast path: after a `record` in a plan of 100
targets, Rich's layout and its imports were most of a composed `status`.

It writes the bytes `to_text(*tables_of(plans, summary, lang, width, View()), width=width,
color=color)` writes, and only where it can promise that: every text printable, no string
cell that Rich's markup could read (the fit test, `render/console.fits`, renders with markup
on), no column narrower than its header or its widest line but the target's (whose titles are
cut, as `OneLine` cuts them, and ids folded), no table wider than the terminal, and no plan
that needs the list layout. (On a colour terminal Rich takes for dumb, TERM=dumb or unknown,
Rich lays out at 80 columns whatever the width asked: the caller, `cli/composed.py`, leaves
that to Rich.) Anywhere else it answers None and the caller renders with Rich.
The tests hold it to Rich's output byte for byte.

How Rich lays these tables out (`rich.table.Table`): each column as wide as the widest
measure of its cells, header included, plus its padding, the target column at least its
`min_width`; a table too wide for the terminal narrows the target column (the only one that
may wrap: `_collapse_widths`) and measures every column again at its width. A cell is padded
(`Padding`), each of its lines justified to the column (`Lines.justify`: the text's own style
over the spaces it adds, not its spans'); a row is as tall as its tallest cell, the others
padded with blank lines; sections are parted by a row line. The title (a Text: no table
style) and the caption (a str in `table.caption`, dim italic; none where one plan is shown, whose
roll-up the summary line says) are centred over the table.

With colour, each run of a line between the boundaries of its spans is one segment, written
as `ESC[<codes>m`, its text, `ESC[0m` (Rich merges none): the codes are the line's own style
and then each span over it, combined (attributes added, the last colour kept), as Rich's
standard colour system writes them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.cells import cell_len, set_cell_size

from targetctl.domain.problems import clean
from targetctl.domain.rollup import Rollup
from targetctl.domain.vocabulary import STATUSES, Status
from targetctl.render.bars import BAR, bar
from targetctl.render.i18n import f as tf
from targetctl.render.i18n import t as tr
from targetctl.render.overview import counts_text, rollup_text
from targetctl.render.plain_overview import _paragraph, collapse
from targetctl.render.styled import RATING_STYLE as RATING_STYLE  # status's styles: their home is render/styled
from targetctl.render.styled import STYLE as STYLE
from targetctl.render.styled import Styled as _Text
from targetctl.render.styled import _centred, _Decline, _sgr, _written
from targetctl.render.styled import lines as _lines

WIDE = 120
"""From this many columns on, status has separate expected and at-this-pace columns."""
ATTENTION: tuple[Status, ...] = ("missed", "behind", "at-risk", "on-track", "not-started", "achieved", "no-data")

_NUMBERISH = re.compile(r"[\d０-９.,，．%]")  # `render/console.cut`: never cut right after a digit


def compact_progress(p: Mapping[str, Any], lang: str) -> str:
    """The progress cell of a narrow table: a short bar, and under it what is expected by now
    (or that the target has no deadline). Rich's table and this writer both print it."""
    progress = bar(p["fraction"], cells=5)
    if p["exp_short"] is not None:
        progress += f"\n{tr('exp.', lang)} {p['exp_short']}"
    elif p["open"]:
        progress += f"\n{tr('no deadline', lang)}"
    return progress


def _cut(text: _Text, width: int) -> _Text:
    """`render/console.cut` of a one-line text."""
    if cell_len(text.plain) <= width:
        return text
    kept = text.cropped(set_cell_size(text.plain, max(0, width - 1)))
    plain = kept.plain
    if plain and _NUMBERISH.match(plain[-1]):
        keep = len(plain)
        while keep and _NUMBERISH.match(plain[keep - 1]):
            keep -= 1
        kept = kept.head(keep)
    return _Text(kept.plain + "…", kept.style, kept.spans)


@dataclass
class _Cell:
    """A cell as the table holds it: its lines (a str's or a Text's), or a title kept to one
    line (`OneLine`) with, under it, a target's id (`Group`)."""

    lines: list[_Text] = field(default_factory=list)
    one: _Text | None = None
    ident: str | None = None
    markup: bool = False  # a str: the fit test reads it as markup

    def natural(self) -> int:
        widths = [cell_len(line.plain) for line in self.lines]
        if self.one is not None:
            widths.append(cell_len(self.one.plain))
        if self.ident is not None:
            widths.append(cell_len(self.ident))
        return max(widths, default=0)

    def render(self, width: int, no_wrap: bool, cell: str = "") -> list[list[tuple[str, str]]]:
        out = []
        for line in self.lines:
            if not no_wrap and cell_len(line.plain) > width:
                raise _Decline("wrapped")
            out.append(line.runs(width, cell))
        if self.one is not None:
            out.append(_cut(self.one, width).runs(width, cell))
        if self.ident is not None:
            out.append(_Text(set_cell_size(self.ident, width), "dim cyan").runs(width, cell))
        return out


def _str(text: str) -> _Cell:
    return _Cell(_lines(text), markup=True)


@dataclass
class _Layout:
    headers: list[str]
    pads: list[tuple[int, int]]
    no_wrap: list[bool]
    min_width: int
    compact: bool
    rows: list[list[_Cell]] = field(default_factory=list)
    ends: list[bool] = field(default_factory=list)  # a row that ends a section


def rollup_of(data: Mapping[str, Any]) -> Rollup:
    counts: dict[Status, int] = dict.fromkeys(STATUSES, 0)
    counts.update(data["counts"])
    return Rollup(counts, float(data["total"]), int(data["targets"]))


def _state(p: Mapping[str, Any], lang: str) -> _Cell:
    """`status_table._state`: the status in its style, then the judgement, the overdue report
    and the day of the last update, each a span over the status's style."""
    text, spans = tr(p["status"], lang), []

    def add(more: str, style: str) -> None:
        nonlocal text
        spans.append((len(text), len(text) + len(more), style))
        text += more

    if p["judged"]:
        add("\n" + tf("status.judged", lang, rating=tr(p["judged"], lang)), RATING_STYLE[p["judged"]])
        if p["disagrees"]:
            add(" ≠", "bold yellow")
    if p["overdue"]:
        add("\n" + tr("report overdue", lang), "bold magenta")
    add(f"\n{p['updated']}", "dim")
    return _Cell(_lines(text, STYLE[p["status"]], spans))


def _layout(ps: Mapping[str, Any], lang: str, width: int, compact: bool) -> _Layout:
    ids = [len(p["id"]) for b in ps["blocks"] for p in b["targets"]]
    id_width = min(max(ids, default=12), width // 2)
    if compact:
        names = ["target", "now / goal", "progress", "status"]
        pads = [(0, 1), (0, 1), (0, 1), (0, 0)]
        table = _Layout([tr(n, lang) for n in names], pads, [False, True, True, True], id_width, True)
    else:
        names = ["target", "now / goal", "progress", "expected", "at this pace", "status"]
        table = _Layout([tr(n, lang) for n in names], [(1, 1)] * 6, [False, *[True] * 5], max(12, id_width), False)
    for block in ps["blocks"]:
        depth, rollup = block["depth"], rollup_of(block["rollup"])
        heading = _Text("  " * depth) + _Text(clean(block["title"]), "bold magenta")
        counts = _Cell(_lines(counts_text(rollup, lang, "\n"), "dim"))
        cells = [_Cell(one=heading), _str(tf("status.n_targets", lang, n=rollup.targets))]
        cells.append(_str(bar(rollup.progress, cells=5 if compact else BAR)))
        cells += [counts] if compact else [_str(""), _str(""), counts]
        table.rows.append(cells)
        targets = block["targets"]
        shown = [p for p in targets if p["status"] != "no-data"]
        for p in sorted(shown, key=lambda p: ATTENTION.index(p["status"])):
            title = _Cell(one=_Text("  " * (depth + 1)) + _Text(clean(p["title"])), ident=p["id"])
            now = _Cell(
                _lines(f"{p['now']}\n/ {p['goal']}", spans=[(len(p["now"]), len(p["now"]) + 3 + len(p["goal"]), "dim")])
            )
            if compact:
                table.rows.append([title, now, _str(compact_progress(p, lang)), _state(p, lang)])
            else:
                table.rows.append(
                    [title, now, _str(bar(p["fraction"])), _str(p["expected"]), _str(p["pace"]), _state(p, lang)]
                )
            table.ends.append(False)
        if len(shown) < len(targets):
            note = _Text("  " * (depth + 1)) + _Text(tf("status.hidden_no_data", lang, n=len(targets) - len(shown)))
            note.spans.append((0, len(note.plain), "dim"))  # `Text.stylize`
            table.rows.append([_Cell(one=note), *[_str("") for _ in table.headers[1:]]])
            table.ends.append(False)
        while len(table.ends) < len(table.rows):
            table.ends.append(False)
        table.ends[-1] = True
    return table


def _widths(table: _Layout, max_width: int) -> list[int]:
    """Rich's `Table._calculate_column_widths` (no expansion, no fixed widths)."""

    def measure(column: int, limit: int) -> int:
        left, right = table.pads[column]
        cells = [_Cell(_lines(table.headers[column])), *(row[column] for row in table.rows)]
        found = 0
        for cell in cells:
            if limit - left - right < 1:
                size = limit
            else:
                size = min(min(cell.natural(), limit - left - right) + left + right, limit)
            found = max(found, size)
        found = min(found, limit)
        return max(found, table.min_width + left + right) if column == 0 else found

    widths = [measure(i, max_width) or 1 for i in range(len(table.headers))]
    if sum(widths) > max_width:
        widths = collapse(widths, [not n for n in table.no_wrap], max_width)
        if sum(widths) > max_width:
            raise _Decline("reduced evenly")
        widths = [measure(i, w) or 0 for i, w in enumerate(widths)]
    return widths


def _render(ps: Mapping[str, Any], table: _Layout, lang: str, width: int, color: bool, alone: bool) -> list[str]:
    """The table's lines: title, box and rows, caption."""
    n = len(table.headers)
    extra = 2 + n - 1
    widths = _widths(table, width - extra)
    total = sum(widths) + extra
    if total > width:
        raise _Decline("wider than the terminal")
    inner = [w - left - right for w, (left, right) in zip(widths, table.pads, strict=True)]
    if min(inner) < 1:
        raise _Decline("no room")
    title = _Text(ps["id"] + "  " + clean(ps["title"]), spans=[(0, len(ps["id"]), "bold")])
    out = [_written(_centred(title, total, True).runs(total), color)]
    if table.compact:  # SIMPLE_HEAD: spaces, and a rule under the header
        hl = hd = hr = bl = bd = br = " "
        out.append(" " * total)
        head_line = " " + "─" * (total - 2) + " "
        row_line = bottom_line = " " * total
    else:
        hl, hd, hr = "┃┃┃"
        bl, bd, br = "│││"
        out.append("┏" + "┳".join("━" * w for w in widths) + "┓")
        head_line = "┡" + "╇".join("━" * w for w in widths) + "┩"
        row_line = "├" + "┼".join("─" * w for w in widths) + "┤"
        bottom_line = "└" + "┴".join("─" * w for w in widths) + "┘"

    def cell_lines(cell: _Cell, column: int, style: str = "") -> list[str]:
        left, right = table.pads[column]
        lines = cell.render(inner[column], table.no_wrap[column], style)
        pads = ([(" " * left, _sgr((style,)))] if left else [], [(" " * right, _sgr((style,)))] if right else [])
        return [_written([*pads[0], *runs, *pads[1]], color) for runs in lines]

    header = [cell_lines(_Cell(_lines(h)), i, "bold") for i, h in enumerate(table.headers)]
    if any(len(lines) != 1 for lines in header):
        raise _Decline("header wrapped")
    out.append(hl + hd.join(lines[0] for lines in header) + hr)
    out.append(head_line)
    for index, (cells, end) in enumerate(zip(table.rows, table.ends, strict=True)):
        columns = [cell_lines(cell, i) for i, cell in enumerate(cells)]
        height = max(len(lines) for lines in columns)
        for k in range(height):
            parts = [lines[k] if k < len(lines) else " " * widths[i] for i, lines in enumerate(columns)]
            out.append(bl + bd.join(parts) + br)
        if end and index < len(table.rows) - 1:
            out.append(row_line)
    out.append(bottom_line)
    if alone:
        return out
    caption = rollup_text(rollup_of(ps["rollup"]), lang)
    code = _sgr(("dim italic",))
    for _start, piece in _paragraph(caption, total) or _decline():
        out.append(_written([(_centred(_Text(piece), total, False).plain, code)], color))
    return out


def _decline() -> list[tuple[int, str]]:
    raise _Decline("cropped")


def _fits(ps: Mapping[str, Any], table: _Layout, lang: str, width: int, alone: bool) -> tuple[bool, list[str] | None]:
    """`render/console.fits`: whether every id, number and status stands whole; with the
    table's lines without colour when they had to be looked at."""
    atoms: list[str] = []
    needed = 3 * len(table.headers) + 2
    for column, header in enumerate(table.headers):
        widest = 0
        for row in table.rows:
            cell = row[column]
            texts = (
                [cell.ident]
                if cell.ident is not None
                else []
                if cell.one is not None
                else ["\n".join(line.plain for line in cell.lines)]
            )
            for text in texts:
                lines = [line.strip() for line in text.splitlines() if line.strip()]
                atoms += lines
                widest = max([widest, *(cell_len(line) for line in lines)])
        needed += max(widest, cell_len(header))
    if needed <= width:
        return True, None
    lines = _render(ps, table, lang, width, False, alone)
    shown = "\n".join(lines) + "\n"
    return all(atom in shown for atom in atoms), lines


def table_text(
    plans: Sequence[Mapping[str, Any]], summary: str, lang: str, width: int, color: bool = False
) -> str | None:
    """What `to_text(*tables_of(plans, summary, lang, width, View()), width=width, color=color)`
    writes, or None where this cannot promise the same bytes."""
    try:
        out: list[str] = []
        for ps in plans:
            out += _plan(ps, lang, width, color, len(plans) == 1)
        last = _paragraph(summary, width)
        if last is None or not summary.isprintable():
            return None
        out += [line for _start, line in last]
    except (_Decline, KeyError, TypeError, ValueError, AttributeError, IndexError):
        return None
    return "\n".join(out) + "\n"


def _plan(ps: Mapping[str, Any], lang: str, width: int, color: bool, alone: bool) -> list[str]:
    for compact in [False, True] if width >= WIDE else [True]:
        table = _layout(ps, lang, width, compact)
        _check(ps, table)
        fits, plain = _fits(ps, table, lang, width, alone)
        if fits:
            return plain if plain is not None and not color else _render(ps, table, lang, width, color, alone)
    raise _Decline("the list layout")


def _check(ps: Mapping[str, Any], table: _Layout) -> None:
    """Text this writer can promise: printable, kept as it is by the terminal rule, no markup."""
    texts = [ps["id"], ps["title"], *table.headers]
    for row in table.rows:
        for cell in row:
            if cell.markup and any("[" in line.plain for line in cell.lines):
                raise _Decline("markup")
            texts += [line.plain for line in cell.lines]
            texts += [cell.one.plain] if cell.one is not None else []
            texts += [cell.ident] if cell.ident is not None else []
    if not all(text.isprintable() and clean(text) == text for text in texts):
        raise _Decline("not printable")
    if any(cell.ident is not None and cell.ident != "".join(cell.ident.split()) for row in table.rows for cell in row):
        raise _Decline("an id with a space")
