"""Tables pasted one cell a line: regrouped into rows by their header's count of columns.

A Word or web table copied as plain text loses its grid: each cell stands on its own line (序号 /
指标名称 / 单位 / 2020年现状 / 2025年目标 / 属性, then each row's cells), often with a blank line
between cells, a cell that wraps (基准值 over （2020年）, a value over its unit, a long name) on
the lines of one block. A clerk reads it by its header: the column words say how many cells a
row has, and the cells that follow are read in groups of that many, each group checked against
what its columns hold (a serial, a name, a unit, an attribute, numbers). A name wrapped onto a
second line is one cell; a category merged down its group stands on the group's first row only
and is carried to the rows after it; the run ends where a group does not read as a row, or at
the first line that is text (a note, a sentence, a heading). Each row is then filed as a Word
table's row is (`tables.row`, `tables.file_row`): a base column is the past, each target column
gives a value due in its year. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from targetctl.domain.drafting import scopes
from targetctl.domain.drafting.columns import Columns, header
from targetctl.domain.drafting.flat_tables import HEADER_WORD, ROW_END, UNIT
from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.numbers import half_width
from targetctl.domain.drafting.tables import (
    PAGE_NUMBER,
    SEPARATOR,
    SERIAL_WORD,
    TAKER,
    WHERE,
    Table,
    file_rows,
    shares_out,
    with_caption,
)

# the column of who collects a row's data or answers for it: words, never a value
_WHO = r"(?:数据)?(?:采集|来源|监测|统计|牵头|责任)单位|数据来源|(?:责任|牵头)部门"
# a header cell: column words, each may carry its year or unit in brackets (目标值（2025年）)
_QUALIFIER = r"[（(](?:20\d\d年?|%|‰|单位[：:]?[^（）()]{0,6}|[^（）()\d]{1,6})[）)]"
HEADER_CELL = Named(
    "header cell",
    re.compile(
        rf"(?:(?:{HEADER_WORD.pattern.pattern})(?:{_QUALIFIER})?|20\d\d年)+|备注|说明|{_WHO}|{TAKER.pattern.strip('^$')}"
        r"|合计|总计|20\d\d"
    ),
    "a cell of a table's header: its column's words, a year or unit in brackets after them; in a table\n"
    "that shares tasks out, the column of the units that take them on (区县), a total (合计), a year",
    "目标值（2027年）",
)
_ONE_WORD = re.compile(rf"(?:{HEADER_WORD.pattern.pattern})(?:{_QUALIFIER})?")
# a piece that only qualifies the header cell above it: its year or its unit
_HEADER_PIECE = re.compile(rf"^{_QUALIFIER}$")
_BARE_YEAR = re.compile(r"^20\d\d$")  # 2020 over 年: a year column's word wrapped at its 年
_SERIAL = re.compile(r"^\d{1,3}[.．、]?$")
_WORD_PIECE = re.compile(r"^[\u4e00-\u9fff]{1,8}$")
# the words of a column a numbered table names its own way: short, no number but in its unit's brackets
# (the rows' first serial ends them)
_OWN_WORDS = re.compile(r"^[\u4e00-\u9fff“”]{2,10}(?:[（(][^（）()\d]{1,6}[）)])?$")
_ATTRIBUTE = re.compile(rf"^(?:{ROW_END.pattern.pattern})$")  # the attribute words have one home
_EMPTY = re.compile(r"^(?:[/—–\-－]{1,2}|无|暂无)$")  # an empty cell: / or a dash, 无 (none)
_WHO_CELL = re.compile(r"^[\u4e00-\u9fff（）()、]{1,20}(?:局|委|办|院|中心|部|厅|会|处|站|公司|政府|部门)$")  # 市医保局
_NOTES = re.compile(rf"^(?:备注|说明|{_WHO})$")  # any words, often left empty
_NAME_CELL = re.compile(r"^(?:指标)+(?:名称)?$")  # 指标 over 名称 stays a name column, never 指标指标
_UPPER_NAME = re.compile(r"^[一二]级指标(?:名称)?$")  # 一级指标 over the indicators a 二级指标 names
VALUE_CELL = Named(
    "value cell",
    re.compile(
        r"^[（(]?(?:[≥≤<>＞＜]|不低于|不少于|不超过|达到|约|累计)?[\[［〔]?\d+(?:\.\d+)?[\]］〕]?[%％‰]?"
        r"(?:[-~～—–至]\d+(?:\.\d+)?[%％‰]?)?(?:以上|以下|以内|左右)?[）)]?"
        r"(?P<unit>[\u4e00-\u9fff/]{1,8}|[A-Za-z]{1,4})?(?P<note>[（(][^（）()]{1,12}[）)])?$"
    ),
    "a cell of a value column: a number, its bound, brackets, a unit or a note in brackets after it",
    "≥64％（不含新增区）",
)
# a value stated in words (与居民收入增长基本同步, 稳步提高): a row of its own in a numbered table
_WORDS = re.compile(r"^[\u4e00-\u9fff“”]{2,24}$")
_GROUP = re.compile(r"^(?:分类|类别|领域|维度|类型)")
_TEXT_LINE = 40  # a line longer than this is text, no cell
_CLAUSES = re.compile(r"^.{12,}，.{6,}")  # clauses a comma joins, a page's margin cut short: text, no cell
_SENTENCE = re.compile(r"[。；;！？]|^注[：:]|^备注[：:]|^说明[：:]|^资料来源")
_MIN_COLUMNS = 4  # fewer is a phrase that happens to use the words (指标 单位)
_MIN_ROWS = 2
_MAX_CELLS = 3000  # a run of short lines read as one table at most: drafting stays linear
_PEEK = 300  # cells enough for any header (_MAX_HEAD cells, each over up to three lines) and its row of scopes
_MAX_HEAD = 40  # a header's cells at most: a longer run of column words is no header, read in linear time
_RESUME = 16  # lines after a table's rows where its rows may go on, after a row in words
# the words one of the tables read here must hold: an indicator's name column, or the column of
# the units a table shares tasks out to (区县)
_MAY_HOLD = re.compile(rf"指标|名称|{TAKER.pattern.strip('^$')}")


@dataclass(frozen=True)
class _Reading:
    """A reading of a table's header its rows may go on by after a row in words."""

    laid: list[str]  # the header's cells as the text has them
    start: int  # the cells the header takes
    shape: _Shape
    serial: int  # the serial of the next row
    # the merged cells (category, upper name) of the last row read: a row in words inside a group
    # does not end what is merged down it
    above: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class _Shape:
    """What each column holds, by the header's words."""

    columns: Columns
    width: int
    serial: int | None
    group: int | None
    values: frozenset[int]
    notes: int | None  # a notes column (备注): any words, often left empty
    # the category and an upper level's name (一级指标 over 二级指标): merged down their group, each
    # stands on the group's first row only and is carried to the rows after it
    merged: tuple[int, ...] = ()


