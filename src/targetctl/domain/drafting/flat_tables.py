"""Indicator tables whose cells became text: rows made tab-separated cells again, as a Word
table arrives, so that `tables` reads them by its one set of row rules.

A table copied from a web page or a PDF may lose its cell borders: its header (序号 指标名称 单位
2020年 2025年 属性) and its rows run together in one paragraph, or stand one row a line, their
cells glued (1旅游总收入亿元5015024.6%预期性) or apart by spaces. A clerk still reads it by
the header: each row opens with its serial number, the name runs to its unit, the values follow
in the header's order, and the attribute word (预期性, 约束性) closes the row. Where digits of
two cells touch, the split is the one the row itself bears out: the base grown at the annual
rate over the period gives the target, a bracketed period total is the target less the base,
and else two levels of one indicator are of a like size. A row that does not read so ends the
table; what follows it is left as text. Pure.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from itertools import product

from targetctl.domain.drafting.columns import Columns, header
from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.tables import SEPARATOR, Table, file_rows

# the words a header is made of, as cells; a run of them holding a name and a value column
# (a year, 目标值) is a header
HEADER_WORD = Named(
    "header word",
    re.compile(
        r"(?:分类|类别|领域|维度|类型|序号|编号|指标属性|指标性质|(?:[一二三]级|主要)?指标(?:名称|内容)?|名称|计量单位|单位"
        r"|20\d\d年(?:目标值?|基期值?|现状值?|预期值?|规划值?|值)?|基期值?|基准值|现状值?|目标值|规划值|预期值|完成值|实际值"
        # a five-year plan's name dates its column as a year does (“十四五”完成值, “十五五”目标值)
        r"|“?十[一二三四五六]五”?(?:末|期末)?(?:目标值?|基期值?|现状值?|预期值?|规划值?|完成值|实际值)?"
        r"|属性|性质|绝对值|年均增速|年均增长率?|增速|(?:[\[［【（(]\s*累计\s*[\]］】）)])|累计"
        r"|[（(](?:%|单位[：:]?[^（）()]{0,6})[）)])"
    ),
    "a table's header names its columns with these words, one cell each",
    "序号指标名称单位2024年2027年属性",
)
_NAME_WORD = re.compile(r"^(?:[一二三]级|主要)?(?:指标名称|指标内容|指标|名称)$")
_VALUE_WORD = re.compile(r"20\d\d年|目标|基期|现状|规划|预期值|年均")
_SERIAL = re.compile(r"^(?:序号|编号)$")
_GROUP = re.compile(r"^(?:分类|类别|领域|维度|类型)$")
_MIN_HEADER = 4  # cells: fewer is a phrase that happens to use the words (指标 单位)

ROW_END = Named(
    "row end",
    re.compile(r"预期性|约束性|倡导性"),
    "an indicator's attribute closes its row: expected (预期性), binding (约束性) or advocated (倡导性)",
    "3新建充电桩个8001500[700]约束性",
)

UNIT = Named(
    "unit after the name",
    re.compile(
        r"(?:[万亿千百]?(?:美元|元|人次|人|户|个|家|床|张|所|项|件|吨|千瓦时|千瓦|公里|千米|平方米|平方公里|公顷|亩"
        r"|辆|座|处|台|套|艘|标箱|次|天|小时|篇|部|名|位|条|册|株|头|只|TEU|GB)"
        r"(?:标准煤)?(?:/(?:万元|立方米|年|人|户|平方米))?|%|‰|1/(?:10万|万|千))$"  # 1/10万: a rate per 100,000
    ),
    "the unit cell stands between an indicator's name and its values",
    "城市公园数量个",
)

# the values at a row's end: numbers, brackets, dashes for empty cells, spaces between cells
# a bound after a value (6左右, 95%以上) stays with it
_TAIL = re.compile(r"(?:[\d.\[\]［］%‰—–\-~～/≥≤<>＞＜\s]|左右|以上|以下|以内)*$")
_CELL = re.compile(
    r"(?P<bracket>[\[［]\s*\d+(?:\.\d+)?%?\s*[\]］])"
    r"|(?P<range>\d+(?:\.\d+)?%?[-~～]\d+(?:\.\d+)?%?)"
    r"|(?P<sign>[≥≤<>＞＜])?(?P<blob>[\d.]+)(?P<pct>%)?(?P<suf>左右|以上|以下|以内)?"
    r"|(?P<dash>[—–\-/])"
    r"|\s+"
)
_NUMBER = re.compile(r"^(?:0|[1-9]\d*)(?:\.\d+)?$")
_CATEGORY = re.compile(r"^[^\d。，；：,;:]{0,12}$")
_MAX_PIECES = 3
_MAX_READINGS = 20_000  # ways to split a row's touching digits: more is no row a clerk could read either
_CELL_LINE = 40  # a line longer than this is text, no cell
_MAX_TOKENS = 8  # value cells of a row: more is no row of an indicator table


@dataclass(frozen=True)
class _Cell:
    text: str
    kind: str  # "num", "pct", "bracket", "range", "dash"
    alone: bool = True  # not a piece of touching digits


def unflatten(text: str) -> tuple[str, Table]:
    """`text` with each indicator table whose cells became text laid out as tab-separated lines,
    in the source's order, and what each of those lines is (`tables.read_tables` reads a table
    by its header's order, which a flattened two-row header no longer gives). A text without
    such a table is returned unchanged."""
    found = Table({}, {})
    if "指标" not in text and "名称" not in text:
        return text, found
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        at = _header_at(lines[i])
        if at is None and (stacked := _stacked(lines, i)) is not None:
            laid, taken, consumed = stacked
            out.extend(laid)
            found.rows.update(taken.rows)
            found.excluded.update(taken.excluded)
            found.more.update(taken.more)
            i += consumed
            continue
        if at is None:
            out.append(lines[i])
            i += 1
            continue
        start, end, cells, columns = at
        table = Table({}, {})
        rows, used, rest = _rows(lines[i][end:], lines[i + 1 :], columns, table, _numbered(cells))
        if len(table.rows) < 2:
            out.append(lines[i])
            i += 1
            continue
        before = lines[i][:start]
        out.extend([before] if before.strip() else [])
        out.append(SEPARATOR.join(cells))
        table.excluded["".join(cells)] = "the header of an indicator table"
        out.extend(rows)
        out.extend([rest] if rest.strip() else [])
        found.rows.update(table.rows)
        found.excluded.update(table.excluded)
        found.more.update(table.more)
        i += 1 + used
    return "\n".join(out), found


def _stacked(lines: list[str], i: int) -> tuple[list[str], Table, int] | None:
    """A table pasted one cell a line (序号 / 指标名称 / 单位 / … each on its own line): its
    lines read as one run of cells apart by spaces. Returns the lines laid out and what each of
    them is, and how many lines from `i` they stand for; None when the lines from `i` hold no
    such table."""
    if not HEADER_WORD.pattern.fullmatch(lines[i].strip()):
        return None
    end = i
    while end < len(lines) and (not lines[end].strip() or HEADER_WORD.pattern.fullmatch(lines[end].strip())):
        end += 1
    cells = [ln.strip() for ln in lines[i:end] if ln.strip()]
    at = _header_at(" ".join(cells))
    if at is None or at[0] != 0:
        return None
    last = end
    while last < len(lines) and len(lines[last].strip()) <= _CELL_LINE and not re.search(r"[。；;]", lines[last]):
        last += 1
    body = [ln.strip() for ln in lines[end:last] if ln.strip()]
    joined = " ".join(body)
    table = Table({}, {})
    rows, _, rest = _rows(joined, [], at[3], table, _numbered(at[2]))
    if len(table.rows) < 2:
        return None
    head = at[2]
    table.excluded["".join(head)] = "the header of an indicator table"
    left = _left_lines(body, len(joined) - len(rest)) if rest.strip() else []
    # the lines after the table's last cell are the text's again, as they were
    return [SEPARATOR.join(head), *rows, *left], table, last - i


def _left_lines(body: list[str], used: int) -> list[str]:
    """The lines of `body` from the character `used` of their joined text on (a line begun in
    the table keeps its rest)."""
    out: list[str] = []
    at = 0
    for line in body:
        if at + len(line) > used:
            out.append(line[max(0, used - at) :])
        at += len(line) + 1
    return out


def with_flat(table: Table, flat: Table) -> Table:
    """`table` (read by headers) with the rows of flattened tables read by `unflatten` instead."""
    if not flat.rows and not flat.excluded:
        return table
    rows = {k: v for k, v in table.rows.items() if k not in flat.excluded}
    excluded = {k: v for k, v in table.excluded.items() if k not in flat.rows}
    more = {k: v for k, v in table.more.items() if k not in flat.excluded and k not in flat.rows}
    again = {k: v for k, v in table.again.items() if k not in flat.rows and k not in flat.excluded}
    cells = table.cells | flat.cells
    return Table({**rows, **flat.rows}, {**excluded, **flat.excluded}, {**more, **flat.more}, cells, again)


def _header_at(line: str) -> tuple[int, int, list[str], Columns] | None:
    """Where a table's header stands in `line`, its cells and its columns."""
    for m in re.finditer(r"分类|类别|领域|序号|编号|(?:[一二三]级)?指标", line):
        at, cells = m.start(), []
        while True:
            while at < len(line) and line[at] in " \u3000":
                at += 1
            word = HEADER_WORD.pattern.match(line, at)
            if word is None:
                break
            cells.append(re.sub(r"\s", "", word.group()))
            at = word.end()
        if len(cells) > 1 and cells[0] == "指标" and (_SERIAL.match(cells[1]) or _GROUP.match(cells[1])):
            continue  # 主要指标 before 序号: the caption's last word, the header starts after it
        if len(cells) < _MIN_HEADER or not any(_NAME_WORD.match(c) for c in cells):
            continue
        if not any(_VALUE_WORD.search(c) for c in cells):
            continue
        columns = header(cells)
        if columns is not None and columns.target is not None:
            return m.start(), at, cells, columns
    return None


