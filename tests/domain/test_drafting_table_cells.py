"""Indicator table headers and cells as real plans write them (our own rows): a year range over
a growth column, a base-year column beside a growth column, numbers with thousands separators."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.columns import header
from targetctl.domain.drafting.tables import read_tables


@pytest.mark.parametrize("cell", ["2021—2025年年均增长", "2021-2025年均增长（%）", "2021~2025年年均增速"])
def test_a_year_range_gives_its_end_as_the_year(cell: str) -> None:
    columns = header(["指标", "单位", cell, "属性"])
    assert columns is not None
    assert columns.growth == 2 and columns.target is None
    assert columns.year == 2025


def test_a_year_range_growth_beside_a_base_year_is_due_at_the_range_end() -> None:
    table = read_tables(["指标\t单位\t2020年\t2021—2025年年均增长\t属性", "居民收入增长\t%\t5\t6\t预期性"])
    (r,) = table.rows.values()
    assert r.value == Decimal(6) and r.year == 2025 and r.growth


def test_a_lone_year_column_beside_a_growth_column_is_the_base() -> None:
    columns = header(["指标", "单位", "2020年", "“十四五”时期年均增长（%）", "属性"])
    assert columns is not None
    assert columns.base == 2 and columns.base_year == 2020
    assert columns.target is None and columns.growth == 3
    head = "指标\t单位\t2020年\t“十四五”时期年均增长（%）\t属性"
    table = read_tables([head, "一般公共预算收入\t亿元\t300\t6\t预期性"])
    (r,) = table.rows.values()
    assert r.value == Decimal(6) and r.growth and r.unit == "%"
    assert r.base == Decimal(300) and r.base_year == 2020
    assert r.year == 2025  # the end of 十四五


def test_thousands_separators_in_cells_are_read() -> None:
    table = read_tables(["指标\t单位\t2020年\t2025年\t属性", "地区生产总值\t亿元\t10,000\t15,000\t预期性"])
    (r,) = table.rows.values()
    assert r.value == Decimal(15000) and r.base == Decimal(10000)
