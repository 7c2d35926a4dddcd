"""Tables whose header runs over two rows, each year's column over its scopes (全省 | 青川): one
cell a line, or in Word and Markdown."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract

# a city plan's table one cell a line, whose header runs over two rows: each year's column splits
# into the province's and the city's (全省 | 青川), and two column words wrap (指标 over 属性,
# 责任 over 单位)
SCOPED = """二、主要指标
表1  “十四五”时期青川市养老服务主要指标
领域
指标名称
单位
2020年值
2025年目标值
指标
属性
责任
单位
全省
青川
全省
青川
服务供给
1.每千名老年人拥有养老床位数
张
32.5
30.8
≥35
≥38
约束性
市民政局
2.护理型床位占比
%
48
45
≥55
≥60
预期性
市民政局
健康支撑
3.老年人健康管理率
%
70.2
72.6
75
78
预期性
市卫健委
三、重点任务
"""


def test_a_header_over_two_rows_splits_each_years_column_into_its_scopes() -> None:
    d = extract(SCOPED, default_year=2026, period=(dt.date(2021, 1, 1), dt.date(2025, 12, 31)))
    got = sorted((t.value, t.comparator) for t in d.targets if t.numeric)
    assert got == sorted(
        [
            (Decimal(35), "at-least"),
            (Decimal(38), "at-least"),
            (Decimal(55), "at-least"),
            (Decimal(60), "at-least"),
            (Decimal(75), "exactly"),
            (Decimal(78), "exactly"),
        ]
    )
    assert "每千名老年人拥有养老床位数（青川）" in {t.title for t in d.targets}  # which scope each target is
    assert {t.baseline[0] for t in d.targets if t.baseline} == {
        Decimal("32.5"),
        Decimal("30.8"),
        Decimal(48),
        Decimal(45),
        Decimal("70.2"),
        Decimal("72.6"),
    }


# the same table with a row in words spanning it under the header (总体目标 over two sentences), an
# advocated indicator (倡导性) and a rate per 100,000 (1/10万)
SPANNED = (
    SCOPED.replace(
        "全省\n青川\n服务供给\n",
        "全省\n青川\n总体目标\n1.到2025年，全市养老服务体系更加健全，居家社区机构相协调的格局基本形成。\n"
        "2.老年人获得感、幸福感、安全感明显增强。\n服务供给\n",
    )
    .replace(
        "健康支撑\n",
        "健康支撑\n3.老年人意外伤害死亡率\n1/10万\n52\n49\n≤45\n≤40\n倡导性\n市卫健委\n",
    )
    .replace("3.老年人健康管理率", "4.老年人健康管理率")
)


def test_rows_go_on_after_a_row_in_words_under_the_header() -> None:
    d = extract(SPANNED, default_year=2026, period=(dt.date(2021, 1, 1), dt.date(2025, 12, 31)))
    got = sorted((t.value, t.comparator) for t in d.targets if t.numeric)
    assert (Decimal(38), "at-least") in got and (Decimal(78), "exactly") in got
    assert {(Decimal(45), "at-most"), (Decimal(40), "at-most")} <= set(got)
    assert not {Decimal(52), Decimal(49), Decimal(10)} & {v for v, _ in got}  # bases and the unit's 10万
    source = "".join(SPANNED.split())
    header = next(e.quote for e in d.excluded if e.reason == "the header of an indicator table")
    assert "".join(header.split()) in source  # quoted as written, the scopes never bracketed in


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        (
            "| 领域 | 指标名称 | 单位 | 2020年值 | | 2025年目标值 | | 指标属性 |\n|---|---|---|---|---|---|---|---|\n"
            "| | | | 全省 | 青川 | 全省 | 青川 | |\n",
            "| 服务供给 | 每千名老年人拥有养老床位数 | 张 | 32.5 | 30.8 | ≥35 | ≥38 | 约束性 |\n",
            {
                ("每千名老年人拥有养老床位数（全省）", Decimal(35), Decimal("32.5")),
                ("每千名老年人拥有养老床位数（青川）", Decimal(38), Decimal("30.8")),
            },
        ),
        # a converter repeats a merged cell in each column it spans: 2025年目标值 over 全省 and over 青川
        (
            "| 领域 | 指标名称 | 单位 | 2020年值 | 2020年值 | 2025年目标值 | 2025年目标值 | 指标属性 |\n"
            "|---|---|---|---|---|---|---|---|\n"
            "| 领域 | 指标名称 | 单位 | 全省 | 青川 | 全省 | 青川 | 指标属性 |\n",
            "| 服务供给 | 护理型床位占比 | % | 48 | 45 | ≥55 | ≥60 | 预期性 |\n",
            {
                ("护理型床位占比（全省）", Decimal(55), Decimal(48)),
                ("护理型床位占比（青川）", Decimal(60), Decimal(45)),
            },
        ),
    ],
)
def test_a_word_or_markdown_header_over_two_rows_gives_each_scope_its_target_and_base(
    header: str, row: str, expected: set[tuple[str, Decimal, Decimal]]
) -> None:
    text = "青川市养老服务发展规划（2021—2025年）\n二、主要指标\n\n" + header + row + "\n三、重点任务\n"
    d = extract(text, default_year=2026)
    got = {(t.title, t.value, t.baseline[0] if t.baseline else None) for t in d.targets if t.numeric}
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "二、主要指标\n指标名称\n单位\n现状值\n目标值\n指标属性\n全省\n青川\n全省\n青川\n"
        "每千名老年人拥有养老床位数\n张\n32.5\n30.8\n≥35\n≥38\n约束性\n护理型床位占比\n%\n48\n45\n≥55\n≥60\n预期性\n"
        "三、重点任务\n",
        "二、主要指标\n\n| 指标名称 | 单位 | 现状值 | | 目标值 | | 指标属性 |\n|---|---|---|---|---|---|---|\n"
        "| | | 全省 | 青川 | 全省 | 青川 | |\n| 每千名老年人拥有养老床位数 | 张 | 32.5 | 30.8 | ≥35 | ≥38 | 约束性 |\n"
        "| 护理型床位占比 | % | 48 | 45 | ≥55 | ≥60 | 预期性 |\n\n三、重点任务\n",
    ],
)
def test_scopes_under_value_columns_with_no_year(text: str) -> None:
    # 现状值 and 目标值 name no year: each still stands over the province's and the city's
    d = extract(text, default_year=2026, period=(dt.date(2021, 1, 1), dt.date(2025, 12, 31)))
    got = {(t.title, t.value) for t in d.targets if t.numeric}
    assert got == {
        ("每千名老年人拥有养老床位数（全省）", Decimal(35)),
        ("每千名老年人拥有养老床位数（青川）", Decimal(38)),
        ("护理型床位占比（全省）", Decimal(55)),
        ("护理型床位占比（青川）", Decimal(60)),
    }
    assert {t.due for t in d.targets if t.numeric} == {None}  # each due at the plan's end, as a table of one scope


def test_scopes_under_bare_years_take_the_later_year_as_the_target() -> None:
    # 2020年 | 2025年 name no target: the target is the later year's column, never the base year's
    text = (
        "二、主要指标\n\n| 指标名称 | 单位 | 2020年 | | 2025年 | | 属性 |\n|---|---|---|---|---|---|---|\n"
        "| | | 全省 | 青川 | 全省 | 青川 | |\n"
        "| 一般公共预算收入 | 亿元 | 800 | 80 | 1100 | 110 | 预期性 |\n\n三、重点任务\n"
    )
    d = extract(text, default_year=2026)
    got = {(t.title, t.value, t.baseline[0] if t.baseline else None, t.due) for t in d.targets if t.numeric}
    assert got == {
        ("一般公共预算收入（全省）", Decimal(1100), Decimal(800), dt.date(2025, 12, 31)),
        ("一般公共预算收入（青川）", Decimal(110), Decimal(80), dt.date(2025, 12, 31)),
    }


def test_two_bodies_in_the_last_column_and_an_empty_scope_cell_keep_the_rows() -> None:
    # 护理型床位占比 answers to two bodies, a line each; 老年人健康管理率 sets no province target (/)
    text = SCOPED.replace("≥60\n预期性\n市民政局\n", "≥60\n预期性\n市民政局\n市财政局\n").replace(
        "70.2\n72.6\n75\n78\n", "/\n72.6\n/\n78\n"
    )
    d = extract(text, default_year=2026, period=(dt.date(2021, 1, 1), dt.date(2025, 12, 31)))
    assert {(t.title, t.value) for t in d.targets if t.numeric} >= {
        ("护理型床位占比（全省）", Decimal(55)),
        ("护理型床位占比（青川）", Decimal(60)),
        ("老年人健康管理率（青川）", Decimal(78)),
    }
    assert Decimal(75) not in {t.value for t in d.targets}


def test_a_row_in_words_a_page_wrapped_short_is_text_and_the_rows_go_on() -> None:
    # printed, the sentence under 总体目标 breaks at the margin: its first line is short, yet text
    text = SPANNED.replace(
        "1.到2025年，全市养老服务体系更加健全，居家社区机构相协调的格局基本形成。\n",
        "1.到2025年，全市养老服务体系更加健全，居家社区机构\n相协调的格局基本形成。\n",
    )
    assert "居家社区机构\n相协调" in text
    d = extract(text, default_year=2026, period=(dt.date(2021, 1, 1), dt.date(2025, 12, 31)))
    assert {(Decimal(38), "at-least"), (Decimal(40), "at-most")} <= {(t.value, t.comparator) for t in d.targets}