def _rows(
    rest: str, following: list[str], columns: Columns, table: Table, numbered: bool
) -> tuple[list[str], int, str]:
    """The rows after a header: on its line, run together, or one a line after it. Returns the
    rows as tab-separated lines (each read into `table`), how many following lines they took,
    and the text after them."""
    out: list[str] = []
    serial = 1
    used = 0
    source, more = rest, list(following)
    fresh = False  # `source` is a whole line after the header's
    pending = ""  # a category alone on its line, kept once a row follows it
    while True:
        if not source.strip():
            if not more or not more[0].strip():
                return out, used, pending
            source, more, used, fresh = more[0], more[1:], used + 1, True
        end = ROW_END.pattern.search(source)
        piece, attribute = (source[: end.start()], end.group()) if end else (source, "")
        cut = (
            None
            if end or not numbered or (fresh and not more_rows(source, serial))
            else _next_cut(source, serial, columns)
        )
        if cut is not None:
            piece = source[:cut]
        read = _row(piece, attribute, serial, columns, numbered)
        if read is None and fresh and not end and not pending and _CATEGORY.match(piece.strip()):
            pending, source = piece.strip(), ""
            continue
        if read is None:
            return out, used, "\n".join(x for x in (pending, source) if x)
        if pending:
            out.append(pending + SEPARATOR)
            table.excluded[pending] = "a category in an indicator table"
        cells, row_columns = read
        line = SEPARATOR.join(cells)
        out.append(line)
        key = "".join(line.split())
        file_rows(table, key, cells, row_columns)  # each year's value in a table of one column a year
        pending, fresh = "", False
        serial += 1 if cells[1] else 0  # a table with no 序号 column may still number its rows
        source = source[end.end() :] if end else source[cut:] if cut is not None else ""


