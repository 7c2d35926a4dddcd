"""Indicator tables read in place: one target per row.

A table arrives as lines of tab-separated cells (io/wordtext.py). Its header names the columns:
指标 (the indicator), 单位, 基期值 or the base year (2020年), 目标值 or the target year (2025年),
年均增长, 属性 (预期性 expected, 约束性 binding). Each row with a number in its target (or annual
growth) column is a target; a row with one cell is a category of indicators. A table of the last
period's planned and actual values (规划目标 / 实际完成) reports the past. Pure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from itertools import takewhile
from typing import TYPE_CHECKING

from targetctl.domain.drafting import scopes, unit_cells
from targetctl.domain.drafting.columns import BASE, HEADER_CHARS, TARGET, UNIT_WORD, YEAR, Columns, header
from targetctl.domain.drafting.merged_years import YEAR_CELL, years_under
from targetctl.domain.drafting.numbers import BEYOND_MEASURE, beyond_measure, half_width
from targetctl.domain.drafting.periods import FIVE_YEAR, five_year

if TYPE_CHECKING:
    from targetctl.domain.drafting.draft import DraftTarget

SEPARATOR = "\t"
_VALUE = re.compile(
    r"^(?P<pre>[≥≤>＞<＜]|不低于|不少于|不超过|大于|小于|达到|约)?(?P<open>\[)?(?P<v>\d+(?:\.\d+)?)\]?"
    r"(?P<unit>%)?(?P<suf>以上|以下|以内|左右)?$"
)
_PRE = (
    dict.fromkeys(("≥", "不低于", "不少于", "达到"), "at-least")  # 达到X: a level to reach, as the text's is read
    | dict.fromkeys((">", "＞", "大于"), "more-than")
    | dict.fromkeys(("≤", "不超过"), "at-most")
    | dict.fromkeys(("<", "＜", "小于"), "less-than")
    | {"约": "about"}
)
# a range in a target cell: 6-6.5, 1.2～1.5, 95%—98%
_RANGE = re.compile(r"^(?P<v>\d+(?:\.\d+)?)%?(?:-|~|—|–|至|到)(?P<v2>\d+(?:\.\d+)?)(?P<unit>%)?(?:左右)?$")
_SUF = {"以上": "at-least", "以下": "at-most", "以内": "at-most", "左右": "about"}
# footnote markers after a name (全员劳动生产率①, 新增指标*), explained in a note below the table
_MARKS = re.compile(r"[①-⑳*＊※△▲★☆]+$")
# a header's second row: only years, units in brackets or header words, its name cell empty
_HEADER_PIECE = re.compile(
    r"^(?:[（(]?(?:20\d\d年?|%|‰|单位[：:]?\S{0,8})?[）)]?|\S*(?:年|值|增长|增速|目标|属性|期|完成|情况)[）)]?)$"
)
_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,2}[（(]?[%‰]?[）)]?$")
# a page number between two pages of a table (— 12 —, 第3页) does not end it
PAGE_NUMBER = re.compile(r"^[-—–－]?\d{1,4}[-—–－]?$|^第\d{1,4}页(?:[，,]?共\d{1,4}页)?$|^\d{1,4}/\d{1,4}$")
_CAPTION_UNIT = re.compile(r"单位[：:](?P<u>[^）)，,；;]{1,8})[）)]?$")


@dataclass(frozen=True)
class IndicatorRow:
    name: str
    unit: str
    value: Decimal
    comparator: str
    year: int | None
    base: Decimal | None
    base_year: int | None
    growth: bool  # the value is a growth rate in percent
    annual: bool
    decrease: bool
    binding: bool  # 约束性
    period_total: bool  # [30]: a total over the plan period
    value_max: Decimal | None = None  # a range: 6-6.5
    shared_out: bool = False  # a unit's task in a table that shares tasks out


# a thousands separator between digit groups (10,000; 1,200.5) is no part of the number
_THOUSANDS = re.compile(r"(?<=\d)[,，](?=\d{3}(?!\d))")


# a table that shares tasks out (任务分解表): a column of the units that take them on, then one
# column a task; it says so in its caption or in a task's header
TAKER = re.compile(
    r"^(?:地区|区域|单位(?:名称)?|责任单位|承担单位|市州|地市|区县|县区|县市区|乡镇|街道|镇街|省份"
    r"|[省市州县区乡镇][（(][^（）()]{1,8}[）)])$"
)
SERIAL_WORD = re.compile(r"^(?:序号|编号)$")
_SHARED = re.compile(r"任务|目标|分解|分配|下达|计划|建设|新建|新增|建成|改造")
_SHARED_OUT = re.compile(r"分解|分配|下达")
WHERE = re.compile(r"(?:区域|范围|地点|内容|场所|位置)$")  # where the work is done, or what it is: words
_NOT_TASK = re.compile(rf"备注|说明|牵头|责任|配合|联系|时限|时间|{WHERE.pattern}")


# a table's total (合计, 全市) is no unit that takes a task on
_TOTAL = re.compile(r"^(?:[合总小共]\s*计|全[省市州县区]$)")
SHARED_OUT_REVIEW = "a unit's task in a table that shares tasks out: check the value, the unit and who takes it on"


def with_caption(columns: Columns, caption: str) -> Columns:
    """`columns` with the unit (…（单位：公里）) and, sharing tasks out, the year (“十四五”…分配表) its title gives."""
    unit = _CAPTION_UNIT.search(caption)
    columns = replace(columns, target_unit=unit["u"]) if unit and not columns.target_unit else columns
    dating = re.sub(r"[（(][^（）()]*(?:基数|基期|基准|基年)[^（）()]*[）)]", "", caption)  # （以2023年为基数）
    five, year = FIVE_YEAR.search(dating), YEAR.search(dating)
    dated = int(year["y"]) if year else five_year(five["n"])[1] if five else None  # 2024年度 before “十四五”
    titled = columns.tasks and columns.year is None and re.search(r"表(?:[（(][^（）()]*[）)])?$", caption)
    return replace(columns, year=dated) if dated and titled else columns


def shares_out(cells: Sequence[str], caption: str) -> Columns | None:
    """The columns of a table that shares tasks out, if `cells` is its header row: each task's
    number in a unit's row is that unit's target."""
    cells = [c.translate(HEADER_CHARS) for c in cells]
    filled = [(i, c) for i, c in enumerate(cells) if c and not SERIAL_WORD.match(c)]
    # 年度 | 资源类型 | 接入容量 | …: a row a kind under each year, the kind's column names the row
    by_year = filled[0][0] if len(filled) > 2 and _ROW_YEAR.match(filled[0][1]) else None
    if by_year is not None:
        filled = filled[1:]
        # 年度 | 地区生产总值（亿元） | 增速（%）: no kind's column, a row a year and a measure a column
        if filled and not (TAKER.match(filled[0][1]) or _KIND.search(filled[0][1])):
            filled = [(by_year, cells[by_year]), *filled]
    # or by kind (交通子行业 | … | 装机计划), where its caption says it shares them out
    by_kind = bool(filled and _SHARED_OUT.search(caption) and _KIND.search(filled[0][1]))
    if len(filled) < 2 or not (by_year is not None or TAKER.match(filled[0][1]) or by_kind):
        return None
    # a column of a base or of results (2025年现状, 实际完成) is no task: each unit's value reached
    tasks = tuple(
        (i, c) for i, c in filled[1:] if not _NOT_TASK.search(c) and not UNIT_WORD.match(c) and not BASE.search(c)
    )
    dated = [(i, int(m["y"])) for i, c in tasks if (m := YEAR.search(c))]
    if any(TARGET.search(c) for _, c in tasks) and len(dated) > 1:
        # 2025年 | 2030年目标: a year before the target's is the base (none where no target names a year)
        aim = max((y for i, y in dated if TARGET.search(cells[i])), default=0)
        tasks = tuple((i, c) for i, c in tasks if i not in {k for k, y in dated if y < aim})
    if not tasks or not (_SHARED.search(caption) or any(_SHARED.search(c) for _, c in tasks)):
        return None
    return Columns(filled[0][0], None, None, None, tasks[0][0], None, None, None, False, tasks=tasks, row_year=by_year)


# the header of a table's column of years, a row a year (年度, 年份)
_ROW_YEAR = re.compile(r"^(?:年度|年份)$")
# the header of a by-year table's column of kinds (储能类型, 乡镇, 指标名称), not of a measure
_KIND = re.compile(r"类型|类别|种类|品种|品类|名称|项目|指标|内容|领域|行业|产业|方式|板块")


def row_year(cells: list[str], columns: Columns, head: Sequence[str], year: int | None) -> int | None:
    """In a table of targets by year, a row's year, and its cells set under the header: the year's
    cell merged over the rows below its first is lost (one cell short) or left blank; `year` is the
    year of the rows above."""
    if columns.row_year is None:
        return None
    at = columns.row_year
    if len(cells) == len(head) - 1 and not YEAR_CELL.match(half_width(cells[at]) if at < len(cells) else ""):
        cells.insert(at, "")
    m = YEAR_CELL.match(half_width(cells[at])) if at < len(cells) else None
    return int(m["y"]) if m else year


def _task_rows(cells: Sequence[str], columns: Columns, year_of_row: int | None = None) -> list[IndicatorRow]:
    """A unit's row of a table that shares tasks out: a target for each task it has a number in.
    In a table of targets by year, a kind's row: each due `year_of_row`."""
    out: list[IndicatorRow] = []
    cells = _aligned(cells, columns) if columns.row_year is None else cells
    taker = _cell(cells, columns.name)
    # a row a year (2026 | 5200 | 6): each number is its column's measure
    by_measure = columns.name == columns.row_year
    for column, task in columns.tasks:
        named = [*cells]
        named[columns.name] = taker if taker == task else task if by_measure else f"{taker}：{task}"
        # a task column of a year (2026年 | 2027年) is due that year; else the year its caption names
        year = int(m["y"]) if (m := YEAR.search(task)) else year_of_row or columns.year
        parsed = row(named, replace(columns, target=column, year=year, tasks=()))
        if parsed is not None:
            out.append(replace(parsed, shared_out=columns.row_year is None and not _TOTAL.match(taker)))
    return out