def regroup(text: str) -> tuple[str, Table]:
    """`text` with each table pasted one cell a line laid out as tab-separated rows, and what each
    of those rows is. A text without such a table is returned unchanged."""
    found = Table({}, {})
    if not _MAY_HOLD.search(text):
        return text, found
    lines = text.split("\n")
    out: list[str] = []
    last = 0
    for start, end, laid in _tables(lines, found):
        out += [*lines[last:start], *laid]
        last = end
    return "\n".join([*out, *lines[last:]]), found


def held_lines(lines: list[str]) -> set[int]:
    """The indices of the lines that tables pasted one cell a line stand on: cells to keep on
    their lines, never to join back as a web page's inline spans are."""
    if not any(_MAY_HOLD.search(line) for line in lines):
        return set()
    return {k for start, end, _ in _tables(lines, Table({}, {})) for k in range(start, end)}


def _tables(lines: list[str], found: Table) -> Iterator[tuple[int, int, list[str]]]:
    """Each table pasted one cell a line: its first line, the line after it, and its lines laid
    out as rows (what they are filed into `found`). A table's rows may stop at a row that spans
    it in words (总体目标 over its sentences) or a row they cannot read, and go on after it: the
    header's readings are kept for the next _RESUME lines, and rows read by them there."""
    i = 0
    pending: list[_Reading] = []
    gap = 0
    while i < len(lines):
        flat = _flat(lines[i])
        short = bool(flat) and len(flat) <= _TEXT_LINE
        opens = short and HEADER_CELL.pattern.fullmatch(flat) is not None and not _long_head(lines, i)
        read = _table_at(lines, i, found) if opens else None
        if read is None and pending and short and not _SENTENCE.search(flat):
            read = _rows_at(lines, i, found, pending)
        if read is None:
            gap += 1
            pending = pending if gap <= _RESUME else []
            i += 1
            continue
        laid, end, pending = read
        gap = 0
        yield i, end, laid
        i = end


