"""The overview of `status` (`render/overview.py`) written without Rich's layout machinery, for
the start-up fast path: at 1,000 plans Rich takes about half a second to lay the table out,
more than everything else a composed `status` does.

It writes the bytes Rich writes for the same table, with colour or without, and only where it
can promise that: every piece of text printable (no tab, line break or control character that
Rich would expand, split or the console would clean), no line cropped, and with colour, no
space in a plan's id (Rich would keep it inside the id's bold). Anywhere else it answers None
and the caller renders with Rich. The tests hold it to Rich's output byte for byte.

With colour, `to_text` asks Rich for the standard colour system whatever the terminal, so the
codes are fixed (but for TERM=dumb or unknown, where Rich lays the table out at 80 columns
whatever the width asked: the caller, `cli/composed.py`, leaves that to Rich). Rich writes
each styled segment as `ESC[<code>m`, its text, `ESC[0m`, and every segment apart (it merges
none). The segments here are Rich's: the title's whole line in
italic; in the header, each cell's left padding, its line (with the spaces that align it) and
its right padding in bold; a plan's id in bold, its padding not; the hint dim, the space that
joins it to the day's line and that line not.

How Rich lays out this table (`rich.table.Table` with the default box, HEAVY_HEAD, edge,
header and padding of one cell either side, no expansion): each column is as wide as its
widest line plus the padding; the title is centred over the table; a cell's lines are padded
to the column's width (the count column right-aligned); a row is as tall as its tallest cell.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from rich._wrap import divide_line
from rich.cells import cell_len

from targetctl.render.bars import bar
from targetctl.render.i18n import f as tf
from targetctl.render.i18n import t as tr
from targetctl.render.overview import OVERVIEW_HINT, Tally, counts_text, day_line
from targetctl.render.styled import collapse as collapse  # shared with plain_table and plain_show

_EDGES = 5  # two edges and three dividers between four columns
_BOLD, _DIM, _ITALIC = "1", "2", "3"  # the standard SGR codes of Rich's table.header, dim, table.title

Piece = tuple[str, str]
"""A segment as Rich writes it: its text, and its SGR code ('' for none)."""


def _written(pieces: Sequence[Piece], color: bool) -> str:
    if not color:
        return "".join(text for text, _code in pieces)
    return "".join(f"\x1b[{code}m{text}\x1b[0m" if code and text else text for text, code in pieces)


def _simple(*texts: str) -> bool:
    return all(text.isprintable() for text in texts)


def _cell(line: str, width: int, right: bool, code: str, header: bool) -> list[Piece]:
    """One line of a cell, padded as Rich pads it (`Lines.justify`), with the cell's padding:
    in the header all of it in the header's style, in a body cell only the text."""
    if right:
        line = line.rstrip()
        return [(" ", code), (" " * (width - cell_len(line)) + line, code), (" ", code)]
    if header:
        return [(" ", code), (line + " " * (width - cell_len(line)), code), (" ", code)]
    return [(" ", ""), (line, code), (" " * (width - cell_len(line)) + " ", "")]


def _paragraph(text: str, width: int) -> list[tuple[int, str]] | None:
    """`text` wrapped as Rich wraps a Text (`Text.wrap`: between words, a word wider than the
    line folded), each line with where it starts in `text`, or None where Rich would crop a line."""
    breaks = [0, *divide_line(text, width), len(text)]
    lines = []
    for start, end in itertools.pairwise(breaks):
        line = text[start:end]
        if len(line) > width:  # Rich strips trailing spaces counted in characters, then crops
            line = line[: max(len(line.rstrip()), width)]
        if cell_len(line) > width:
            return None
        lines.append((start, line))
    return lines


_RIGHT = (False, True, False, False)  # the count of targets is right-aligned
_FOLD = (True, False, False, True)  # a word wider than the plan or status column is folded
_NO_WRAP = (False, False, True, False)  # the bar is never wrapped


def _wrapped(text: Sequence[Piece], width: int, column: int) -> list[Piece] | None:
    """The lines of a cell's text (its lines and their styles) in `width` cells, as Rich wraps
    it (`Text.wrap`), each without its trailing spaces (padding them gives the same bytes, and
    a styled line has none: see `overview_text`); None where Rich would crop one."""
    out = []
    for line, code in text:
        breaks = [] if _NO_WRAP[column] else divide_line(line, width, fold=_FOLD[column])
        for start, end in itertools.pairwise([0, *breaks, len(line)]):
            piece = line[start:end].rstrip()
            if cell_len(piece) > width:
                return None
            out.append((piece, code))
    return out


