"""Indicator tables in a text laid out by columns (a PDF's text layer, pdftotext -layout): rows
made tab-separated cells, as a Word table arrives, so that `tables` reads them by its one set of
row rules.

In such a text a table's cells are separated by runs of spaces, and its header row names the
columns (指标 单位 2020年 2025年 属性). Each later line's cells fall under the header cell they
overlap most. A row name too long for its column wraps onto the lines below its numbers, or
above them when the cell is centred: a line with only a name is a piece of the name of the row
just above it (no blank line between), else of the next row with numbers; a name alone, with
no numbers after it before a blank line, is a category. The table ends at a heading, a
sentence (。；) or a note (注：). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from targetctl.domain.drafting.lines import HEADING_RANKS
from targetctl.domain.drafting.tables import SEPARATOR, header

_GAP = re.compile(r"(?: {2,}|\u3000+|\t)")
_CELL = re.compile(r"[^ \u3000\t]+(?: [^ \u3000\t]+)*")  # one space may stand inside a cell: 2025 年
_HINT = re.compile(r"指标|名称|项目")  # a header names its indicator column so
_END = re.compile(r"[。；;]|^(?:注|备注|说明|资料来源)[：:]")


@dataclass(frozen=True)
class Laid:
    """A table found in laid-out lines: lines [start, end) become `rows`."""

    start: int
    end: int
    rows: list[str]
    name: int  # the indicator column


def _cells(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell: text between runs of two or more spaces."""
    return [(m.start(), m.end(), "".join(m.group().split())) for m in _CELL.finditer(line)]


def _column(span: tuple[int, int], columns: Sequence[tuple[int, int]]) -> int:
    """The header cell a cell falls under: the one it overlaps most, else the last that starts
    at or before it (a half-width digit set apart from its name, 每千人口拥有  3, stays in it)."""
    a, b = span
    k = max(range(len(columns)), key=lambda k: min(b, columns[k][1]) - max(a, columns[k][0]))
    if min(b, columns[k][1]) > max(a, columns[k][0]):
        return k
    return max((k for k, (c, _) in enumerate(columns) if c <= a), default=0)


def _ends(flat: str) -> bool:
    return bool(_END.search(flat)) or any(p.match(flat) for _, p in HEADING_RANKS)


def find_tables(lines: Sequence[str]) -> list[Laid]:
    """Every indicator table laid out by columns in `lines`."""
    out: list[Laid] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        cells = _cells(line) if SEPARATOR not in line and _HINT.search(line) and _GAP.search(line) else []
        columns = header([c for _, _, c in cells]) if len(cells) >= 3 else None
        if columns is None:
            i += 1
            continue
        laid = _rows(lines, i, cells, columns.name)
        out.append(laid)
        i = max(laid.end, i + 1)
    return out


def _rows(lines: Sequence[str], at: int, head: list[tuple[int, int, str]], name: int) -> Laid:
    spans = [(a, b) for a, b, _ in head]
    rows: list[list[str]] = [[c for _, _, c in head]]
    pending: list[str] = []  # pieces of a name waiting for their row's numbers
    open_row: list[str] | None = None  # the last row with numbers, while no blank line follows it
    end = at + 1

    def category() -> None:
        if pending:
            row = [""] * len(spans)
            row[name] = "".join(pending)
            rows.append(row)
            pending.clear()

    for j in range(at + 1, len(lines)):
        flat = "".join(lines[j].split())
        if not flat:
            category()
            open_row = None
            continue
        if _ends(flat) or SEPARATOR in lines[j]:
            break
        end = j + 1
        row = [""] * len(spans)
        for a, b, text in _cells(lines[j]):
            k = _column((a, b), spans)
            row[k] += text
        if not any(c for k, c in enumerate(row) if k != name):
            if open_row is not None:
                open_row[name] += row[name]
            else:
                pending.append(row[name])
            continue
        row[name] = "".join(pending) + row[name]
        pending.clear()
        rows.append(row)
        open_row = row
    category()
    return Laid(at, end, [SEPARATOR.join(r) for r in rows], name)


def tabulate(text: str) -> str:
    """The text with each indicator table laid out by columns made tab-separated rows."""
    if not _HINT.search(text):
        return text
    lines = text.split("\n")
    found = find_tables(lines)
    if not found:
        return text
    out: list[str] = []
    i = 0
    for laid in found:
        out.extend(lines[i : laid.start])
        out.extend(laid.rows)
        i = laid.end
    out.extend(lines[i:])
    return "\n".join(out)


def _glyphs(lines: Sequence[str]) -> str:
    return "".join(sorted("".join("".join(lines).split())))


def splice(plain: str, laid: str) -> str:
    """A page's plain text (a PDF reader's default order: a table's cells one after another,
    columns lost) with each indicator table replaced by its rows read from the same page laid out
    by columns (`laid`). A table is taken only when the plain text holds its glyphs, all of them
    and nothing else, from its header line on; otherwise the plain text stands as it is."""
    laid_lines = laid.split("\n")
    found = find_tables(laid_lines)
    if not found:
        return plain
    lines = plain.split("\n")
    flats = ["".join(ln.split()) for ln in lines]
    out: list[str] = []
    i = 0
    for table in found:
        head = "".join(laid_lines[table.start].split())
        glyphs = _glyphs(laid_lines[table.start : table.end])
        h = next((k for k in range(i, len(lines)) if flats[k] == head), None)
        if h is None:
            continue
        count, k = 0, h
        while k < len(lines) and count < len(glyphs):
            count += len(flats[k])
            k += 1
        if count != len(glyphs) or _glyphs(lines[h:k]) != glyphs:
            continue
        out.extend(lines[i:h])
        out.extend(_named(table, flats[h + 1 : k]))
        i = k
    out.extend(lines[i:])
    return "\n".join(out)


def _named(table: Laid, plain: Sequence[str]) -> list[str]:
    """The table's rows, each named as the reader's default order gives it: there a row's name
    comes whole, before its other cells, where the layout may split a centred name above and
    below its numbers (rows without a blank line between them). Kept as laid out unless every
    row is found so, in order, with nothing left over."""
    rows = [r.split(SEPARATOR) for r in table.rows[1:]]
    names: list[str] = []
    pos = 0
    for row in rows:
        values = "".join(c for k, c in enumerate(row) if k != table.name)
        name = ""
        while pos < len(plain) and not (values and plain[pos].endswith(values)):
            name += plain[pos]
            pos += 1
            if not values and name == row[table.name]:
                break
        if values:
            if pos == len(plain):
                return table.rows
            name += plain[pos][: len(plain[pos]) - len(values)]
            pos += 1
        names.append(name)
    if pos != len(plain) or sorted("".join(names)) != sorted("".join(r[table.name] for r in rows)):
        return table.rows
    for row, name in zip(rows, names, strict=True):
        row[table.name] = name
    return [table.rows[0], *(SEPARATOR.join(r) for r in rows)]


_HEADER_LINE = re.compile(r"(?m)^.*(?:指标|名称).*(?:单位|属性|目标|20\d\d\s*年)")


def may_hold_table(text: str) -> bool:
    """Whether a page's text has a line that may be an indicator table's header: only such a
    page is read again laid out by columns, which costs a PDF reader several times more."""
    return _HEADER_LINE.search(text) is not None