def _long_head(lines: list[str], i: int) -> bool:
    """Whether more than _MAX_HEAD lines of column words run on from line `i`: no header starts
    there (全省 三明 or 序号 指标 repeated thousands of times)."""
    n = 0
    for line in lines[i:]:
        flat = _flat(line)
        if flat and not (HEADER_CELL.pattern.fullmatch(flat) or _HEADER_PIECE.match(flat)):
            return False
        n += bool(flat)
        if n > _MAX_HEAD:
            return True
    return False


def _flat(line: str) -> str:
    return "".join(line.split())


def _cells(lines: list[str], start: int, most: int = _MAX_CELLS) -> tuple[list[tuple[str, int]], bool]:
    """The cells from `start` on, each with the index of the line after it, until a line of text.
    Where cells stand apart by blank lines, the lines of one block are one cell (a wrapped name,
    a value over its unit); else each line is a cell. Also whether blocks were read."""
    blocks = start + 1 < len(lines) and not lines[start + 1].strip()
    out: list[tuple[str, int]] = []
    cell = ""
    i = start
    while i < len(lines) and len(out) < most:
        flat = _flat(lines[i])
        # clauses after an attribute or a value are the row's notes cell (按可比价计算，由县统计局负责)
        noted = bool(out) and bool(_ATTRIBUTE.match(out[-1][0]) or _is_value(half_width(out[-1][0])))
        if flat and (len(flat) > _TEXT_LINE or _SENTENCE.search(flat) or (_CLAUSES.search(flat) and not noted)):
            break
        if flat and PAGE_NUMBER.match(flat) and not flat.isdigit():
            i += 1  # a page's foot between two pages of the table
            continue
        if not flat:
            if cell:
                out.append((cell, i))
                cell = ""
        elif blocks:
            cell += flat
        elif out and UNIT.pattern.fullmatch(flat) and re.search(r"[\d%％‰）)]$", out[-1][0]) and _is_value(out[-1][0]):
            out[-1] = (out[-1][0] + flat, i + 1)  # 128.5 over 平方公里: a value's unit on the line below
        else:
            out.append((flat, i + 1))
        i += 1
    if cell:
        out.append((cell, i))
    return out, blocks


