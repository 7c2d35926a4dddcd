"""`show`'s view (`render/show_view.view`) written without Rich's layout machinery, for a cold
`show`: Rich's import, console and table layout were about a seventh of one.

It writes the bytes `to_text(*detail_view(d, lang, width), width=width, color=color)` writes,
and only where it can promise that: every piece of text printable and kept as it is by the
terminal rule, no line that Rich would crop or cut with an ellipsis, no table wider than the
terminal or narrowed evenly (Rich's last resort), no title or caption that would wrap, only
the styles `render/styled._sgr` knows, and a history table whose widest ids, dates and
numbers fit without a look at Rich's rendering (`render/console.fits`: else Rich may list the
records instead). Anywhere else it answers None and the caller renders with Rich. The tests
hold it to Rich's output byte for byte.

How Rich lays these tables out (`rich.table.Table`, never expanded): each column as wide as
the widest line of its cells, header included, plus the cell's padding, clamped to its minimum
and maximum width; a table too wide for the terminal narrows the widest columns that may wrap
(`plain_overview.collapse`) and measures every column again at its width. A cell's lines are
wrapped between words (`rich._wrap.divide_line`, a word wider than the column folded where the
column folds), each justified to the column (the pad in the text's own style) and padded either
side in the cell's style; a row is as tall as its tallest cell, the others filled with blank
lines in their cell's style (at the top in the header, at the bottom elsewhere). The title
(italic) and the caption (dim italic) are centred over the table.
"""

from __future__ import annotations

import itertools

from rich._wrap import divide_line
from rich.cells import cell_len, set_cell_size

from targetctl.domain.problems import clean
from targetctl.render.show_view import Cell, Grid
from targetctl.render.styled import Styled, _centred, _Decline, _sgr, _written, collapse
from targetctl.render.styled import lines as split_lines

Run = tuple[str, str]
"""A segment as Rich writes it: its text and its SGR codes ('' for none)."""


def stands_in(color: bool, term: str) -> bool:
    """Whether this writer may stand in for Rich: not in colour on a terminal Rich takes for dumb
    (`Console.is_dumb_terminal`), where it lays out at 80 columns whatever width it is given
    (as `cli/composed.py` decides for status's plain writers)."""
    return not color or term.lower() not in ("dumb", "unknown")


def view_text(view: list[Grid], width: int, color: bool = False, history: bool = False) -> str | None:
    """What Rich writes for the tables of `view` at `width` (`history`: the last table holds
    records, which Rich lists instead where they do not fit), or None where this cannot promise
    the same bytes."""
    if width < 1:
        return None
    try:
        out: list[str] = []
        for spec in view:
            if history and spec is view[-1] and _needed(spec) > width:
                return None  # Rich renders the table to see whether it fits
            out += _table(spec, width, color)
    except (_Decline, KeyError, ValueError):
        return None
    return "\n".join(out) + "\n"


def _styled(cell: Cell) -> Styled:
    return Styled(cell) if isinstance(cell, str) else cell


def _needed(spec: Grid) -> int:
    """`render/console.fits`'s first test: the widest line of each column added up, with room
    for padding and borders."""
    needed = 3 * len(spec.columns) + 2
    for i, column in enumerate(spec.columns):
        lines = [line.strip() for row in spec.rows for line in _styled(row[i]).plain.splitlines()]
        needed += max([cell_len(column.header), *(cell_len(line) for line in lines if line)])
    return needed


def _check(*texts: str) -> None:
    for text in texts:
        for line in text.split("\n"):
            if not line.isprintable() or clean(line) != line:
                raise _Decline("not printable")


