"""Indicator tables in a text laid out by columns (a PDF's text layer, pdftotext -layout): rows
made tab-separated cells, as a Word table arrives, so that `tables` reads them by its one set of
row rules.

In such a text a table's cells are separated by runs of spaces, and its header names the
columns (指标 单位 2020年 2025年 属性), printed over one line or several (`layout_header`). Each
later line's words fall under the header cell they overlap most (cells one space apart, [13.5] —,
are two). Columns before the indicator's are labels (类别, 序号): a category down its merged cell
is no row. A row name too long for its column wraps onto the lines below its numbers, or
above them when the cell is centred: a line with only a name is a piece of the name of the row
just above it (no blank line between), else of the next row with numbers; a name alone, with
no numbers after it before a blank line, is a category. The table ends at a heading, a
sentence (。；), a note (注：) or a page number; one that runs to its page's foot may go on over
the next page (`page_tables`). Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from targetctl.domain.drafting.cn_years import arabic_years
from targetctl.domain.drafting.layout_header import find_header, header_piece
from targetctl.domain.drafting.lines import HEADING_RANKS
from targetctl.domain.drafting.tables import PAGE_NUMBER, SEPARATOR

# each header word also in traditional characters: the text is read in simplified ones only
# after its tables are laid out (io.script)
_HINT = re.compile(r"指[标標]|名[称稱]|[项項]目")  # a header names its indicator column so
_WORD = re.compile(r"[^ \u3000\t]+")
_SERIAL = re.compile(r"序[号號]|[编編][号號]")
_LONE_VALUE = re.compile(r"^(?:[≥≤<>＜＞]?\[?\d+(?:\.\d+)?\]?%?|[—/－-])$")
_SIGN = re.compile(r"^[≥≤<>＜＞]$")
_JOINED_VALUES = re.compile(r"^(?P<a>[≥≤<>＜＞]?\[?\d+(?:\.\d+)?\]?%?)(?P<b>[—/])$")
_FIT_WORDS = 80  # cells enough to find how a page's columns moved
_END = re.compile(r"[。；;]|^(?:注|[备備][注註]|[说說]明|[资資]料[来來]源)[：:]")


@dataclass(frozen=True)
class Carry:
    """A table that ran to the foot of its page: its columns, to read the next page's rows by
    when that page does not repeat the header."""

    head: list[str]
    spans: list[tuple[int, int]]
    name: int
    rowless: bool = False  # only its header's first lines stood at the foot: the rest follows


@dataclass(frozen=True)
class Laid:
    """A table found in laid-out lines: lines [start, end) become `rows`."""

    start: int
    end: int
    rows: list[str]
    name: int  # the indicator column
    carry: Carry
    to_foot: bool = False  # nothing but a page number follows it on its page
    lead: str = ""  # a name's end at the head of a page: the previous page's last row's
    has_header: bool = True
    at_top: bool = False  # nothing stands before it on its page
    head_rows: int = 1  # its first rows that are header: its header, or the rest of one


def _column(span: tuple[int, int], columns: Sequence[tuple[int, int]]) -> int:
    """The header cell a cell falls under: the one it overlaps most, else the last that starts
    at or before it (a half-width digit set apart from its name, 每千人口拥有  3, stays in it)."""
    a, b = span
    k = max(range(len(columns)), key=lambda k: min(b, columns[k][1]) - max(a, columns[k][0]))
    if min(b, columns[k][1]) > max(a, columns[k][0]):
        return k
    return max((k for k, (c, _) in enumerate(columns) if c <= a), default=0)


def _numbered(flat: str) -> bool:
    return not _END.search(flat) and any(p.match(flat) for _, p in HEADING_RANKS)


def _row_follows(lines: Sequence[str], at: int, spans: Sequence[tuple[int, int]], name: int) -> bool:
    """Whether the next line with text, within a few, is a row of the table (a cell with a digit
    right of the indicator's)."""
    for line in lines[at : at + 3]:
        if line.strip():
            return not _ends("".join(line.split())) and any(
                _column((a, b), spans) > name and any(ch.isdigit() for ch in text) for a, b, text in _words(line)
            )
    return False


def _ends(flat: str) -> bool:
    return bool(_END.search(flat)) or bool(PAGE_NUMBER.match(flat)) or any(p.match(flat) for _, p in HEADING_RANKS)


def find_tables(lines: Sequence[str], carry: Carry | None = None) -> list[Laid]:
    """Every indicator table laid out by columns in `lines`; with `carry`, the page may open
    with the rest of a table begun on the page before (its header repeated or not)."""
    out: list[Laid] = []
    first = next((k for k, ln in enumerate(lines) if ln.strip()), len(lines))
    if carry is not None and first < len(lines) and not _header_at(lines, first):
        laid = _rows(lines, first, first, _aligned(lines, first, carry), continued=True, has_header=False)
        if len(laid.rows) > 1 or laid.lead:
            out.append(laid)
    i = out[-1].end if out else 0
    while i < len(lines):
        head = find_header(lines, i) if _HINT.search(lines[i]) else None
        if head is None:
            i += 1
            continue
        here = Carry(head.cells, head.spans, head.columns.name)
        continued = carry is not None and not out and not "".join(lines[first : head.start]).strip()
        laid = _rows(lines, head.start, head.end, here, continued=continued, has_header=True, stray=head.stray)
        if not out and not "".join(lines[: head.start]).strip():
            laid = replace(laid, at_top=True)
        out.append(laid)
        i = max(laid.end, i + 1)
    return out


def _header_at(lines: Sequence[str], first: int) -> bool:
    """Whether the page opens with a table's header (repeated over a table that runs on)."""
    for k in range(first, min(first + 4, len(lines))):
        head = find_header(lines, k) if _HINT.search(lines[k]) else None
        if head is not None:
            return head.start == first
    return False


def _aligned(lines: Sequence[str], first: int, carry: Carry) -> Carry:
    """The columns of the page before, moved to where this page's cells fall: a reader lays out
    each page by its own measure, so the same column may stand a place or two aside. The move
    (stretch and shift) is the one under which the cells of the page's first rows overlap the
    columns most; a coarse search, then a fine one around its best."""
    rows: list[list[tuple[int, int]]] = []
    for line in lines[first : first + 40]:
        if _ends("".join(line.split())) or sum(map(len, rows)) >= _FIT_WORDS:
            break
        rows.append([(a, b) for a, b, _ in _words(line)])
    words = [w for row in rows for w in row]

    def moved(scale: int, shift: int) -> list[tuple[int, int]]:
        return [((a * scale) // 100 + shift, (b * scale) // 100 + shift) for a, b in carry.spans]

    def fit(m: tuple[int, int]) -> tuple[int, int, int]:
        # first the cells that fall under a column of their own (two cells of a line under one
        # column is a misfit), then how much they overlap, then the smallest move
        spans = moved(*m)
        apart = overlap = 0
        for row in rows:
            hit: set[int] = set()
            for a, b in row:
                best, k = 0, -1
                for j, (c, d) in enumerate(spans):
                    over = (b if b < d else d) - (a if a > c else c)
                    if over > best:
                        best, k = over, j
                overlap += best
                hit.add(k)
            apart += len(hit - {-1})
        return apart, overlap, -abs(m[0] - 100) - abs(m[1])

    if all(any(min(b, d) > max(a, c) for c, d in carry.spans) for a, b in words):
        return carry  # every cell falls under a column as it stands
    coarse = max(((scale, shift) for scale in range(90, 116, 5) for shift in range(-4, 5)), key=fit)
    fine = max(
        ((scale, shift) for scale in range(coarse[0] - 4, coarse[0] + 5) for shift in range(-4, 5)),
        key=fit,
    )
    return replace(carry, spans=moved(*fine))


def _cells_of(line: str, spans: Sequence[tuple[int, int]], name: int) -> list[str]:
    """A line's words under the columns they fall in. Two values under one column one space
    apart ([13.5] —, 40 —), the column right of it empty, are two cells: a page laid out a
    little narrower than its header puts the second under the first's column."""
    words: list[list[str]] = [[] for _ in spans]
    for a, b, text in _words(line):
        words[_column((a, b), spans)].append(text)
    for k in range(len(spans) - 1):
        # a bound set apart from its number (≥  30) binds it, whichever column it fell in
        if words[k] and _SIGN.match(words[k][-1]) and words[k + 1] and words[k + 1][0][:1].isdigit():
            words[k + 1].insert(0, words[k].pop())
    for k in range(name + 1, len(spans) - 1):
        if words[k + 1]:
            continue
        if len(words[k]) == 2 and all(_LONE_VALUE.match(w) for w in words[k]):
            words[k + 1].append(words[k].pop())
        elif len(words[k]) == 1 and (joined := _JOINED_VALUES.match(words[k][0])):
            words[k], words[k + 1] = [joined["a"]], [joined["b"]]  # [13.5]—: no space at all
    return ["".join(w) for w in words]


def _left_open(name: str) -> bool:
    """Whether a piece of a name opens a bracket it does not close (…观众数量（万人 | 次）)."""
    return name.count("（") + name.count("(") > name.count("）") + name.count(")")


def _rest_of_header(row: Sequence[str], name: int) -> bool:
    """Whether a line's cells right of the indicator column are all header pieces."""
    right = [c for k, c in enumerate(row) if k > name and c]
    return bool(right) and all(header_piece(c) for c in right)


def _words(line: str) -> list[tuple[int, int, str]]:
    """Each run of non-space text: in a row, cells one space apart ([13.5] —, 40 —) are apart."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(line)]


def _rows(
    lines: Sequence[str], start: int, body: int, carry: Carry, *, continued: bool, has_header: bool, stray: str = ""
) -> Laid:
    """The rows from line `body` on. Columns before the indicator's (类别, 序号, 一级指标) are
    labels: a category printed down its merged cell beside several rows is no row of its own.
    A line with a value (a cell right of the indicator's) opens a row; a line without one adds
    to the row above it (no blank line between) or waits for the next row (a name wrapped above
    its numbers) or, with nothing before it on a page that continues a table, ends the previous
    page's last row (`lead`)."""
    spans, name = carry.spans, carry.name
    rows: list[list[str]] = [list(carry.head)] if has_header else []
    pending: list[list[str]] = []  # lines of a name waiting for their row's numbers
    widest = 0  # the longest piece of a name so far: a full line of the indicator column
    tail_ended = False  # the open row's name has ended on a short line under its numbers
    open_row: list[str] | None = None  # the last row with numbers, while no blank line follows it
    lead: list[str] = [stray] if stray and continued else []
    if stray and not continued:
        pending.append([stray if k == name else "" for k in range(len(spans))])
    seen_row = False
    end = body

    def flush() -> None:
        if pending:
            row = [""] * len(spans)
            for piece in pending:
                for k, c in enumerate(piece):
                    row[k] += c
            rows.append(row)
            pending.clear()

    header_rest = carry.rowless and not has_header  # the page opens with the rest of a header
    fragment: list[str] | None = None
    for j in range(body, len(lines)):
        flat = "".join(lines[j].split())
        if not flat:
            flush()
            open_row = None
            continue
        if SEPARATOR in lines[j]:
            break
        if _ends(flat):
            if not (_numbered(flat) and _row_follows(lines, j + 1, spans, name)):
                break
            # a category numbered as a heading (一、环境质量), merged across the table: a row of its own
            flush()
            rows.append([flat if k == name else "" for k in range(len(spans))])
            open_row = None
            end = j + 1
            continue
        end = j + 1
        row = _cells_of(lines[j], spans, name)
        if header_rest and _rest_of_header(row, name):
            # one row of header pieces, which the table reader joins to the header on the page
            # before; a name beside them waits for its row
            if fragment is None:
                fragment = [""] * len(spans)
                rows.append(fragment)
            for k, c in enumerate(row):
                if k > name:
                    fragment[k] += c
            if row[name]:
                pending.append([c if k == name else "" for k, c in enumerate(row)])
            continue
        header_rest = False
        if not any(c for k, c in enumerate(row) if k > name):
            widest = max(widest, len(row[name]))
            if open_row is not None and (_left_open(row[name]) or tail_ended):
                # a name whose bracket the next line closes, or a line after one that ended the row
                # above's name short of the column's width: the next row's name
                open_row = None
                pending.append(row)
            elif open_row is not None:
                for k, c in enumerate(row):
                    open_row[k] += c
                if row[name]:  # a line with a category's piece only says nothing of the name
                    tail_ended = len(row[name]) * 2 < widest  # 量 under 承担…课题数: the name is done
            elif continued and not seen_row and not carry.rowless and not any(c for k, c in enumerate(row) if k < name):
                lead.append(row[name])
            else:
                pending.append(row)
            continue
        widest = max(widest, len(row[name]))
        tail_ended = False
        for piece in reversed(pending):
            row = [p + c for p, c in zip(piece, row, strict=True)]
        pending.clear()
        rows.append(row)
        open_row = row
        seen_row = True
    flush()
    rest = ["".join(ln.split()) for ln in lines[end:]]
    to_foot = all(not f or PAGE_NUMBER.match(f) for f in rest)
    carry = replace(carry, rowless=to_foot and has_header and len(rows) == 1)
    head_rows = 1 if has_header or fragment is not None else 0
    laid = [SEPARATOR.join(r) for r in rows]
    return Laid(start, end, laid, name, carry, to_foot, "".join(lead), has_header, head_rows=head_rows)


def tabulate(text: str) -> str:
    """The text with each indicator table laid out by columns made tab-separated rows. Pages
    (pdftotext's form feeds) are read in turn: a table that runs to a page's foot may go on over
    the next, and the end of a name at the head of that page ends the previous page's last row."""
    if not _HINT.search(text):
        return text
    pages: list[list[str]] = []
    carry: Carry | None = None
    for page in text.split("\f"):
        lines = page.split("\n")
        found = find_tables(lines, carry) if carry is not None or _HINT.search(page) else []
        out: list[str] = []
        i = 0
        for laid in found:
            out.extend(lines[i : laid.start])
            out.extend(laid.rows)
            i = laid.end
        out.extend(lines[i:])
        if found and found[0].lead and carry is not None and pages:
            pages[-1] = ended(pages[-1], found[0].lead, carry.name)
        carry = found[-1].carry if found and found[-1].to_foot else None
        pages.append(out)
    return "\f".join("\n".join(p) for p in pages)


def ended(lines: list[str], lead: str, name: int) -> list[str]:
    """`lines` with `lead` added to the name of their last table row."""
    for k in range(len(lines) - 1, -1, -1):
        if SEPARATOR in lines[k]:
            cells = lines[k].split(SEPARATOR)
            if name < len(cells):
                cells[name] += lead
                lines[k] = SEPARATOR.join(cells)
            break
    return lines


def _glyphs(lines: Sequence[str]) -> Counter[str]:
    return Counter("".join("".join(lines).split()))


@dataclass(frozen=True)
class Page:
    """A page's text with its tables spliced in; `carry` when its last table ran to its foot,
    `lead` the end of a name that belongs to the previous page's last row."""

    text: str
    carry: Carry | None = None
    lead: str = ""
    lead_name: int = 0  # the indicator column of the table the lead ends a row of


def splice(plain: str, laid: str) -> str:
    """A page's plain text (a PDF reader's default order: a table's cells one after another,
    columns lost) with each indicator table replaced by its rows read from the same page laid out
    by columns (`laid`). A table is taken only when the plain text holds its glyphs, all of them
    and nothing else, in a run of whole lines; otherwise the plain text stands as it is."""
    return splice_page(plain, laid).text


def splice_page(plain: str, laid: str, carry: Carry | None = None) -> Page:
    """`splice`, where the page may continue a table from the page before (`carry`)."""
    laid_lines = laid.split("\n")
    found = find_tables(laid_lines, carry)
    if not found:
        return Page(plain)
    lines = plain.split("\n")
    flats = ["".join(ln.split()) for ln in lines]
    out: list[str] = []
    i = 0
    next_carry: Carry | None = None
    lead, lead_name = "", 0
    for table in found:
        glyphs = _glyphs(laid_lines[table.start : table.end])
        span = _run(flats, i, glyphs)
        if span is None:
            next_carry = None
            continue
        h, k = span
        out.extend(lines[i:h])
        rows, first = _named(table, flats[h:k])
        if first:
            lead, lead_name = first, table.name
        out.extend(rows)
        i = k
        next_carry = table.carry if table.to_foot else None
    out.extend(lines[i:])
    return Page("\n".join(out), next_carry, lead, lead_name)


def _run(flats: Sequence[str], i: int, glyphs: Counter[str]) -> tuple[int, int] | None:
    """The first run of whole lines from `i` on that holds exactly `glyphs`."""
    total = sum(glyphs.values())
    for h in range(i, len(flats)):
        if not flats[h] or flats[h][0] not in glyphs:
            continue
        count, k = 0, h
        while k < len(flats) and count < total:
            count += len(flats[k])
            k += 1
        if count == total and _glyphs(flats[h:k]) == glyphs:
            return h, k
    return None


def _named(table: Laid, region: Sequence[str]) -> tuple[list[str], str]:
    """The table's rows, each named as the reader's default order gives it, and its lead: there a
    row's name comes whole, before its other cells, where the layout may split a centred name
    above and below its numbers (rows without a blank line between them). In a table numbered
    by a label column (序号) the default order gives a row's category and number first (创新驱动
    4 研究与…): its name is what follows its number, and what stands before the first number on
    a page that continues a table, but its category, ends the previous page's last row. Kept as
    laid out unless every row is found so, in order, with nothing left over."""
    laid_out = (table.rows, table.lead)
    head = table.rows[: table.head_rows]
    serial = next((k for k, c in enumerate(table.carry.head[: table.name]) if _SERIAL.search(c)), None)
    numbered = table.name > 0 and serial is not None
    skip = len("".join(head).replace(SEPARATOR, "")) + (0 if numbered else len(table.lead))
    count = start = 0
    while start < len(region) and count < skip:
        count += len(region[start])
        start += 1
    if count != skip or (table.name > 0 and not numbered):
        return laid_out
    plain = region[start:]
    rows = [r.split(SEPARATOR) for r in table.rows[len(head) :]]
    names: list[str] = []
    lead = "" if numbered else table.lead
    pos = 0
    for n, row in enumerate(rows):
        values = "".join(c for k, c in enumerate(row) if k > table.name)
        name = ""
        while pos < len(plain) and not (values and plain[pos].endswith(values)):
            name += plain[pos]
            pos += 1
            if not values and name == row[table.name]:
                break
        if values:
            if pos == len(plain):
                return laid_out
            name += plain[pos][: len(plain[pos]) - len(values)]
            pos += 1
        if numbered:
            assert serial is not None
            at = name.find(row[serial]) if row[serial] else -1
            if at < 0:
                return laid_out
            before, name = name[:at], name[at + len(row[serial]) :]
            if n == 0 and not table.carry.rowless and (table.lead or not table.has_header or table.at_top):
                # a category's piece (祉 of 民生福祉) may stand before the lead: the table's labels
                labels = Counter("".join(c for r in rows for k, c in enumerate(r[: table.name]) if k != serial))
                while before and labels[before[0]] > 0:
                    labels[before[0]] -= 1
                    before = before[1:]
                while before and labels[before[-1]] > 0:  # or after it
                    labels[before[-1]] -= 1
                    before = before[:-1]
                lead = before
        names.append(name)
    glyphs = sorted("".join(names) + lead)
    if pos != len(plain) or glyphs != sorted("".join(r[table.name] for r in rows) + table.lead):
        return laid_out
    for row, name in zip(rows, names, strict=True):
        row[table.name] = name
    return [*head, *(SEPARATOR.join(r) for r in rows)], lead


_HEADER_LINE = re.compile(r"(?m)^.*(?:指[标標]|名[称稱]).*(?:[单單]位|[属屬]性|目[标標]|20\d\d\s*年)")
# a header over several short lines: 指标 on one, 单位 or 2025年 on one of the next three
_HEADER_START = re.compile(r"(?m)^.{0,20}(?:指[标標]|名[称稱]).{0,20}$")
_HEADER_REST = re.compile(r"^.{0,20}(?:[单單]位|[属屬]性|目[标標]|基期|20\d\d\s*年).{0,20}$")


def may_hold_table(text: str) -> bool:
    """Whether a page's text has a line that may be an indicator table's header, whole or over
    several short lines: only such a page is read again laid out by columns, which costs a PDF
    reader several times more."""
    text = arabic_years(text)  # a header's 二〇二五年 is its 2025年
    if _HEADER_LINE.search(text) is not None:
        return True
    for m in _HEADER_START.finditer(text):
        after = text[m.end() + 1 :].split("\n", 3)[:3]
        if any(_HEADER_REST.match(line) for line in after):
            return True
    return False