def _aligned(cells: Sequence[str], columns: Columns) -> Sequence[str]:
    """A unit's row under its table's columns. Where a merged cell was lost (中心城区 over its
    districts, kept on the first row only), the rest of a row stands left of its columns: when its
    entries after its names are as many as the tasks, they are the tasks' in order, and the last
    name (渝中区 after 中心城区) is the unit."""
    filled = [c for c in cells if c]
    names = list(takewhile(lambda c: not _ENTRY.match(half_width(c)), filled))
    entries = filled[len(names) :]
    if not names or len(entries) != len(columns.tasks) or not all(_ENTRY.match(half_width(c)) for c in entries):
        return cells
    out = [""] * (max(i for i, _ in columns.tasks) + 1)
    out[columns.name] = names[-1]
    for (column, _), entry in zip(columns.tasks, entries, strict=True):
        out[column] = entry
    return out


# a cell that holds a task's number, or a dash for none
_ENTRY = re.compile(r"^(?:[≥≤>＞<＜约]?\[?\d[\d.,]*\]?%?(?:以上|以下|以内|左右)?|[—－/-]+)$")


def _cell(cells: Sequence[str], i: int | None) -> str:
    return _THOUSANDS.sub("", half_width(cells[i])) if i is not None and i < len(cells) else ""