# where the text after a table's last row starts: its note, a sentence's end, a heading
_AFTER = re.compile(
    r"注[：:]|备注|说明[：:]|资料来源|[。；;]|第[一二三四五六七八九十]+[章节]|[一二三四五六七八九十]+、"
)
_NAME_START = r"(?=[\u4e00-\u9fff“”\"A-Za-z（(])"
_VALUE_CHARS = "0123456789.]］%‰—–-~～/ \u3000"


def _numbered(header_cells: list[str]) -> bool:
    return any(_SERIAL.match(c) for c in header_cells)


def more_rows(source: str, serial: int) -> bool:
    """Whether `source` holds the next row's serial before a name: rows run together."""
    return re.search(rf"{serial + 1}{_NAME_START}", source) is not None


def _next_cut(source: str, serial: int, columns: Columns) -> int | None:
    """Where the row `serial` ends in rows run together with no attribute word to close them:
    before the next serial (glued to the values or after a category), else before the note or
    sentence after the table."""
    for m in re.finditer(rf"{serial + 1}{_NAME_START}", source):
        cut = m.start()
        lead = re.search(r"[^\d\s]{1,12}$", source[:cut])  # a category before the next serial
        if lead and lead.start() > 0 and source[lead.start() - 1] in _VALUE_CHARS:
            cut = lead.start()
        if cut > 0 and _row(source[:cut], "", serial, columns) is not None:
            return cut
    after = _AFTER.search(source)
    if after and after.start() > 0 and _row(source[: after.start()], "", serial, columns) is not None:
        return after.start()
    return None


