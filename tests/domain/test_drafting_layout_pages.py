"""Indicator tables as a PDF's text layer gives them when they run over pages (our own rows):
a header printed over four lines, label columns (类别, 序号) beside the names, a category down
its merged cell, a row broken inside its name at a page's foot, the header repeated on the next
page or not, that page laid out a little wider, cells one space apart."""

from __future__ import annotations

import functools
from decimal import Decimal

import pytest

from targetctl.domain.drafting.layout_tables import splice
from targetctl.domain.drafting.page_tables import Pages
from targetctl.domain.drafting.tables import read_tables

HEAD_LAID = """                          基期值   目标值    年均增
类别    序号     指标    单位                  长     属性
                          （2020 （2025  （%）
                          年）    年）"""

HEAD_PLAIN = """类别 序号 指标 单位
基期值 目标值 年均增
长 属性（2020
年）
（2025
年）
（%）"""

PAGE1_LAID = f"""一、主要指标

表1 主要指标

{HEAD_LAID}
经济发   1      地区生   %      —     —      6左右   预期性
展            产总值
             年均增
"""

PAGE1_PLAIN = f"""一、主要指标
表1 主要指标
{HEAD_PLAIN}
经济发
展
1 地区生
产总值
年均增
% — — 6 左右 预期性"""

# the header repeated on the next page, laid out a little wider, as that page's rows are
HEAD2_LAID = """                           基期值    目标值    年均增
类别    序号     指标     单位                   长      属性
                           （2020  （2025  （%）
                           年）     年）"""

# the next page is laid out a little wider: each column a place or two to the right
PAGE2_ROWS_LAID = """             长
      2      全员劳    万元/人   12.5   ≥16    5 以上   预期性
             动生产
             率①
      10     城镇生    %      35     达到  40 —      预期性
             活垃圾
             回收利
             用率
注：①按 2020年价格计算。"""

PAGE2_ROWS_PLAIN = """长
2 全员劳
动生产
率①
万元/人 12.5 ≥16 5 以上 预期性
10 城镇生
活垃圾
回收利
用率
% 35 达到40 — 预期性
注：①按2020 年价格计算。"""

EXPECTED = {
    "地区生产总值年均增长": (Decimal(6), "about", None),
    "全员劳动生产率": (Decimal(16), "at-least", Decimal("12.5")),
    "城镇生活垃圾回收利用率": (Decimal(40), "at-least", Decimal(35)),
}


def _read(pages: list[tuple[str, str]]) -> dict[str, tuple[Decimal, str, Decimal | None]]:
    reader = Pages()
    for plain, laid in pages:
        reader.add(plain, functools.partial(str, laid))
    table = read_tables("\n".join(reader.texts).split("\n"))
    assert {(r.year, r.base_year) for r in table.rows.values()} == {(2025, 2020)}
    return {r.name: (r.value, r.comparator, r.base) for r in table.rows.values()}


@pytest.mark.parametrize("repeated", [True, False])
def test_a_table_over_two_pages_gives_one_target_per_row(repeated: bool) -> None:
    laid2 = f"{HEAD2_LAID}\n{PAGE2_ROWS_LAID}" if repeated else PAGE2_ROWS_LAID
    plain2 = f"{HEAD_PLAIN}\n{PAGE2_ROWS_PLAIN}" if repeated else PAGE2_ROWS_PLAIN
    assert _read([(PAGE1_PLAIN, PAGE1_LAID), (plain2, laid2)]) == EXPECTED


def test_a_header_over_four_lines_is_one_header_row() -> None:
    out = splice(PAGE1_PLAIN, PAGE1_LAID).split("\n")
    assert out[2] == "类别\t序号\t指标\t单位\t基期值（2020年）\t目标值（2025年）\t年均增长（%）\t属性"
    assert out[3].split("\t")[:3] == ["经济发展", "1", "地区生产总值年均增"]


def test_a_page_is_laid_out_only_when_it_may_hold_a_table_or_continues_one() -> None:
    def refuse() -> str:
        raise AssertionError("laid out without need")

    reader = Pages()
    assert reader.add("一、总体要求\n坚持稳中求进。", refuse) == "一、总体要求\n坚持稳中求进。"
    reader.add(PAGE1_PLAIN, lambda: PAGE1_LAID)  # its table runs to the page's foot
    asked: list[bool] = []

    def heading() -> str:
        asked.append(True)
        return "二、重点任务"

    reader.add("二、重点任务", heading)
    assert asked == [True]
    assert reader.add("三、保障措施", refuse) == "三、保障措施"


def test_a_page_whose_layout_cannot_be_read_stays_as_it_was() -> None:
    reader = Pages()
    assert reader.add(PAGE1_PLAIN, lambda: None) == PAGE1_PLAIN


# cells centred in their rows: a long name wraps above and below its numbers, rows without a
# blank line between; the default order gives each row's category, number and name in turn
CENTRED_LAID = """             长
             全员劳
      2      动生产    万元/人   12.5   ≥16    5 以上   预期性
             率①
             城镇生
      10     活垃圾    %      35     达到  40 —      预期性
民生福          回收利
祉            用率
      11     城镇调    %      5.2    <5.5   —      预期性
             查失业
             率"""