def _unit_of(name: str) -> tuple[str, str]:
    """地区生产总值（亿元） → (地区生产总值, 亿元)."""
    m = re.match(r"^(?P<n>.+?)[（(](?!累计|新增|年均)(?P<u>[^（）()]{1,10})[）)]$", name)
    return (m["n"], m["u"]) if m else (name, "")


def row(cells: Sequence[str], columns: Columns) -> IndicatorRow | None:
    """A data row as a target, or None when it holds no number to reach."""
    # a serial before the name (1地区生产总值, 2．…), never the digit that opens it (5G基站数,
    # an age group: 3岁以下婴幼儿托位数)
    raw_name = (
        re.sub(r"^\d{1,2}(?:[.．、]|(?![A-Za-z\d岁]))", "", cells[columns.name]) if columns.name < len(cells) else ""
    )
    name, unit = _unit_of(_MARKS.sub("", raw_name))
    # the province's target or the city's (全省 | 三明), each from its own base
    name = _MARKS.sub("", name)
    base_at, name = next(
        ((b, f"{name}（{s}）") for c, b, s in columns.scoped if c == columns.target), (columns.base, name)
    )
    unit = _cell(cells, columns.unit) or unit or columns.target_unit
    growth_cell = _MARKS.sub("", _cell(cells, columns.growth))
    value_cell = _MARKS.sub("", _cell(cells, columns.target))
    total = value_cell.startswith("累计")  # 累计30: a total over the plan period, as [30]
    value_cell = value_cell.removeprefix("累计")
    if not _VALUE.match(value_cell) and (own := unit_cells.split(value_cell)) is not None:
        value_cell, unit = own  # the cell's own unit (>90万千瓦) is the row's
    span = _RANGE.match(value_cell)
    use_growth = not _VALUE.match(value_cell) and not span and _VALUE.match(growth_cell) is not None
    m = _VALUE.match(growth_cell if use_growth else value_cell)
    if name and m is None and span is not None:
        return _range_row(name, unit or columns.target_unit, span, columns, "约束" in _cell(cells, columns.attribute))
    if not name or m is None:
        return None
    if m["unit"]:
        unit = "%"
    comparator = _PRE.get(m["pre"] or "", _SUF.get(m["suf"] or "", "exactly"))
    base = _VALUE.match(_cell(cells, base_at))
    growth = use_growth or (unit == "%" and re.search(r"增长|增速|下降|降低|减少", name) is not None)
    return IndicatorRow(
        name,
        "%" if use_growth else (unit or "个"),
        Decimal(m["v"]),
        comparator,
        columns.year,
        Decimal(base["v"]) if base and not base["open"] else None,
        columns.base_year,
        growth,
        use_growth or "年均" in name,
        re.search(r"下降|降低|减少", name) is not None,
        "约束" in _cell(cells, columns.attribute),
        bool(m["open"]) or (total and not use_growth),
    )