def _headers(cells: list[str], blocks: bool) -> Iterator[tuple[list[str], int]]:
    """The readings of the header's cells, each with how many of `cells` it takes: as the lines
    stand, then with one cell wrapped over two lines joined (指标 over 属性, 2025年 over 目标值),
    for the reading whose rows bear it out."""
    head: list[str] = []
    k = 0
    while k < len(cells):
        piece = bool(head) and (
            _HEADER_PIECE.match(cells[k]) is not None or (cells[k] == "年" and _BARE_YEAR.match(head[-1]) is not None)
        )
        if len(head) > _MAX_HEAD:
            return
        if not piece and not HEADER_CELL.pattern.fullmatch(cells[k]):
            if head and SERIAL_WORD.match(head[0]) and _OWN_WORDS.match(cells[k]):
                head.append(cells[k])  # a numbered table's own column words (交通子行业, 新增装机容量（MW）)
                k += 1
                continue
            # a column word wrapped over two or three lines, no line a column word (数据 / 采集 / 单位)
            wrap = next((j for j in (2, 3) if _wraps(cells[k : k + j], j)), 0)
            if not wrap:
                break
            head.append("".join(cells[k : k + wrap]))
            k += wrap
            continue
        if piece and (not blocks or cells[k] == "年"):
            head[-1] += cells[k]  # 基准值 over （2020年）: one cell
        else:
            head.append(cells[k])
        k += 1
    if len(head) < _MIN_COLUMNS:
        return
    yield head, k
    if len(head) == _MIN_COLUMNS:
        return
    # a caption of column words over the table (主要指标): text, the header starts after it
    yield head[1:], k
    # a join into one column word (指标属性) before a join of two (2027年指标)
    joins = [j for j in range(len(head) - 1) if HEADER_CELL.pattern.fullmatch(head[j] + head[j + 1])]
    joins.sort(key=lambda j: not _ONE_WORD.fullmatch(head[j] + head[j + 1]))
    for j in joins:
        yield [*head[:j], head[j] + head[j + 1], *head[j + 2 :]], k
    # every column word wrapped: 指标 over 属性, 2025年 over 现状值 and 2030年 over 目标值 in one header
    whole: list[str] = []
    for cell in head:
        if (
            whole
            and _ONE_WORD.fullmatch(whole[-1])
            and _ONE_WORD.fullmatch(whole[-1] + cell)
            and not _NAME_CELL.match(whole[-1] + cell)
        ):
            whole[-1] += cell
        else:
            whole.append(cell)
    if len(whole) < len(head) - 1 and len(whole) >= _MIN_COLUMNS:
        yield whole, k


def _wraps(pieces: list[str], n: int) -> bool:
    return (
        len(pieces) == n
        and all(len(p) <= 4 and not re.search(r"\d", p) for p in pieces)
        and HEADER_CELL.pattern.fullmatch("".join(pieces)) is not None
    )


def _read_rows(
    texts: list[str], at: int, shape: _Shape, serial: int = 1, above: dict[int, str] | None = None
) -> tuple[list[tuple[list[str], frozenset[int]]], int]:
    """The rows from `texts[at]` on, the first numbered `serial`, each with the merged columns
    carried into it (from `above` into the first), and the index of the first cell after them."""
    above = dict(above or {})
    rows: list[tuple[list[str], frozenset[int]]] = []
    while at < len(texts):
        read = _next_row(texts, at, shape, serial, above)
        if read is None:
            break
        row_cells, used, carried = read
        rows.append((row_cells, carried))
        above = {k: row_cells[k] for k in shape.merged}
        at += used
        serial += 1
    return rows, at


def _shape(head: list[str], caption: str = "") -> _Shape | None:
    columns = header(head) or shares_out(head, caption)
    if columns is None or columns.target is None:
        return None
    columns = with_caption(columns, caption)  # 各区县…任务分解表（单位：公里）: its values' unit, and year
    serial = next((k for k, c in enumerate(head) if SERIAL_WORD.match(c)), None)
    group = next((k for k, c in enumerate(head) if _GROUP.match(c) and k != columns.name), None)
    notes = next((k for k, c in enumerate(head) if _NOTES.match(c)), None)
    # where the work is done or what it is (建设区域, 建设内容): words, never a value
    where = {k for k, c in enumerate(head) if WHERE.search(c) and k != columns.name}
    upper = [k for k, c in enumerate(head) if _UPPER_NAME.match(c) and k < columns.name]
    special = {columns.name, columns.unit, columns.attribute, serial, group, notes, *where, *upper}
    values = frozenset(k for k in range(len(head)) if k not in special)
    merged = tuple(sorted({*([group] if group is not None else []), *upper}))
    return _Shape(columns, len(head), serial, group, values, notes, merged)


