"""Indicator tables as real plans print them (our own rows): a header over two rows, label
columns before the name (类别, 序号, 一级指标), footnote markers, values such as 达到40 or 约10."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.columns import header
from targetctl.domain.drafting.tables import read_tables

TWO_ROW_HEADER = [
    "类别\t序号\t指标\t单位\t基期值\t目标值\t年均增长\t属性",
    "\t\t\t\t（2020年）\t（2025年）\t（%）\t",
    "经济发展\t1\t全员劳动生产率①\t万元/人\t12.5\t≥16\t5以上\t预期性",
    "\t2\t城镇生活垃圾回收利用率\t%\t35\t达到40\t—\t预期性",
    "\t3\t每万人口高价值发明专利拥有量*\t件\t6.2\t12\t—\t约束性",
    "\t4\t数字经济核心产业增加值占地区生产总值比重（%）②\t\t7.8\t约10\t—\t预期性",
]


def _rows(lines: list[str]) -> dict[str, tuple[str, Decimal, str]]:
    return {r.name: (r.unit, r.value, r.comparator) for r in read_tables(lines).rows.values()}


def test_a_header_over_two_rows_gives_the_base_and_target_years() -> None:
    table = read_tables(TWO_ROW_HEADER)
    assert len(table.rows) == 4
    assert {(r.year, r.base_year) for r in table.rows.values()} == {(2025, 2020)}
    assert table.excluded["".join(TWO_ROW_HEADER[1].split())] == "the header of an indicator table"


def test_footnote_markers_leave_the_name_and_its_unit() -> None:
    rows = _rows(TWO_ROW_HEADER)
    assert rows["全员劳动生产率"] == ("万元/人", Decimal(16), "at-least")
    assert rows["每万人口高价值发明专利拥有量"] == ("件", Decimal(12), "exactly")
    assert rows["数字经济核心产业增加值占地区生产总值比重"] == ("%", Decimal(10), "about")


def test_a_level_to_reach_is_at_least() -> None:
    assert _rows(TWO_ROW_HEADER)["城镇生活垃圾回收利用率"] == ("%", Decimal(40), "at-least")


def test_the_last_of_several_indicator_columns_names_the_row() -> None:
    cols = header(["一级指标", "二级指标", "单位", "2025年目标值", "属性"])
    assert cols is not None and (cols.name, cols.target, cols.year) == (1, 3, 2025)
    rows = _rows(["一级指标\t二级指标\t单位\t2025年目标值\t属性", "绿色生态\t森林覆盖率\t%\t≥42\t约束性"])
    assert rows == {"森林覆盖率": ("%", Decimal(42), "at-least")}


def test_a_unit_in_the_target_columns_header_is_each_rows_unit() -> None:
    rows = _rows(["指标\t2020年\t2025年目标（%）", "城镇污水处理率\t95\t97"])
    assert rows == {"城镇污水处理率": ("%", Decimal(97), "exactly")}


def test_a_page_number_between_two_pages_of_a_table_does_not_end_it() -> None:
    lines = ["指标\t单位\t2025年", "森林覆盖率\t%\t42", "— 12 —", "城镇污水处理率\t%\t97"]
    assert set(_rows(lines)) == {"森林覆盖率", "城镇污水处理率"}


def test_a_unit_named_over_the_table_is_each_rows_unit() -> None:
    lines = [
        "表2 生态环境主要指标（单位：%）",
        "指标\t2020年\t2025年",
        "森林覆盖率\t41.2\t42",
        "城镇人口（万人）\t80\t95",
    ]
    rows = _rows(lines)
    assert rows == {"森林覆盖率": ("%", Decimal(42), "exactly"), "城镇人口": ("万人", Decimal(95), "exactly")}


def test_a_footnote_marker_after_a_value_and_a_total_marked_cumulative() -> None:
    table = read_tables(
        ["指标\t单位\t2025年\t属性", "森林覆盖率\t%\t≥42①\t约束性", "新增造林面积\t万亩\t累计30\t预期性"]
    )
    rows = {r.name: (r.value, r.comparator, r.period_total) for r in table.rows.values()}
    assert rows == {"森林覆盖率": (Decimal(42), "at-least", False), "新增造林面积": (Decimal(30), "exactly", True)}


def test_a_past_periods_table_with_a_header_over_two_rows_is_past() -> None:
    lines = ["指标\t单位\t2020年\t", "\t\t规划目标\t实际完成", "地区生产总值\t亿元\t800\t812"]
    table = read_tables(lines)
    assert table.rows == {}
    assert table.excluded["地区生产总值亿元800812"].endswith("(past results)")


def test_a_range_in_the_target_column_is_a_range() -> None:
    from targetctl.domain.drafting.tables import to_target

    table = read_tables(
        [
            "指标\t单位\t2025年",
            "地区生产总值年均增长\t%\t6-6.5",
            "城镇新增就业人数\t万人\t1.2～1.5",
            "森林覆盖率\t%\t42",
        ]
    )
    rows = {r.name: r for r in table.rows.values()}
    growth = to_target(rows["地区生产总值年均增长"], "q", 1)
    assert (growth.kind, growth.comparator, growth.value, growth.value_max) == (
        "growth",
        "between",
        Decimal(6),
        Decimal("6.5"),
    )
    jobs = to_target(rows["城镇新增就业人数"], "q", 1)
    assert (jobs.kind, jobs.value, jobs.value_max, jobs.unit) == ("range", Decimal("1.2"), Decimal("1.5"), "万人")
    assert rows["森林覆盖率"].value_max is None


def test_of_several_later_years_the_first_period_end_is_the_target() -> None:
    three = header(["指标", "单位", "2020年", "2025年", "2035年", "属性"])
    assert three is not None and (three.base_year, three.year) == (2020, 2025)
    midway = header(["指标", "2020年", "2022年", "2025年"])
    assert midway is not None and (midway.base_year, midway.year) == (2020, 2025)
    marked = header(["指标", "2020年", "2025年", "2035年目标"])
    assert marked is not None and marked.year == 2035