def _range_row(name: str, unit: str, span: re.Match[str], columns: Columns, binding: bool) -> IndicatorRow:
    unit = "%" if span["unit"] else unit
    growth = unit == "%" and re.search(r"增长|增速|下降|降低|减少", name) is not None
    low, high = Decimal(span["v"]), Decimal(span["v2"])
    return IndicatorRow(
        name,
        unit or "个",
        low,
        "between",
        columns.year,
        None,
        columns.base_year,
        growth,
        "年均" in name,
        re.search(r"下降|降低|减少", name) is not None,
        binding,
        False,
        max(low, high),
    )


def _second_measures(cells: Sequence[str], columns: Columns) -> list[IndicatorRow]:
    """The second measure of each target cell that writes two (>40万千瓦/80万千瓦时), due as its first."""
    out: list[IndicatorRow] = []
    for column, year in ((columns.target, columns.year), *columns.later):
        if column is not None and (two := unit_cells.pair(_cell(cells, column))) is not None:
            alone = [two[1] if k == column else c for k, c in enumerate(cells)]
            parsed = row(alone, replace(columns, target=column, year=year, growth=None, later=()))
            out += [parsed] if parsed is not None else []
    return out


def later_rows(cells: Sequence[str], columns: Columns) -> list[IndicatorRow]:
    """The row's targets in its later target columns (目标值（2035年） after 目标值（2025年））:
    each due in its column's year, as the first is; and each other scope's (目标值 over 全省 | 青川)."""
    out, scoped = [], [(c, columns.year) for c, _, _ in columns.scoped[1:] if c not in dict(columns.later)]
    for column, year in [*columns.later, *scoped]:
        parsed = row(cells, replace(columns, target=column, year=year, growth=None, later=()))
        if parsed is not None:
            out.append(parsed)
    return out


