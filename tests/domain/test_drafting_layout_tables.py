"""Indicator tables laid out by columns (a PDF's text layer): one row per target (our own rows)."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.layout_tables import splice, tabulate
from targetctl.domain.drafting.tables import read_tables

# as pypdf's layout mode and pdftotext -layout give it: runs of spaces between cells, long
# names wrapped below their numbers, a category alone, blank lines between rows
LAID = """一、主要指标

指标         单位         2020年       2025年      属性

环境质量

地级及以上城     微克/立方米     31          ≤28        约束性
市细颗粒物
（PM2.5）平
均浓度

森林覆盖率      %          41.2        ≥42        约束性

城镇污水处理     %          95          97以上       预期性
率

单位地区生产                            [18]       约束性
总值二氧化碳
排放降低
（%）

二、重点任务
新建污水管网120公里。"""

# the same page as a reader's default order gives it: cells one after another
PLAIN = """一、主要指标
指标 单位 2020 年 2025 年 属性
环境质量
地级及以上城
市细颗粒物
（PM2.5）平
均浓度
微克/立方米 31 ≤28 约束性
森林覆盖率 % 41.2 ≥42 约束性
城镇污水处理
率
% 95 97 以上 预期性
单位地区生产
总值二氧化碳
排放降低
（%）
[18] 约束性
二、重点任务
新建污水管网120 公里。"""


def _rows(text: str) -> dict[str, tuple[str, Decimal, str, bool]]:
    table = read_tables(text.split("\n"))
    return {r.name: (r.unit, r.value, r.comparator, r.binding) for r in table.rows.values()}


def test_a_laid_out_table_gives_one_target_per_row() -> None:
    rows = _rows(tabulate(LAID))
    assert rows == {
        "地级及以上城市细颗粒物（PM2.5）平均浓度": ("微克/立方米", Decimal(28), "at-most", True),
        "森林覆盖率": ("%", Decimal(42), "at-least", True),
        "城镇污水处理率": ("%", Decimal(97), "at-least", False),
        "单位地区生产总值二氧化碳排放降低": ("%", Decimal(18), "exactly", True),
    }


def test_the_header_gives_the_due_year_and_the_base_year() -> None:
    table = read_tables(tabulate(LAID).split("\n"))
    forest = next(r for r in table.rows.values() if r.name == "森林覆盖率")
    assert (forest.year, forest.base_year, forest.base) == (2025, 2020, Decimal("41.2"))


def test_the_category_and_the_text_around_the_table_stay_as_they_were() -> None:
    out = tabulate(LAID).split("\n")
    assert "环境质量\t\t\t\t" in out
    assert out[0] == "一、主要指标" and out[-2:] == ["二、重点任务", "新建污水管网120公里。"]
    assert "".join(tabulate(LAID).split()).count("约束性") == 3


def test_names_wrapped_above_their_numbers_join_the_row_below() -> None:
    laid = "指标          单位     2025年    属性\n\n每千人口拥有3岁\n以下婴幼儿托位数    个       4.5     预期性\n\n"
    assert _rows(tabulate(laid)) == {"每千人口拥有3岁以下婴幼儿托位数": ("个", Decimal("4.5"), "exactly", False)}


def test_prose_with_runs_of_spaces_is_not_a_table() -> None:
    text = "项目    名称很多\n全年新开工项目  40个。"
    assert tabulate(text) == text


def test_splice_puts_the_laid_out_rows_in_the_plain_texts_place() -> None:
    out = splice(PLAIN, LAID)
    assert out.split("\n")[0] == "一、主要指标" and out.endswith("二、重点任务\n新建污水管网120 公里。")
    assert _rows(out) == _rows(tabulate(LAID))


def test_splice_leaves_the_plain_text_when_the_glyphs_differ() -> None:
    assert splice(PLAIN.replace("41.2", "41.3"), LAID) == PLAIN.replace("41.2", "41.3")


# a table whose cells are centred vertically and whose rows have no blank line between them:
# a long name wraps above and below its numbers; a half-width digit is set apart from its name
DENSE_LAID = """指标         单位         2020年      2025年      属性
地级及以上城
市细颗粒物      微克/立方米     31         ≤28        约束性
（PM2.5）平
均浓度
每千人口拥有  3
岁以下婴幼儿     个          1.2        4.5以上      预期性
托位数
森林覆盖率      %          41.2       ≥42        约束性"""

DENSE_PLAIN = """指标 单位 2020 年 2025 年 属性
地级及以上城
市细颗粒物
（PM2.5）平
均浓度
微克/立方米 31 ≤28 约束性
每千人口拥有3
岁以下婴幼儿
托位数
个 1.2 4.5 以上 预期性
森林覆盖率 % 41.2 ≥42 约束性"""


def test_a_digit_set_apart_from_its_name_stays_in_the_name_column() -> None:
    assert "每千人口拥有3" in tabulate("指标         单位     2025年\n每千人口拥有  3\n岁以下托位数     个      4.5\n")


def test_a_dense_table_takes_its_row_names_from_the_readers_default_order() -> None:
    assert _rows(splice(DENSE_PLAIN, DENSE_LAID)) == {
        "地级及以上城市细颗粒物（PM2.5）平均浓度": ("微克/立方米", Decimal(28), "at-most", True),
        "每千人口拥有3岁以下婴幼儿托位数": ("个", Decimal("4.5"), "at-least", False),
        "森林覆盖率": ("%", Decimal(42), "at-least", True),
    }