CENTRED_PLAIN = """长
2
全员劳
动生产
率①
万元/人 12.5 ≥16 5 以上 预期性
10
城镇生
活垃圾
回收利
用率
% 35 达到40 — 预期性
民生福
祉 11
城镇调
查失业
率
% 5.2 <5.5 — 预期性"""


def test_centred_rows_take_their_names_from_the_readers_default_order() -> None:
    rows = _read([(PAGE1_PLAIN, PAGE1_LAID), (CENTRED_PLAIN, CENTRED_LAID)])
    assert rows == {
        **EXPECTED,
        "城镇调查失业率": (Decimal("5.5"), "less-than", Decimal("5.2")),
    }


# a header whose first line names every column, 年均增长 wrapped onto the line below; on the next
# page the end of the last row's name stands beside the header's last line
TOP_HEAD = """类别    序号     指标     单位     基期值    目标值    年均增    属性
                                         长
                           （2020  （2025  （%）"""

TOP_PAGE1_LAID = f"""{TOP_HEAD}
                           年）     年）
      5      每万人    件      6.2    12     —      预期性
             口高价
             值发明
             专利拥"""

TOP_PAGE1_PLAIN = """类别 序号 指标 单位 基期值 目标值 年均增
长
属性
（2020
年）
（2025
年）
（%）
5 每万人
口高价
值发明
专利拥
件 6.2 12 — 预期性"""

TOP_PAGE2_LAID = f"""{TOP_HEAD}
             有量*          年）     年）
      6      森林覆    %      41.2   42以上   —      约束性
             盖率"""

TOP_PAGE2_PLAIN = TOP_PAGE1_PLAIN.split("\n5 ")[0] + "\n有量*\n6 森林覆\n盖率\n% 41.2 42 以上 — 约束性"


def test_a_header_word_wrapped_below_and_a_name_beside_the_header_are_read() -> None:
    rows = _read([(TOP_PAGE1_PLAIN, TOP_PAGE1_LAID), (TOP_PAGE2_PLAIN, TOP_PAGE2_LAID)])
    assert rows == {
        "每万人口高价值发明专利拥有量": (Decimal(12), "exactly", Decimal("6.2")),
        "森林覆盖率": (Decimal(42), "at-least", Decimal("41.2")),
    }


def test_pdftotext_pages_are_read_in_turn() -> None:
    """pdftotext -layout separates pages by form feeds: the table goes on over the next page."""
    from targetctl.domain.drafting.layout_tables import tabulate

    text = PAGE1_LAID + "\n\f" + PAGE2_ROWS_LAID + "\n"
    table = read_tables(tabulate(text).replace("\f", "\n").split("\n"))
    rows = {r.name: (r.value, r.comparator, r.base) for r in table.rows.values()}
    assert rows == EXPECTED


def test_a_header_word_wrapped_above_the_line_naming_the_columns_is_read() -> None:
    from targetctl.domain.drafting.layout_tables import tabulate

    laid = """                       基期值     目标值     年均增
                                       长
类别    序号    指标    单位                          属性
                       （2020   （2025   （%）
                       年）      年）
      9     森林覆   %    41.2    42以上    —      约束性
            盖率"""
    out = tabulate(laid).split("\n")
    assert out[0] == "类别\t序号\t指标\t单位\t基期值（2020年）\t目标值（2025年）\t年均增长（%）\t属性"
    assert _read_lines(out) == {"森林覆盖率": (Decimal(42), "at-least", Decimal("41.2"))}


def _read_lines(lines: list[str]) -> dict[str, tuple[Decimal, str, Decimal | None]]:
    return {r.name: (r.value, r.comparator, r.base) for r in read_tables(lines).rows.values()}


def test_a_category_numbered_as_a_heading_inside_a_table_is_a_row_and_the_heading_after_it_ends_it() -> None:
    from targetctl.domain.drafting.layout_tables import tabulate

    laid = """指标         单位         2020年       2025年      属性
一、环境质量
森林覆盖率      %          41.2        ≥42        约束性
二、资源利用
单位地区生产     %          —           [16]       约束性
总值用水量降
低
二、重点任务

新建污水管网   120公里。"""
    out = tabulate(laid).split("\n")
    assert out[1] == "一、环境质量\t\t\t\t" and out[3] == "二、资源利用\t\t\t\t"
    assert out[5:] == ["二、重点任务", "", "新建污水管网   120公里。"]
    assert set(_read_lines(out)) == {"森林覆盖率", "单位地区生产总值用水量降低"}


def test_a_page_whose_header_runs_over_short_lines_may_hold_a_table() -> None:
    from targetctl.domain.drafting.layout_tables import may_hold_table

    assert may_hold_table("表1 主要指标\n序号\n指标\n2020年\n2025年目标\n1 森林覆盖率 % 41 42")
    assert not may_hold_table(
        "各项指标均完成良好，预计全年地区生产总值增长6%，高于全国平均水平。\n到2025年，建成区域中心。"
    )


