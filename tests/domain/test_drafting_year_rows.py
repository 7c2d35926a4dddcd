"""A table of targets by year, a row a kind (年度 | 类型 | measures…), the year cell merged over its
rows (drafting.tables): each number is its kind's target in that measure, due its row's year (our own
table)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract

MARKDOWN = """青川市储能发展实施方案（2026-2027年）
一、发展目标
到2027年，全市新型储能装机达到90万千瓦。
附件

| **青川市新型储能规划目标（2026-2027年）**<br>单位：万千瓦 |
| --- | --- | --- | --- |
| **年度** | **储能类型** | **装机规模** | **可调能力** |
| 2026 | 电化学储能 | 40 | 20 |
| 压缩空气储能 | 10 | 5 |
| 合计 | 50 | 25 |
| 2027 | 电化学储能 | 70 | 35 |
| 压缩空气储能 | 20 | 10 |
| 合计 | 90 | 45 |
"""

# the same table as a Word document's: a tab between cells, the merged year cell left blank below
TABBED = """青川市储能发展实施方案（2026-2027年）
附件
青川市新型储能规划目标（2026-2027年）（单位：万千瓦）
年度\t储能类型\t装机规模\t可调能力
2026\t电化学储能\t40\t20
\t压缩空气储能\t10\t5
2027\t电化学储能\t70\t35
\t压缩空气储能\t20\t10
"""


@pytest.mark.parametrize("text", [MARKDOWN, TABBED])
def test_each_number_is_its_kinds_target_due_its_rows_year(text: str) -> None:
    d = extract(text, default_year=2026)
    got = {(t.of, t.value, t.due.year if t.due else None) for t in d.targets if t.numeric}
    assert ("电化学储能：装机规模", Decimal(40), 2026) in got
    assert ("压缩空气储能：可调能力", Decimal(5), 2026) in got
    assert ("电化学储能：装机规模", Decimal(70), 2027) in got
    assert ("压缩空气储能：可调能力", Decimal(10), 2027) in got
    units = {t.unit for t in d.targets if t.numeric and t.of and "：" in t.of}
    assert units == {"万千瓦"}


def test_the_totals_of_each_year_are_its_targets_too() -> None:
    d = extract(MARKDOWN, default_year=2026)
    got = {(t.of, t.value, t.due.year if t.due else None) for t in d.targets if t.numeric}
    assert {("合计：装机规模", Decimal(50), 2026), ("合计：可调能力", Decimal(45), 2027)} <= got


# a kind's row the same in two years (河口镇 2 1 in 2027 and in 2028), the year cell merged over it:
# one line of text twice, each due its own year
REPEATED = """某县高标准农田建设实施方案（2026—2028年）
附件1
高标准农田建设任务分年度安排表（单位：万亩）
年度\t乡镇\t新建任务\t改造提升任务
2027\t城关镇\t2.5\t1
\t河口镇\t2\t1
2028\t城关镇\t3\t1.5
\t河口镇\t2\t1
"""


def test_a_row_repeated_under_a_later_year_is_due_each_year() -> None:
    d = extract(REPEATED, default_year=2026)
    got = sorted((t.of, t.value, t.due.year if t.due else None) for t in d.targets if t.of and "河口镇" in t.of)
    assert got == [
        ("河口镇：改造提升任务", Decimal(1), 2027),
        ("河口镇：改造提升任务", Decimal(1), 2028),
        ("河口镇：新建任务", Decimal(2), 2027),
        ("河口镇：新建任务", Decimal(2), 2028),
    ]


# a row a year, a measure a column (年度 | 地区生产总值（亿元） | 增速（%）): no kind's column, each
# number is its column's measure due its row's year
BY_MEASURE = """某市国民经济和社会发展第十五个五年规划纲要
表1 主要经济指标分年度目标
年度\t地区生产总值（亿元）\t增速（%）\t一般公共预算收入（亿元）
2026\t5200\t6\t380
2027\t5520\t6\t400
"""


def test_a_row_a_year_under_measures_is_each_measures_target() -> None:
    d = extract(BY_MEASURE, default_year=2026)
    got = {(t.of, t.value, t.due.year if t.due else None) for t in d.targets if t.value is not None}
    assert ("地区生产总值", Decimal(5200), 2026) in got
    assert ("一般公共预算收入", Decimal(400), 2027) in got
    assert not any(of and of.startswith("52") for of, _, _ in got)