def _fits(cells: list[str], shape: _Shape, serial: int, words: bool = True) -> bool:
    """Whether `cells` read as a row: each column holds what its header says (a value stated in
    words only where `words`: never on a table's last row, where it could be the text after it)."""
    if len(cells) != shape.width:
        return False
    for k, cell in enumerate(cells):
        flat = half_width(cell)
        if k == shape.serial and not (_SERIAL.match(flat) and int(re.sub(r"\D", "", flat)) == serial):
            return False
        if k == shape.columns.name and not _is_name(flat):
            return False
        if k == shape.columns.attribute and not (_ATTRIBUTE.match(flat) or _EMPTY.match(flat)):
            return False
        if k == shape.columns.unit and (re.search(r"\d", flat) and not UNIT.pattern.search(flat)):
            return False
        if k in shape.values and not (_is_value(flat) or _EMPTY.match(flat) or (words and _worded(flat, shape))):
            return False
        if k in shape.merged and _is_value(flat):
            return False
    return any(_is_value(half_width(cells[k])) or (words and _worded(cells[k], shape)) for k in shape.values)


def _worded(cell: str, shape: _Shape) -> bool:
    """A value cell stated in words; only in a table whose rows are numbered, where the serial
    keeps the rows in step (a line of text after an unnumbered table would read as one)."""
    return shape.serial is not None and _WORDS.match(cell) is not None


def _is_value(cell: str) -> bool:
    return VALUE_CELL.pattern.match(cell) is not None


def _is_name(cell: str) -> bool:
    """An indicator's name: words, never a value with its unit (a name may open with a number:
    65岁以上老人健康管理率)."""
    m = VALUE_CELL.pattern.match(cell)
    return re.search(r"[\u4e00-\u9fffA-Za-z]", cell) is not None and (
        m is None or (m["unit"] is not None and not UNIT.pattern.fullmatch(m["unit"]))
    )


def _next_row(
    cells: list[str], at: int, shape: _Shape, serial: int, above: dict[int, str], join: bool = True
) -> tuple[list[str], int, frozenset[int]] | None:
    """The row that starts at `cells[at]` and how many cells it takes: its columns' count, or
    one more where the name wrapped onto a second cell, or fewer where the columns merged down
    their group (the category, an upper level's name) are carried from the row before; where
    `join`, the bodies of its last column a line each."""
    tries: list[tuple[list[str], int, frozenset[int]]] = []  # the cells, how many taken, the columns carried
    n = shape.width
    none: frozenset[int] = frozenset()
    tries.append((cells[at : at + n], n, none))
    name = shape.columns.name
    wrapped = cells[at : at + n + 1]
    if len(wrapped) == n + 1:
        tries.append(([*wrapped[:name], wrapped[name] + wrapped[name + 1], *wrapped[name + 2 :]], n + 1, none))
    # the outer columns carried first: a category spans more rows than the upper name under it
    for size in range(1, len(shape.merged) + 1):
        carried = frozenset(shape.merged[:size])
        if all(above.get(k) for k in carried):
            row = cells[at : at + n - size]
            for k in sorted(carried):
                row = [*row[:k], above[k], *row[k:]]
            tries.append((row, n - size, carried))
    more: list[tuple[list[str], int, frozenset[int]]] = []
    if shape.notes == n - 1:
        tries.append(([*cells[at : at + n - 1], ""], n - 1, none))  # the notes cell left empty
        # more than one body in the last column, a line each (市医保局 / 市财政局): one cell, tried first
        more = [
            ([*row_cells[:-1], row_cells[-1] + "".join(nxt)], used + extra, carried)
            for extra in (2, 1)
            for row_cells, used, carried in tries
            if join
            and len(nxt := cells[at + used : at + used + extra]) == extra
            and (
                all(_WHO_CELL.match(c) for c in nxt)
                # a body's name wrapped (申通地铁 / 集团): in step only where the next row's serial follows
                or (
                    shape.serial is not None
                    and extra == 1
                    and _WORD_PIECE.match(nxt[0]) is not None
                    and _starts_row(cells[at + used + extra :], shape, serial + 1)
                )
            )
        ]
        tries = [*more, *tries]
    for k, (row_cells, used, carried) in enumerate(tries):
        if not _fits(row_cells, shape, serial):
            continue
        rest = cells[at + used :]
        after = {m: row_cells[m] for m in shape.merged}
        if k < len(more) and rest and _next_row(rest, 0, shape, serial + 1, after, False) is None:
            continue  # a line named as a body is (区域养老服务中心) whose unit and values follow: the next row
        # the row is only right if what follows starts the next row or is past the table
        if not rest or _starts_row(rest, shape, serial + 1):
            return row_cells, used, carried
    # the table's last row: the first reading that fits, what follows it is no row
    return next((t for t in tries if _fits(t[0], shape, serial, words=False)), None)