NARROW_PAGE1 = """类别    序号     指标     单位     基期值   目标值    年均增    属性
                                        长
                           （2020 （2025  （%）
                           年）    年）
      9      森林覆    %      41.2  42以上   —      约束性
             盖率
      10     城镇生    %      35    达到 40  —      预期性"""

# the next page, without the header, laid out narrower: a column a place or two to the left
NARROW_PAGE2 = """             活垃圾
             回收利
             用率
      11     城镇调   %      5.2   <5.5   —     预期性
             查失业
             率
      12     每千人   个      1.8   4.5    —     预期性
             口拥有 3
             岁以下
             婴幼儿
             托位数
      13     人均预   岁      78.3  79     —     预期性
民生福          期寿命
祉     14     劳动年   年      11.1  11.5   —     约束性
             龄人口
             平均受
             教育年
             限
      15     城镇新   万人     —     [50]   —     预期性
             增就业
             人数
      16     基本养   %      93    95     —     预期性
             老保险
             参保率"""


def _plain(laid: str) -> str:
    return "\n".join(" ".join(line.split()) for line in laid.split("\n") if line.strip())


def test_a_page_laid_out_narrower_keeps_each_cell_in_its_column() -> None:
    rows = _read_pages([(_plain(NARROW_PAGE1), NARROW_PAGE1), (_plain(NARROW_PAGE2), NARROW_PAGE2)])
    assert rows == {
        "森林覆盖率": (Decimal(42), "at-least", Decimal("41.2")),
        "城镇生活垃圾回收利用率": (Decimal(40), "at-least", Decimal(35)),
        "城镇调查失业率": (Decimal("5.5"), "less-than", Decimal("5.2")),
        "每千人口拥有3岁以下婴幼儿托位数": (Decimal("4.5"), "exactly", Decimal("1.8")),
        "人均预期寿命": (Decimal(79), "exactly", Decimal("78.3")),
        "劳动年龄人口平均受教育年限": (Decimal("11.5"), "exactly", Decimal("11.1")),
        "城镇新增就业人数": (Decimal(50), "exactly", None),
        "基本养老保险参保率": (Decimal(95), "exactly", Decimal(93)),
    }


def _read_pages(pages: list[tuple[str, str]]) -> dict[str, tuple[Decimal, str, Decimal | None]]:
    reader = Pages()
    for plain, laid in pages:
        reader.add(plain, functools.partial(str, laid))
    return _read_lines("\n".join(reader.texts).split("\n"))


def test_the_end_of_a_name_at_the_head_of_a_page_is_no_part_of_the_next_rows_name() -> None:
    """A page whose table opens it with its header repeated, centred cells: what stands before
    the first number is the previous row's (its category's piece aside), even where a running
    foot on the page before hid that the table ran on."""
    laid2 = f"{HEAD2_LAID}\n{CENTRED_LAID}"
    plain2 = f"{HEAD_PLAIN}\n祉\n" + CENTRED_PLAIN.replace("祉 11", "11")
    foot = "\n（此页为青川市人民政府印发。）"
    reader = Pages()
    reader.add(PAGE1_PLAIN + foot, lambda: PAGE1_LAID + foot)
    reader.add(plain2, lambda: laid2)
    text = "\n".join(reader.texts)
    rows = _read_lines(text.split("\n"))
    assert rows["全员劳动生产率"] == (Decimal(16), "at-least", Decimal("12.5"))
    assert "城镇调查失业率" in rows and "长" in text.split("\n")


def test_a_header_broken_over_a_page_is_one_header() -> None:
    """The header's first line at one page's foot, the rest of it at the head of the next, and
    the first row's name (centred) above its numbers: no end of a row of the page before."""
    foot = "一、主要指标\n\n类别    序号    指标     单位    基期值   目标值    年均增   属性"
    head = """                                         长
                           （2020  （2025  （%）
                           年）     年）
             地区生
      1      产总值    %      —      —      6左右    预期性
             年均增
             长"""
    reader = Pages()
    reader.add(_plain(foot), lambda: foot)
    reader.add(_plain(head), lambda: head)
    table = read_tables("\n".join(reader.texts).split("\n"))
    rows = [(r.name, r.value, r.comparator, r.year) for r in table.rows.values()]
    assert rows == [("地区生产总值年均增长", Decimal(6), "about", 2025)]


def test_two_values_run_together_under_one_column_are_two_cells() -> None:
    from targetctl.domain.drafting.layout_tables import tabulate

    laid = """指标          单位      2020年     2025年     年均增长     属性
能源消耗降低      %       —         [13.5]—            约束性
用水量降低       %       —         [16] —             约束性
森林覆盖率       %       41        42 以上     —        约束性"""
    rows = {r.name: (r.value, r.comparator) for r in read_tables(tabulate(laid).split("\n")).rows.values()}
    assert rows == {
        "能源消耗降低": (Decimal("13.5"), "exactly"),
        "用水量降低": (Decimal(16), "exactly"),
        "森林覆盖率": (Decimal(42), "at-least"),
    }