def _table(spec: Grid, width: int, color: bool) -> list[str]:
    n = len(spec.columns)
    vertical, h = spec.padding
    if vertical or (spec.collapse_padding and spec.pad_edge):
        raise _Decline("padding")
    cells = [[_styled(c) for c in row] for row in spec.rows]
    headers = [Styled(c.header) for c in spec.columns]
    _check(spec.title or "", spec.caption or "", *(c.plain for c in headers))
    _check(*(c.plain for row in cells for c in row))
    lefts = [0 if (spec.collapse_padding and i) or (not spec.pad_edge and i == 0) else h for i in range(n)]
    rights = [0 if not spec.pad_edge and i == n - 1 else h for i in range(n)]
    pads = [left + right for left, right in zip(lefts, rights, strict=True)]
    longest = [
        [_longest(c) for c in ([headers[i]] if spec.show_header else []) + [row[i] for row in cells]] for i in range(n)
    ]

    def measure(i: int, limit: int) -> int:
        """`Table._measure_column`'s maximum."""
        if limit < 1:
            return 0
        if not longest[i] or limit - pads[i] < 1:
            found = limit
        else:
            found = min(max(min(size, limit - pads[i]) for size in longest[i]) + pads[i], limit)
        column = spec.columns[i]
        if column.min_width is not None:
            found = max(found, column.min_width + pads[i])
        if column.max_width is not None:
            found = min(found, column.max_width + pads[i])
        return found

    extra = (2 if spec.simple_head and spec.show_edge else 0) + (n - 1 if spec.simple_head else 0)
    room = width - extra
    widths = [measure(i, room) or 1 for i in range(n)]
    if sum(widths) > room:
        widths = collapse(widths, [not c.no_wrap for c in spec.columns], room)
        if sum(widths) > room:
            raise _Decline("reduced evenly")
        widths = [measure(i, w) or 0 for i, w in enumerate(widths)]
    total = sum(widths) + extra
    if total > width:
        raise _Decline("wider than the terminal")
    inner = [w - p for w, p in zip(widths, pads, strict=True)]
    if min(inner) < 1:
        raise _Decline("no room")

    out: list[str] = []
    if spec.title:
        out.append(_written(_centred(Styled(spec.title, "italic"), total, False).runs(total), color))
    if spec.simple_head and spec.show_edge:
        out.append(" " * total)
    rows = ([headers] if spec.show_header else []) + cells
    edge = " " if spec.simple_head and spec.show_edge else ""
    divider = " " if spec.simple_head else ""
    for index, row in enumerate(rows):
        header = spec.show_header and index == 0
        columns = []
        for i, cell in enumerate(row):
            style = "bold" if header else spec.columns[i].style
            code = _sgr((style,))
            left = [(" " * lefts[i], code)] if lefts[i] else []
            right = [(" " * rights[i], code)] if rights[i] else []
            lines = [[*left, *runs, *right] for runs in _cell_lines(cell, spec, i, inner[i], style)]
            columns.append((lines, [(" " * widths[i], code)]))
        height = max(len(lines) for lines, _blank in columns)
        for k in range(height):
            parts = []
            for lines, blank in columns:
                at = k - (height - len(lines)) if header else k
                parts.append(_written(lines[at] if 0 <= at < len(lines) else blank, color))
            out.append(edge + divider.join(parts) + edge)
        if header and spec.simple_head:
            out.append(edge + "─" * (total - 2 * len(edge)) + edge)
    if spec.simple_head and spec.show_edge:
        out.append(" " * total)
    if spec.caption:
        line = _centred(Styled(spec.caption, "dim italic"), total, False)
        out.append(_written(line.runs(total), color))
    return out


def _longest(cell: Styled) -> int:
    return max((cell_len(line) for line in cell.plain.splitlines()), default=0)


def _cell_lines(cell: Styled, spec: Grid, i: int, width: int, style: str) -> list[list[Run]]:
    """The lines of a cell's text in `width` cells, as Rich wraps and justifies them."""
    column = spec.columns[i]
    out = []
    for line in split_lines(cell.plain, cell.style, cell.spans):
        if column.no_wrap:
            pieces = [line]
        else:
            breaks = divide_line(line.plain, width, fold=column.overflow == "fold")
            pieces = [_cut(line, a, b) for a, b in itertools.pairwise([0, *breaks, len(line.plain)])]
            pieces = [_rstrip_end(piece, width) for piece in pieces]
        for piece in pieces:
            if column.justify == "right":
                piece = piece.cropped(piece.plain.rstrip())
                size = cell_len(piece.plain)
                if size > width:
                    raise _Decline("cropped")
                shift = width - size
                piece = Styled(
                    " " * shift + piece.plain, piece.style, [(s + shift, e + shift, st) for s, e, st in piece.spans]
                )
            elif cell_len(piece.plain) > width and cell_len(piece.plain.rstrip()) <= width:
                piece = piece.cropped(set_cell_size(piece.plain, width))  # `Text.truncate`: spaces past the end
            out.append(piece.runs(width, style))
    return out


def _cut(text: Styled, start: int, end: int) -> Styled:
    """`text[start:end]` with the parts of its spans over it (`Text.divide`)."""
    spans = [(max(s, start) - start, min(e, end) - start, st) for s, e, st in text.spans if s < end and e > start]
    return Styled(text.plain[start:end], text.style, spans)


def _rstrip_end(text: Styled, size: int) -> Styled:
    """`Text.rstrip_end`: trailing whitespace removed, as much as the text is longer (in
    characters) than `size`."""
    excess = len(text.plain) - size
    if excess <= 0:
        return text
    spaces = len(text.plain) - len(text.plain.rstrip())
    return text.cropped(text.plain[: len(text.plain) - min(spaces, excess)]) if spaces else text
