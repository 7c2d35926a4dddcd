"""The columns of an indicator table, read from its header row: which names the indicators, which
holds the unit, the base (基期值, 2020年, “十四五”完成值), the target (目标值, 2025年), the annual growth
and the attribute (属性); and whether the table reports the past (规划目标 / 实际完成). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from targetctl.domain.drafting import scopes
from targetctl.domain.drafting.periods import FIVE_YEAR, five_year

# a header's words in traditional characters (a PDF from Hong Kong or Taiwan is laid out before
# its text is read in simplified ones, io.script): each matched as its simplified word
HEADER_CHARS = str.maketrans(
    "標稱項級體計單準數現狀規劃預實際屬長內質類別領備註號", "标称项级体计单准数现状规划预实际属长内质类别领备注号"
)

# 一级指标 / 二级指标: several columns may name indicators; the last (the finest) names the row
_NAME = re.compile(r"^(?:主要|[一二三]级|具体|核心)?(?:指标|指标名称|名称|项目|指标项|指标内容)$")
UNIT_WORD = re.compile(r"^(?:计量)?单位$")
# a year range (2021—2025年年均增长) is due at its end
YEAR = re.compile(r"(?:20\d\d\s*年?\s*[-—–~～至到]\s*)?(?P<y>20\d\d)年?")
BASE = re.compile(r"基期|基准|基数|现状")
TARGET = re.compile(r"目标|规划值|预期值|预期")
_GROWTH = re.compile(r"年均增长|年均增速|年均")
_ATTRIBUTE = re.compile(r"属性|性质")
_PAST = re.compile(r"实际|完成")
_BRACKET_UNIT = re.compile(r"[（(](?P<u>%|‰|[^（）()\d]{1,6})[）)]$")


@dataclass(frozen=True)
class Columns:
    name: int
    unit: int | None
    base: int | None
    base_year: int | None
    target: int | None
    year: int | None
    growth: int | None
    attribute: int | None
    past: bool
    target_unit: str = ""  # 2025年目标（%）: the unit of every row that names none
    # target columns of later years (2035年目标 after 2025年目标), and each year's before the target
    # in a table of one column a year (2026年 … 2029年 before 2030年): (column, year) each
    later: tuple[tuple[int, int], ...] = ()
    # each scope's target column, its own base column and its scope (2025年目标值（三明）, 2020年值（三明）, 三明)
    scoped: tuple[tuple[int, int | None, str], ...] = ()
    # a table that shares tasks out: each task's column and its header (新建任务（万亩）)
    tasks: tuple[tuple[int, str], ...] = ()
    # a table of targets by year, a row a kind (年度 | 类型 | measures…): the year's column
    row_year: int | None = None


def name_column(cells: Sequence[str]) -> int | None:
    """The header cell that names the indicators: the last of several (一级指标, 二级指标)."""
    return next((i for i in reversed(range(len(cells))) if _NAME.match(cells[i].translate(HEADER_CHARS))), None)


def _yearly(levels: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The columns before the last of a run of three or more consecutive years (2026年 2027年 2028年),
    or () when the years are not such a run."""
    years = [y for _, y in levels]
    if len(levels) < 3 or any(b != a + 1 for a, b in pairwise(years)):
        return ()
    return tuple(levels[:-1])


def header(cells: Sequence[str]) -> Columns | None:
    """The columns of an indicator table, if `cells` is its header row."""
    cells = [c.translate(HEADER_CHARS) for c in cells]
    name = name_column(cells)
    if name is None:
        return None
    years = [(i, int(m["y"])) for i, c in enumerate(cells) if (m := YEAR.search(c)) and i != name]
    # “十四五”时期年均增长: a five-year plan's name dates a column as its last year does
    years += [
        (i, five_year(m["n"])[1]) for i, c in enumerate(cells) if i not in dict(years) and (m := FIVE_YEAR.search(c))
    ]
    rates = [i for i, c in enumerate(cells) if _GROWTH.search(c) and i != name]
    # a growth column's year (2021—2025年年均增长) dates the growth, never a level's column
    levels = [(i, y) for i, y in years if i not in rates]
    target = next((i for i, c in enumerate(cells) if TARGET.search(c) and i != name and i not in rates), None)
    base = next((i for i, c in enumerate(cells) if BASE.search(c)), None)
    done = [i for i, c in enumerate(cells) if _PAST.search(c)]
    past = bool(done)
    year_of = dict(years)
    if past and target is not None:
        # the last period's plan and results beside the next one's targets (“十四五”规划目标 | “十四五”
        # 完成情况 | “十五五”目标): the target is the next period's, later than every result
        last = max(year_of.get(i, 9999) for i in done)
        target = next(
            (
                i
                for i, c in enumerate(cells)
                if TARGET.search(c) and i not in (name, *rates, *done) and year_of.get(i, 0) > last
            ),
            target,
        )
    yearly = _yearly(levels) if base is None and target is None else ()
    if yearly:
        # one column a year (2026年 … 2030年): each year's value is due that year; a run that opens
        # at a five-year plan's last year (2025年 2026年 …) opens at the base it grows from
        base = levels[0][0] if levels[0][1] % 5 == 0 else None
        target = levels[-1][0]
        yearly = tuple((i, y) for i, y in yearly if i != base)
    if base is None and len(levels) > 1 and not yearly:
        # a base is a year before the target's (2020年 | 2025年目标); a later target year is no base
        before = dict(levels).get(target) if target is not None else None
        base = next((i for i, y in levels if i != target and (before is None or y < before)), None)
    if base is None and target is None and len(levels) == 1 and rates and levels[0][0] < rates[0]:
        base = levels[0][0]  # 2020年 | 年均增长: the one year before the growth column is its base
    if target is None and levels and [i for i, _ in levels] != [base]:
        # 2020年 2025年 2035年 (or 2022年 between): the first period's end after the base is the
        # plan's target; a later year is the long view (远景)
        later = [(i, y) for i, y in levels if i != base and all(y > b for j, b in levels if j == base)]
        target = next((i for i, y in later if y % 5 == 0), later[-1][0] if later else levels[-1][0])
    growth = next((i for i in rates if i not in (target, base)), None)
    if target is None and growth is None:
        return None
    if (
        past
        and target is not None
        and target not in done
        and all(year_of.get(i, 9999) < year_of.get(target, 0) for i in done)
    ):
        # the last period's actual values beside the next one's targets (“十四五”完成值 | “十五五”目标值):
        # the done column is the base (not the last period's own target beside it), the targets are targets
        past = False
        base = base if base is not None and BASE.search(cells[base]) else done[-1]
    scoped = scopes.siblings(cells, target, base)  # 全省 | 三明 under each year
    unit = _BRACKET_UNIT.search(cells[target]) if target is not None and not scoped else None
    beyond = (
        tuple(
            (i, y)
            for i, y in levels
            if target is not None and i not in (base, target) and TARGET.search(cells[i]) and y > year_of.get(target, y)
        )
        + yearly
        + tuple((i, year_of[i]) for i, _, _ in scoped[1:] if i in year_of)
    )
    return Columns(
        name,
        next((i for i, c in enumerate(cells) if UNIT_WORD.match(c)), None),
        base,
        year_of.get(base) if base is not None else None,
        target,
        year_of.get(target) if target is not None else year_of.get(growth) if growth is not None else None,
        growth,
        next((i for i, c in enumerate(cells) if _ATTRIBUTE.search(c)), None),
        past,
        unit["u"] if unit else "",
        beyond,
        tuple(scoped),
    )
