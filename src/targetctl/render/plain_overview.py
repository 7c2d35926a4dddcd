"""The overview of `status` (`render/overview.py`) written without Rich's layout machinery, for
the start-up fast path: at 1,000 plans Rich takes about half a second to lay the table out,
more than everything else a composed `status` does.

It writes the bytes Rich writes for the same table without colour, and only where it can
promise that: every column at its natural width within the terminal's (Rich then wraps
nothing), every piece of text printable (no tab, line break or control character that Rich
would expand, split or the console would clean) and the lines under the width. Anywhere else,
and with colour, it answers None and the caller renders with Rich. The tests hold it to Rich's
output byte for byte.

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

_EDGES = 5  # two edges and three dividers between four columns


def _simple(*texts: str) -> bool:
    return all(text.isprintable() for text in texts)


def _cell(line: str, width: int, right: bool = False) -> str:
    """One line of a cell, padded as Rich pads it (`Lines.justify`), with the cell's padding."""
    if right:
        line = line.rstrip()
        return " " + " " * (width - cell_len(line)) + line + " "
    return " " + line + " " * (width - cell_len(line)) + " "


def _paragraph(text: str, width: int) -> list[str] | None:
    """`text` wrapped as Rich wraps a Text (`Text.wrap`: between words, a word wider than the
    line folded), or None where Rich would crop a line."""
    breaks = [0, *divide_line(text, width), len(text)]
    lines = []
    for start, end in itertools.pairwise(breaks):
        line = text[start:end]
        if len(line) > width:  # Rich strips trailing spaces counted in characters, then crops
            line = line[: max(len(line.rstrip()), width)]
        if cell_len(line) > width:
            return None
        lines.append(line)
    return lines


def overview_text(
    rows: Sequence[tuple[str, str, Tally]], total: Tally, day: dt.date, lang: str, width: int
) -> str | None:
    """What `to_text(*overview_of(rows, total, day, lang), width=width)` writes without colour,
    or None where this cannot promise the same bytes."""
    headers = [tr("plan", lang), tr("targets", lang), tr("progress", lang), tr("status", lang)]
    cells = [([ident, title], [str(t.targets)], [bar(t.progress)], [counts_text(t, lang)]) for ident, title, t in rows]
    title = tf("status.overview_title", lang, plans=len(rows), n=total.targets)
    hint, summary = tf(OVERVIEW_HINT, lang), day_line(day, total, lang)
    texts = [line for row in cells for column in row for line in column]
    if not _simple(title, hint, summary, *headers, *texts):
        return None
    widths = [cell_len(h) for h in headers]
    for row in cells:
        for i, column in enumerate(row):
            widths[i] = max(widths[i], *(cell_len(line) for line in column))
    padded = [w + 2 for w in widths]
    table_width = sum(padded) + _EDGES
    name = title.rstrip()
    # the hint and the day's line are one paragraph: Rich joins texts printed together with a space
    last = _paragraph(f"{hint} {summary}", width)
    if table_width > width or cell_len(name) > table_width or last is None:
        return None  # Rich would wrap or shrink something
    left = (table_width - cell_len(name)) // 2
    out = [" " * left + name + " " * (table_width - left - cell_len(name))]
    out.append("┏" + "┳".join("━" * w for w in padded) + "┓")
    out.append("┃" + "┃".join(_cell(h, w, i == 1) for i, (h, w) in enumerate(zip(headers, widths, strict=True))) + "┃")
    out.append("┡" + "╇".join("━" * w for w in padded) + "┩")
    for row in cells:
        height = max(len(column) for column in row)
        for n in range(height):
            line = [
                _cell(column[n] if n < len(column) else "", w, i == 1)
                for i, (column, w) in enumerate(zip(row, widths, strict=True))
            ]
            out.append("│" + "│".join(line) + "│")
    out.append("└" + "┴".join("─" * w for w in padded) + "┘")
    out += last
    return "\n".join(out) + "\n"