@dataclass
class Table:
    """What each line of the tables in a text is: a row to draft, or a reason to exclude it."""

    rows: dict[str, IndicatorRow]
    excluded: dict[str, str]
    more: dict[str, list[IndicatorRow]] = field(default_factory=dict)  # a row's later target columns
    cells: set[str] = field(default_factory=set)  # every line of cells, of any table: never a heading
    # a by-year table's row the same under a later year (河口镇 2 1 in 2027 and 2028, the year cell
    # merged over it): one line of text whose later copies are read in turn, each due its own year
    again: dict[str, list[tuple[IndicatorRow, list[IndicatorRow]]]] = field(default_factory=dict)


# a box's or a table's label before its title (专栏1\t养老服务设施建设工程): a heading's line, no cells
_LABELLED = re.compile(r"^\s*(?:专栏|附表|附件|表)\s*\d{1,2}\s*\t+[^\t]+$")


# a row of a table of one column a year whose every year is before the plan's
PAST_YEARS = "a table of one column a year whose years are all before the plan's: results or a base, no target"


def to_targets(table: Table, flat: str, programme: int, start: int | None = None) -> list[DraftTarget]:
    """The draft targets of a row, by year: its target column's and each other target column's.
    In a table of one column a year, a year before the plan's `start` is a value reached (the
    base it grows from, 2023年 in a 2024—2026 plan; a report's 2021年 2022年), no target."""
    main = table.rows[flat]
    rows = sorted((main, *table.more.get(flat, [])), key=lambda r: r.year or 0)
    if start is not None and any((r.year or 0) < (main.year or 0) for r in table.more.get(flat, [])):
        rows = [r for r in rows if r.year is None or r.year >= start]
    return [to_target(r, flat, programme) for r in rows]


def line_targets(
    table: Table, flat: str, programme: Callable[[], int], start: int | None
) -> tuple[list[DraftTarget], str] | None:
    """A line of a table: its draft targets (in `programme()`), or none and why; None for a line
    of no table."""
    if flat in table.rows and (made := to_targets(table, flat, programme(), start)):
        if table.again.get(flat):  # the next copy of the line is its next year's row
            table.rows[flat], table.more[flat] = table.again[flat].pop(0)
        return made, ""
    if flat in table.rows or flat in table.excluded:
        return [], table.excluded.get(flat, PAST_YEARS)
    return None


_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def read_tables(lines: Sequence[str]) -> Table:
    """Every run of tab-separated lines whose first line is an indicator table's header."""
    out = Table({}, {})
    columns: Columns | None = None
    head: list[str] = []
    caption = ""  # the line over a table: 表2 主要指标（单位：%）
    year: int | None = None  # the year of the rows so far, in a table of targets by year
    for line in lines:
        flat = "".join(line.split())
        if SEPARATOR not in line:
            if flat and not PAGE_NUMBER.match(flat):  # a page's foot or a blank line does not end it
                columns, caption = None, flat.strip("|*")  # a pipe table's one-cell row (markdown)
            continue
        # a pipe table's bars, bold marks and line breaks (markdown)
        cells = [_BREAK.sub("", "".join(c.split())).strip("|").strip("*") for c in line.split(SEPARATOR)]
        if sum(1 for c in cells if c) > 1 and not _LABELLED.match(line):
            out.cells.add(flat)
        if columns is None and len(one := [c for c in cells if c]) == 1:
            caption = one[0]  # a table's title in a row of one cell over its header (markdown)
        # a table's first header, or its header repeated on a new page
        fresh = header(cells) or shares_out(cells, caption)
        if columns is None or fresh is not None:
            columns = fresh
            columns = with_caption(columns, caption) if columns is not None else None
            if columns is not None:
                head, year = cells, None
                out.excluded[flat] = "the header of an indicator table"
            continue
        merged = columns.target if columns.year is None else None
        if wide := (years_under(cells, head, merged) if merged is not None else None) or scopes.under(cells, head):
            # a header over two rows: the target cell merged over its years (序号 | 指标 | 目标, then
            # 2024年 | 2025年 under 目标), each a target column; or each year's cell over its scopes (全省 | 三明)
            head, columns = wide, header(wide) or columns
            out.excluded[flat] = "the header of an indicator table"
            continue
        if _continues_header(cells, columns):
            # a header printed over two rows: 基期值 over （2020年）, 目标值 over （2025年）
            head = [a + b for a, b in zip(head, [*cells, *[""] * len(head)], strict=False)]
            columns = header(head) or columns
            out.excluded[flat] = "the header of an indicator table"
            continue
        if columns.past:
            out.excluded[flat] = "a row of a table of the last period's planned and actual values (past results)"
            continue
        filled = [c for c in cells if c]
        year = row_year(cells, columns, head, year)
        if len(filled) > 1:
            file_rows(out, flat, cells, columns, year)
        else:
            file_row(out, flat, None)
    return out


