"""A line just above an indicator table's header that is no part of it (our own lines): a
heading, a sentence, a caption or the plan's title carry header words (目标, 规划, 指标) but
never join the header."""

from __future__ import annotations

import pytest

from targetctl.domain.drafting.layout_header import find_header

ANCHOR = "序号    指标          单位    2020年    2025年    属性"
ROW = "1     森林覆盖率       %     40       41       约束性"


@pytest.mark.parametrize(
    "above",
    [
        "二、主要目标",
        "（一）发展目标",
        "到2025年，主要目标如下：",
        "全市各项规划指标均达到预期。",
        "表1 主要指标",
        "附表 “十四五”规划主要指标",
        "某市国民经济和社会发展第十四个五年规划纲要",
    ],
)
def test_a_line_above_that_is_no_header_piece_stays_out(above: str) -> None:
    head = find_header([above, ANCHOR, ROW], 1)
    assert head is not None
    assert head.start == 1
    assert head.cells == ["序号", "指标", "单位", "2020年", "2025年", "属性"]


def test_a_header_word_printed_above_its_column_still_joins() -> None:
    above = "                                  基期值    目标值"
    anchor = "序号    指标          单位        （2020年）  （2025年）   属性"
    head = find_header([above, anchor, ROW], 1)
    assert head is not None
    assert head.start == 0


def test_a_years_digits_set_apart_from_its_nian_are_one_header_cell() -> None:
    # a text layer may space a year's digits and its 年 apart: the table has one target column
    anchor = "指标                          2030  年      属性"
    row = "      城市污水处理率                ≥  98     约束性"
    head = find_header([anchor, row], 0)
    assert head is not None
    assert head.cells == ["指标", "2030年", "属性"]
    assert head.columns.target == 1


def test_a_rows_bound_set_apart_from_its_number_is_read_with_it() -> None:
    from targetctl.domain.drafting.layout_tables import tabulate

    text = "\n".join(
        [
            "指标                          2030  年      属性",
            "      城市污水处理率                ≥  98     约束性",
            "      新建城市口袋公园（个）" + " " * 10 + "120" + " " * 12 + "预期性",
        ]
    )
    assert tabulate(text).splitlines()[1:] == ["城市污水处理率\t≥98\t约束性", "新建城市口袋公园（个）\t120\t预期性"]


def test_a_bound_that_falls_left_of_its_column_still_binds_its_number() -> None:
    from targetctl.domain.drafting.layout_tables import tabulate

    text = "\n".join(
        [
            "指标                          2030  年      属性",
            "      城市污水处理率              ≥  98       约束性",
        ]
    )
    assert tabulate(text).splitlines()[1:] == ["城市污水处理率\t≥98\t约束性"]


def test_a_name_that_leaves_its_bracket_open_starts_the_next_row() -> None:
    from targetctl.domain.drafting.layout_tables import tabulate

    text = "\n".join(
        [
            "指标                          2030  年      属性",
            "      城市污水处理率                ≥  98     约束性",
            "      公共图书馆年接待读者（万",
            "      人次）                       900       预期性",
        ]
    )
    rows = tabulate(text).splitlines()[1:]
    assert rows == ["城市污水处理率\t≥98\t约束性", "公共图书馆年接待读者（万人次）\t900\t预期性"]


def test_a_name_that_ends_short_under_its_numbers_lets_the_next_line_start_a_row() -> None:
    from targetctl.domain.drafting.layout_tables import tabulate

    text = "\n".join(
        [
            "指标                          2030  年      属性",
            "      城市建成区公园绿地服务半           ≥  90     约束性",
            "      径覆盖率",
            "      新建城市口袋公园和街心绿地",
            "      及社区小游园                  ≥  120    预期性",
        ]
    )
    rows = tabulate(text).splitlines()[1:]
    assert rows == [
        "城市建成区公园绿地服务半径覆盖率\t≥90\t约束性",
        "新建城市口袋公园和街心绿地及社区小游园\t≥120\t预期性",
    ]


def test_a_categorys_piece_between_the_lines_of_a_name_does_not_end_it() -> None:
    from targetctl.domain.drafting.layout_tables import tabulate

    text = "\n".join(
        [
            "类别     指标          单位     2030年     属性",
            "         城市空气      %        >85        约束性",
            "         优良天",
            "生态",
            "         数比率",
            "         森林覆盖      %        45         约束性",
            "         率",
        ]
    )
    rows = tabulate(text).splitlines()[1:]
    assert [r.split("\t")[1:] for r in rows] == [
        ["城市空气优良天数比率", "%", ">85", "约束性"],
        ["森林覆盖率", "%", "45", "约束性"],
    ]