def _row(
    piece: str, attribute: str, serial: int, columns: Columns, numbered: bool = True
) -> tuple[list[str], Columns] | None:
    """One row's cells in the source's order, and its columns, or None."""
    flat = piece.strip()
    # 19 before 5G用户普及率: a serial is followed by a word, or by a digit that opens one
    m = re.match(rf"(?P<cat>[^\d]*?)\s*{serial}(?=\D|\d[A-Za-z])", flat)
    if m is None and numbered:
        return None
    category, body = (m["cat"].strip(), flat[m.end() :].strip()) if m else ("", flat)
    tail = _TAIL.search(body)
    values = tail.group() if tail else ""
    head = body[: len(body) - len(values)].rstrip()
    unit = ""
    if values.lstrip()[:1] in ("%", "‰"):
        unit, values = values.lstrip()[0], values.lstrip()[1:]
    elif columns.unit is not None and (u := UNIT.pattern.search(head)) and u.start() > 0:
        unit, head = u.group(), head[: u.start()].rstrip()
    read = _values(values, columns)
    if not head or read is None or not _CATEGORY.match(category):
        return None
    cells = [category, f"{serial}" if m else "", head, unit]
    roles: dict[str, int] = {}
    for text, role in read:
        if role:
            roles[role] = len(cells)
        cells.append(text)
    cells.append(attribute)
    return cells, replace(
        columns,
        name=2,
        unit=3,
        base=roles.get("base"),
        target=roles.get("target"),
        growth=roles.get("growth"),
        attribute=len(cells) - 1,
        later=tuple((roles[f"later:{y}"], y) for _, y in columns.later if f"later:{y}" in roles),
    )


