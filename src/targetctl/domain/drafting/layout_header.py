"""The header of an indicator table laid out by columns, read over the lines it is printed on.

Real plans print a header over two to four lines: 基期值 above （2020年）, 年均增 above 长, 属性
vertically centred beside them. The line that names the indicator column (指标, 名称, 项目) anchors
the header; the lines just above and below it belong to it while each of their pieces is a
header word (基期值, 目标值, 属性, 单位, …) or a fragment of one (（2020, 年）, （%）). Each piece falls
under the anchor's cell it overlaps most, or opens a column of its own; a column's text is its
pieces from top to bottom. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from targetctl.domain.drafting.cn_years import arabic_years
from targetctl.domain.drafting.columns import HEADER_CHARS, Columns, header, name_column

_CELL = re.compile(r"[^ \u3000\t]+(?: [^ \u3000\t]+)*")  # one space may stand inside a cell: 2025 年
_HINT = re.compile(r"指标|名称|项目")  # a header names its indicator column so
_GAP = re.compile(r"(?: {2,}|\u3000+|\t)")
# a piece of a header printed over several lines
_WORD = re.compile(
    r"基期|目标|年均|增长|增速|属性|单位|序号|类别|领域|规划|预期|约束|实际|完成|现状|指标|名称|年度|备注"
)


def _word(text: str) -> re.Match[str] | None:
    return _WORD.search(text.translate(HEADER_CHARS))


_FRAGMENT = re.compile(r"^[（(]?(?:20\d\d\s?年?|%|‰|年|值)?[）)]?$")
_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,2}$")  # the end of a header word wrapped below it: 年均增 | 长
_SPLIT = re.compile(r"(?<=\S) (?=[（(])")  # （2020 （2025: two cells one space apart
_MAX_LINES = 3  # header lines above or below the anchor
# Lines above a table that carry header words (目标, 规划, 指标) but are the text's, never the
# header's: each rule names what the line is and why it cannot be a header cell.
_CN = "一二三四五六七八九十"
_NOT_ABOVE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("heading", re.compile(rf"^(?:[{_CN}]+[、.．]|[（(](?:[{_CN}]+|\d{1, 2})[）)]|第[{_CN}\d]+[章节部篇])")),
    ("sentence", re.compile(r"[。；;：:！？]$|[，,]")),  # a header cell is a name, never a clause
    ("caption", re.compile(rf"^(?:附表|表)\s*[\d{_CN}]*(?:\s|[：:、.．]|$)")),
    ("title", re.compile(r"^\S{16,}$")),  # a header cell is short; a whole line this long is a title
)


@dataclass(frozen=True)
class Header:
    """A table's header: lines [start, end) of the page, its cells and where each column lies."""

    start: int
    end: int
    cells: list[str]
    spans: list[tuple[int, int]]
    columns: Columns
    stray: str = ""  # a row's name beside the header's last lines: the end of the row above it


def cells(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell: text between runs of two or more spaces."""
    return [(m.start(), m.end(), "".join(m.group().split())) for m in _CELL.finditer(line)]


def _pieces(line: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for a, _, _ in cells(line):
        raw = _CELL.match(line, a)
        assert raw is not None
        at = a
        for part in _SPLIT.split(raw.group()):
            out.append((at, at + len(part), "".join(part.split())))
            at += len(part) + 1
    return out


def header_piece(text: str) -> bool:
    """A header word, a fragment of one ((2020, 年）, 二〇二五年, （%）) or the end of one wrapped (长)."""
    return bool(_word(text) or _FRAGMENT.match(arabic_years(text)) or _TAIL.match(text))


def not_above(line: str) -> str:
    """The name of the rule by which a line above a header is the text's own, or ""."""
    text = line.strip()
    return next((name for name, rule in _NOT_ABOVE if rule.search(text)), "")


def _headerish(line: str) -> bool:
    if not_above(line):
        return False
    pieces = _pieces(line)
    return bool(pieces) and all(header_piece(t) for _, _, t in pieces)


def _below(line: str, name: tuple[int, int]) -> tuple[bool, str]:
    """Whether a line below the anchor is the header's, and the text in it under the indicator
    column that is no header word (a row's name beside the header, its cells centred)."""
    pieces = _pieces(line)
    stray = [t for a, b, t in pieces if min(b, name[1]) > max(a, name[0]) and not _word(t)]
    rest = [t for a, b, t in pieces if not (min(b, name[1]) > max(a, name[0]) and not _word(t))]
    ok = bool(rest) and all(header_piece(t) for t in rest)
    return ok, "".join(stray)


_YEAR_CELL = re.compile(r"[（(]?20\d\d$")
_YEAR_WORD = re.compile(r"^年[）)]?$")


def _year_joined(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A text layer may set a year's digits and its 年 apart by two spaces (2025  年): one cell."""
    out: list[tuple[int, int, str]] = []
    for a, b, t in found:
        if out and _YEAR_WORD.match(t) and _YEAR_CELL.search(out[-1][2]):
            out[-1] = (out[-1][0], b, out[-1][2] + t)
        else:
            out.append((a, b, t))
    return out


def find_header(lines: Sequence[str], at: int) -> Header | None:
    """The header anchored at line `at`, if that line names the indicator column."""
    line = lines[at]
    if "\t" in line or not _HINT.search(line.translate(HEADER_CHARS)) or not _GAP.search(line):
        return None
    anchor = _year_joined(cells(line))
    if len(anchor) < 3:
        return None
    start = at
    while start > 0 and at - start < _MAX_LINES and _headerish(lines[start - 1]):
        start -= 1
    k = name_column([t for _, _, t in anchor])
    name = (anchor[k][0], anchor[k][1]) if k is not None else (-1, -1)
    end, stray = at + 1, ""
    while end < len(lines) and end - at <= _MAX_LINES:
        ok, piece = _below(lines[end], name)
        if not ok:
            break
        stray += piece
        end += 1
    spans = [(a, b) for a, b, _ in anchor]
    texts: list[list[tuple[int, str]]] = [[(at, t)] for _, _, t in anchor]
    for j in [*range(start, at), *range(at + 1, end)]:
        for a, b, t in _pieces(lines[j]):
            if j > at and min(b, name[1]) > max(a, name[0]) and not _word(t):
                continue  # a row's name, not the header's
            k = max(range(len(spans)), key=lambda k: min(b, spans[k][1]) - max(a, spans[k][0]))
            if min(b, spans[k][1]) > max(a, spans[k][0]):
                spans[k] = (min(a, spans[k][0]), max(b, spans[k][1]))
                texts[k].append((j, t))
            else:
                spans.append((a, b))
                texts.append([(j, t)])
    order = sorted(range(len(spans)), key=lambda k: spans[k][0])
    merged = ["".join(t for _, t in sorted(texts[k])) for k in order]
    columns = header(merged)
    if columns is None and (start, end) != (at, at + 1):
        start, end, stray = at, at + 1, ""  # the lines around it were not the header's after all
        merged = [t for _, _, t in anchor]
        order = list(range(len(anchor)))
        spans = [(a, b) for a, b, _ in anchor]
        columns = header(merged)
    if columns is None:
        return None
    return Header(start, end, merged, [spans[k] for k in order], columns, stray)