def _starts_row(rest: list[str], shape: _Shape, serial: int) -> bool:
    if not rest:
        return False  # the text ends: no row starts
    if shape.serial is not None:
        first = half_width(rest[shape.serial]) if shape.serial < len(rest) else ""
        if shape.group is not None and shape.serial > shape.group:
            # the category is carried: the serial may stand first
            alone = half_width(rest[0])
            if _SERIAL.match(alone) and int(re.sub(r"\D", "", alone)) == serial:
                return True
        return bool(_SERIAL.match(first)) and int(re.sub(r"\D", "", first)) == serial
    return not _is_value(half_width(rest[0]))


def _numbered_next(rest: list[str], shape: _Shape) -> bool:
    """Whether the second numbered row starts `rest`, its cells perhaps run together (2推进…)."""
    if shape.serial is None or not rest:
        return False
    first = half_width(rest[0])
    return _starts_row(rest, shape, 2) or (
        re.match(r"^2(?![个项家所座条处倍万亿千百十])[\u4e00-\u9fff]{4}", first) is not None and _is_name(first)
    )


def _table_at(lines: list[str], i: int, found: Table) -> tuple[list[str], int, list[_Reading]] | None:
    """The table pasted one cell a line from line `i`: its lines laid out, the index of the first
    line after it, and the readings of its header its rows may go on by; None when no such table
    starts there. A header whose rows are all after a row in words is laid out alone."""
    above = next((_flat(line) for line in reversed(lines[max(0, i - 3) : i]) if line.strip()), "")
    # no reading of the header's cells makes a table here: its rows are never read, and a long run of
    # short lines is read in linear time (a header takes at most _PEEK cells, with its row of scopes)
    peek, blocks = _cells(lines, i, _PEEK)
    if not any(_shape(head, above) for _, head, _ in _readings([c for c, _ in peek], blocks)):
        return None
    cells, blocks = _cells(lines, i) if len(peek) == _PEEK else (peek, blocks)
    texts = [c for c, _ in cells]
    # the reading of the header whose rows take the most cells, the first of equals
    best: tuple[list[str], int, _Shape, list[tuple[list[str], frozenset[int]]], int] | None = None
    alone: list[_Reading] = []  # readings whose header stands before a row in words
    for laid_head, head, start in _readings(texts, blocks):
        shape = _shape(head, above)
        if shape is None:
            continue
        rows, at = _read_rows(texts, start, shape)
        # one row is a table where the next numbered row stands after it, its values sentences
        held = len(rows) >= _MIN_ROWS or (len(rows) == 1 and _numbered_next(texts[at:], shape))
        if held and (best is None or at > best[4]):
            best = (laid_head, start, shape, rows, at)
        if len(texts) - start <= 1:  # at most a category's cell before the row in words
            alone.append(_Reading(laid_head, start, shape, 1))
    widest = max((a.start for a in alone), default=0)
    alone = [r for r in alone if r.start == widest]
    if best is None and alone:
        found.excluded[_flat("".join(alone[0].laid))] = "the header of an indicator table"
        return [SEPARATOR.join(alone[0].laid)], cells[alone[0].start - 1][1], alone
    if best is None:
        return None
    head, start, shape, rows, at = best
    table = Table({}, {})
    table.excluded[_flat("".join(head))] = "the header of an indicator table"
    caption = texts[0] if texts[0] + "".join(head) == "".join(texts[:start]) else ""
    laid = [*([caption] if caption else []), SEPARATOR.join(head), *_lay(table, rows, shape)]
    _keep(found, table)
    return laid, cells[at - 1][1], [_Reading(head, start, shape, len(rows) + 1, _merged(rows, shape))]