def _values(text: str, columns: Columns) -> list[tuple[str, str]] | None:
    """The value cells of a row in order, each with its role (base, target, growth or none),
    split where their digits touch as the row bears out."""
    tokens: list[list[_Cell]] = []
    at = 0
    while at < len(text):
        m = _CELL.match(text, at)
        if m is None or m.end() == at:
            return None
        at = m.end()
        if m["bracket"]:
            tokens.append([_Cell(re.sub(r"\s", "", m["bracket"]), "bracket")])
        elif m["range"]:
            tokens.append([_Cell(m["range"], "range")])
        elif m["dash"]:
            tokens.append([_Cell("—", "dash")])
        elif m["blob"]:
            tokens.append([_Cell(m["sign"] or "", "blob:" + m["blob"] + (m["pct"] or "") + "|" + (m["suf"] or ""))])
    if len(tokens) > _MAX_TOKENS:
        return None
    slots = sum(c is not None for c in (columns.base, columns.target, columns.growth)) + len(columns.later)
    best: tuple[float, list[tuple[str, str]]] | None = None
    for cells in _readings(tokens, slots):
        roles = _place(cells, columns)
        if roles is None:
            continue
        score = (slots - len(cells)) * 1.0 + _misfit(cells, roles, columns)
        if best is None or score < best[0]:
            best = (score, [(c.text, r) for c, r in zip(cells, roles, strict=True)])
    if best is None or not any(r and c.strip("[]%—") for c, r in best[1]):
        return None
    return best[1]


def _readings(tokens: list[list[_Cell]], most: int) -> list[list[_Cell]]:
    """Every way to read the tokens as at most `most` cells, a run of touching digits split into
    numbers as written (no leading zero, one point each); none where the ways pass _MAX_READINGS."""
    pieces = max(_MAX_PIECES, most)  # a table of one column a year may glue all its years
    # counted before any is written out: the splits of a long run into many pieces are millions
    blobs = [_blob(t[0])[0] for t in tokens if t[0].kind.startswith("blob:")]
    if math.prod(sum(_count_splits(d, k) for k in range(1, pieces + 1)) for d in blobs) > _MAX_READINGS:
        return []
    options: list[list[list[_Cell]]] = []
    for token in tokens:
        cell = token[0]
        if not cell.kind.startswith("blob:"):
            options.append([[cell]])
            continue
        digits, pct, suffix = _blob(cell)
        sign = cell.text  # ≥2.8: the bound opens the first number of the run
        ways = [
            [_Cell((sign if j == 0 else "") + p, "num", k == 1) for j, p in enumerate(parts[:-1])]
            + [
                _Cell(
                    (sign if k == 1 else "") + parts[-1] + ("%" if pct else "") + suffix,
                    "pct" if pct else "num",
                    k == 1,
                )
            ]
            for k in range(1, pieces + 1)
            for parts in _splits(digits, k)
        ]
        if not ways:
            return []
        options.append(ways)
    out: list[list[_Cell]] = []
    for choice in product(*options):
        cells = [c for part in choice for c in part]
        if 0 < len(cells) <= most:
            out.append(cells)
    return out


def _blob(cell: _Cell) -> tuple[str, bool, str]:
    """A run of touching digits: its digits, whether a % closes it, and the bound after it."""
    digits, suffix = cell.kind[5:].split("|")
    return digits.rstrip("%"), digits.endswith("%"), suffix


def _piece(digits: str) -> bool:
    """Whether `digits` is one number of a run split apart: as written, and never nought (38.8540.0
    is 38.85 and 40.0)."""
    return _NUMBER.match(digits) is not None and float(digits) > 0


def _count_splits(digits: str, k: int) -> int:
    """How many ways _splits(digits, k) gives, counted without writing them out."""
    if k == 1:
        return 1 if _NUMBER.match(digits) else 0
    n = len(digits)
    piece = [[_piece(digits[i:j]) for j in range(n + 1)] for i in range(n)]
    ways = [1 if piece[i][n] else 0 for i in range(n)]  # into one piece, from i on
    for _ in range(k - 1):
        ways = [sum(ways[c] for c in range(i + 1, n) if piece[i][c]) for i in range(n)]
    return ways[0] if n else 0