def overview_text(
    rows: Sequence[tuple[str, str, Tally]], total: Tally, day: dt.date, lang: str, width: int, color: bool = False
) -> str | None:
    """What `to_text(*overview_of(rows, total, day, lang), width=width, color=color)` writes,
    or None where this cannot promise the same bytes."""
    headers = [tr("plan", lang), tr("targets", lang), tr("progress", lang), tr("status", lang)]
    cells = [(f"{ident}\n{title}", str(t.targets), bar(t.progress), counts_text(t, lang)) for ident, title, t in rows]
    title = tf("status.overview_title", lang, plans=len(rows), n=total.targets)
    hint, summary = tf(OVERVIEW_HINT, lang), day_line(day, total, lang)
    texts = [line for row in cells for cell in row for line in cell.split("\n")]
    room = width - _EDGES
    if not _simple(title, hint, summary, *headers, *texts) or room < 3 * len(headers):
        return None
    if color and any(ident != "".join(ident.split()) for ident, _title, _t in rows):
        return None  # Rich keeps an id's spaces inside its bold, where a line ends too
    natural = [cell_len(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            natural[i] = max(natural[i], *(cell_len(line) for line in cell.split("\n")))
    padded = [min(n + 2, room) for n in natural]
    if sum(padded) > room:  # Rich narrows the columns that may wrap, and measures them again
        padded = [
            min(n + 2, w) for n, w in zip(natural, collapse(padded, [not n for n in _NO_WRAP], room), strict=True)
        ]
        if sum(padded) > room or min(padded) < 3:
            return None
    inner = [w - 2 for w in padded]
    table_width = sum(padded) + _EDGES
    name = title.rstrip()
    # the hint and the day's line are one paragraph: Rich joins texts printed together with a space
    joined = f"{hint} {summary}"
    last = _paragraph(joined, width)
    if cell_len(name) > table_width or last is None:
        return None  # Rich would wrap the title or crop a line
    left = (table_width - cell_len(name)) // 2
    out = [_written([(" " * left + name + " " * (table_width - left - cell_len(name)), _ITALIC)], color)]
    out.append("┏" + "┳".join("━" * w for w in padded) + "┓")
    head = _row([[(h, _BOLD)] for h in headers], inner, header=True)
    body = [
        _row([[*((i, _BOLD) for i in ident.split("\n")), *((t, "") for t in title.split("\n"))], *rest], inner)
        for (ident, title, _t), (_p, *rest) in zip(rows, [[[(c, "")] for c in cell] for cell in cells], strict=True)
    ]
    if head is None or any(lines is None for lines in body) or (color and len(head) > 1):
        return None  # a header wrapped over lines: only where Rich crops, its blank lines' segments unchecked
    out += ["┃" + "┃".join(_written(cell, color) for cell in line) + "┃" for line in head]
    out.append("┡" + "╇".join("━" * w for w in padded) + "┩")
    out += ["│" + "│".join(_written(cell, color) for cell in line) + "│" for lines in body for line in lines or ()]
    out.append("└" + "┴".join("─" * w for w in padded) + "┘")
    for start, line in last:  # the hint is dim; the space after it and the day's line are not
        dim = max(0, len(hint) - start)
        out.append(_written([(line[:dim], _DIM), (line[dim:], "")], color))
    return "\n".join(out) + "\n"


def _row(texts: Sequence[Sequence[Piece]], inner: list[int], header: bool = False) -> list[list[list[Piece]]] | None:
    """A row's lines, cell by cell, each cell's lines padded to the row's height (at the top;
    at the bottom for the header, as Rich aligns it)."""
    columns = []
    for i, text in enumerate(texts):
        lines = _wrapped(text, inner[i], i)
        if lines is None:
            return None
        columns.append(lines)
    height = max(len(lines) for lines in columns)
    out = []
    for n in range(height):
        line = []
        for i, lines in enumerate(columns):
            at = n - (height - len(lines)) if header else n
            words, code = lines[at] if 0 <= at < len(lines) else ("", _BOLD if header else "")
            line.append(_cell(words, inner[i], _RIGHT[i], code, header))
        out.append(line)
    return out