def file_rows(table: Table, flat: str, cells: Sequence[str], columns: Columns, year: int | None = None) -> None:
    """A data row filed with its later target columns. In a table of one column a year, a row
    blank or — in its last years (新建社区医院 2 — 3 — —) is due its last year with a value. `year`:
    the row's, in a table of targets by year."""
    if columns.tasks:
        tasks = _task_rows(cells, columns, year)
        if not tasks and any(_cell(cells, i).strip("—－-/") for i, _ in columns.tasks):
            return  # a task written in words (新建学校3所) is read as a sentence
        if columns.row_year is not None and flat in table.rows and tasks:
            table.again.setdefault(flat, []).append((tasks[0], tasks[1:]))
            return
        file_row(table, flat, tasks[0] if tasks else None)
        if flat in table.rows and tasks[1:]:
            table.more[flat] = tasks[1:]
        return
    main, later = row(cells, columns), later_rows(cells, columns) + _second_measures(cells, columns)
    if main is None and later and (columns.scoped or all(y < (columns.year or 0) for _, y in columns.later)):
        # the province's cell empty (/): the city's target; else the last year's
        main, later = (later[0], later[1:]) if columns.scoped else (later[-1], later[:-1])
    file_row(table, flat, main)
    if flat in table.rows and main is not None and later:
        table.more[flat] = later


def file_row(table: Table, flat: str, parsed: IndicatorRow | None) -> None:
    """A row read (`flat`: its text without spaces) as the table's target, else excluded with why."""
    if parsed is not None and any(beyond_measure(v) for v in (parsed.value, parsed.base, parsed.value_max) if v):
        table.excluded[flat] = BEYOND_MEASURE
    elif parsed is None:
        table.excluded[flat] = "a category or a row without a number in an indicator table"
    else:
        table.rows[flat] = parsed


def _continues_header(cells: Sequence[str], columns: Columns) -> bool:
    filled = [(k, c) for k, c in enumerate(cells) if c]
    return (
        bool(filled)
        and not _cell(cells, columns.name)
        # the end of a header word wrapped below it (年均增 | 长) stands right of the indicator
        and all(_HEADER_PIECE.match(half_width(c)) or (k > columns.name and _TAIL.match(c)) for k, c in filled)
    )


def to_target(r: IndicatorRow, quote: str, programme: int) -> DraftTarget:
    """The draft target of a row; every row is marked for review, binding ones say so."""
    from targetctl.domain.drafting.draft import DraftTarget

    due = dt.date(r.year, 12, 31) if r.year else None
    review = "a row of an indicator table: check the value and the unit"
    if r.shared_out:
        review = SHARED_OUT_REVIEW
    if r.period_total:
        review = "[…] in an indicator table is a total over the plan period: check"
    if r.binding:
        review = "约束性 (binding) indicator; " + review
    if r.growth:
        name = re.sub(r"(?:年均)?(?:增长率?|增速|下降率?|降低|减少)$", "", r.name) or r.name
        t = DraftTarget("growth", quote, r.name, programme, comparator=r.comparator, value=r.value, of=name, due=due)
        t.annual, t.direction, t.value_max = r.annual, "decrease" if r.decrease else "increase", r.value_max
    elif r.value_max is not None:
        t = DraftTarget("range", quote, r.name, programme, value=r.value, value_max=r.value_max, unit=r.unit, due=due)
        t.of = r.name
    else:
        t = DraftTarget(
            "quantity",
            quote,
            r.name,
            programme,
            r.comparator,
            r.value,
            unit=r.unit,
            measure="level",
            of=r.name,
            due=due,
        )
        if r.base is not None and r.base_year is not None:
            t.baseline = (r.base, dt.date(r.base_year, 12, 31))
    t.review = review
    return t