def _splits(digits: str, k: int) -> list[list[str]]:
    if k == 1:
        return [[digits]] if _NUMBER.match(digits) else []
    out: list[list[str]] = []
    for cut in range(1, len(digits)):
        first = digits[:cut]
        if _piece(first):
            out.extend([first, *rest] for rest in _splits(digits[cut:], k - 1) if float(rest[0]) > 0)
    return out


def _place(cells: list[_Cell], columns: Columns) -> list[str] | None:
    """Each cell's role: a rate or a bracket last is the growth column's; the levels fill the
    target, then the base, from the right."""
    # the level columns in the header's order: the base, each year's (a table of one column a year), the target
    placed = [("base", columns.base), ("target", columns.target), *((f"later:{y}", c) for c, y in columns.later)]
    levels = [r for r, c in sorted(((r, c) for r, c in placed if c is not None), key=lambda rc: rc[1])]
    roles = [""] * len(cells)
    last = len(cells)
    # a rate glued to the levels' digits is told apart by its sign (24.6%) or brackets ([5])
    tail = cells[-1]
    marked = tail.kind in ("pct", "bracket", "range") or (tail.alone and len(cells) > len(levels))
    if columns.growth is not None and marked:
        last -= 1
        roles[last] = "growth"
    if last > len(levels) or any(c.kind in ("pct", "bracket") for c in cells[: max(last - 1, 0)]):
        return None
    for k, role in zip(range(last), levels[len(levels) - last :], strict=True):
        roles[k] = role if cells[k].kind != "dash" else ""
    if roles[-1] == "growth" and tail.kind == "range" and "target" not in roles:
        roles[-1] = "target"  # a rate given as a span (6.5-7.5) with no level to reach is the row's target
    return roles


def _number(cells: list[_Cell], roles: list[str], role: str) -> tuple[float, str] | None:
    cell = next((c for c, r in zip(cells, roles, strict=True) if r == role), None)
    if cell is None or cell.kind not in ("num", "pct", "bracket"):
        return None
    text = re.sub(r"左右|以上|以下|以内", "", cell.text).strip("[]［］%≥≤<>＞＜")
    return (float(text), cell.kind) if _NUMBER.match(text) else None


def _misfit(cells: list[_Cell], roles: list[str], columns: Columns) -> float:
    """How far a reading is from what its own row bears out: 0 when it agrees. Each year's value of
    a table of one column a year is of a like size to the target's."""
    target = _number(cells, roles, "target")
    years = [v[0] for r in roles if r.startswith("later:") and (v := _number(cells, roles, r)) is not None]
    spread = sum(abs(math.log10(v / target[0])) for v in years if v > 0) if target and target[0] > 0 else 0.0
    return spread + _fit(cells, roles, columns)


def _fit(cells: list[_Cell], roles: list[str], columns: Columns) -> float:
    """How far the base, target and growth of a reading are from agreeing: 0 when they do."""
    base, target, growth = (_number(cells, roles, r) for r in ("base", "target", "growth"))
    if base is None or target is None or base[0] <= 0 or target[0] <= 0:
        return 0.0
    b, t = base[0], target[0]
    if growth is not None and growth[1] == "bracket":
        gap = abs(abs(t - b) - growth[0])
        return gap if gap <= 0.011 + 0.02 * growth[0] else 2.0 + min(gap, 10.0)
    if growth is not None:
        rate = growth[0]
        years = (columns.year or 0) - (columns.base_year or 0)
        years = years if 0 < years <= 15 else 5
        off = abs(b * (1 + rate / 100) ** years - t) / t
        # a rate may also be a decrease, the less likely reading where both agree
        if rate < 100:
            off = min(off, abs(b * (1 - rate / 100) ** years - t) / t + 0.05)
        return off if off <= 0.05 else 2.0 + min(off, 10.0)
    return abs(math.log10(t / b))