def _readings(texts: list[str], blocks: bool) -> Iterator[tuple[list[str], list[str], int]]:
    """Each reading of the header: its cells as the text has them, its columns, and the cells it
    takes; with its years split by a row of scopes under it (全省 三明 under each year's column),
    then without, for the first row may only look like scopes (经济发展 over 地区生产总值)."""
    for head, start in _headers(texts, blocks):
        if (split := scopes.split(head, texts[start:])) is not None:
            yield [*head, *texts[start : start + split[1]]], split[0], start + split[1]
        yield head, head, start


def _rows_at(
    lines: list[str], i: int, found: Table, pending: list[_Reading]
) -> tuple[list[str], int, list[_Reading]] | None:
    """Rows from line `i` on, read by the header of a table they go on from; None when none
    reads there."""
    cells, _ = _cells(lines, i)
    texts = [c for c, _ in cells]
    best: tuple[_Reading, list[tuple[list[str], frozenset[int]]], int] | None = None
    # the next serial, or the one after it where a numbered row could not be read (its values sentences)
    for reading in [
        r for p in pending for r in (p, replace(p, serial=p.serial + 1)) if r.shape.serial is not None or r is p
    ]:
        rows, at = _read_rows(texts, 0, reading.shape, reading.serial, dict(reading.above))
        if rows and (best is None or at > best[2]):
            best = (reading, rows, at)
    if best is None:
        return None
    reading, rows, at = best
    table = Table({}, {})
    laid = _lay(table, rows, reading.shape)
    _keep(found, table)
    return (
        laid,
        cells[at - 1][1],
        [replace(reading, serial=reading.serial + len(rows), above=_merged(rows, reading.shape))],
    )


def _merged(rows: list[tuple[list[str], frozenset[int]]], shape: _Shape) -> tuple[tuple[int, str], ...]:
    """The merged cells of the last of `rows`, carried on to rows read after a row in words."""
    return tuple((k, rows[-1][0][k]) for k in shape.merged) if rows else ()


def _lay(table: Table, rows: list[tuple[list[str], frozenset[int]]], shape: _Shape) -> list[str]:
    laid: list[str] = []
    for row_cells, carried in rows:
        # a carried cell is not in the row's source text: its line keeps only its own cells
        own = ["" if k in carried else c for k, c in enumerate(row_cells)]
        line = SEPARATOR.join(own)
        laid.append(line)
        _file(table, _flat(line), row_cells, shape)
    return laid


def _keep(found: Table, table: Table) -> None:
    found.rows.update(table.rows)
    found.excluded.update(table.excluded)
    found.more.update(table.more)


def _file(table: Table, flat: str, cells: list[str], shape: _Shape) -> None:
    """A row filed as a Word table's row is, its value cells freed of a unit or note written in
    them (128.5平方公里, ≥98%（含新建）): the unit read into the row's unit where it has none."""
    clean = list(cells)
    unit = ""
    for k in sorted(shape.values):
        m = VALUE_CELL.pattern.match(half_width(cells[k]))
        if m is None:
            continue
        end = m.start("unit") if m["unit"] else m.start("note") if m["note"] else len(cells[k])
        clean[k] = cells[k][:end]
        unit = unit or (m["unit"] or "")
    columns = shape.columns
    if unit and columns.unit is None:
        clean.append(unit)
        columns = replace(columns, unit=len(clean) - 1)
    file_rows(table, flat, clean, columns)
