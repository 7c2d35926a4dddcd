"""Tables pasted one cell a line (our own tables): regrouped into rows by the header's columns."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from targetctl.domain.drafting import cell_lines
from targetctl.domain.drafting.cell_lines import HEADER_CELL, VALUE_CELL, regroup
from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.tables import SEPARATOR, Table, read_tables

# a sector plan's indicator table copied from a web page: a blank line between cells, a header
# cell over two lines (基期值 over its year), a value over its unit, a name over two lines
BLOCKS = """三、主要指标

序号

指标名称

属性

基期值
（2022年）

目标值
（2027年）

目标值
（2035年）

1

城市绿道长度

预期性

86
公里

≥120
公里

200
公里

2

污水管网覆盖率
（含农村地区）

约束性

（71.5％）

90％

100％

3

公共充电桩数量

预期性

/

≥3000个（含换电站）

8000个

注：基期值带括号的为估算数。

四、重点任务
"""


def _rows(table: Table) -> dict[str, tuple[Decimal, str, str, int | None, Decimal | None]]:
    return {r.name: (r.value, r.comparator, r.unit, r.year, r.base) for r in table.rows.values()}


@pytest.mark.parametrize("rule", [HEADER_CELL, VALUE_CELL], ids=lambda r: r.name)
def test_each_rule_matches_its_own_example(rule: Named) -> None:
    assert rule.pattern.fullmatch(rule.example)


def test_a_table_with_blank_lines_between_cells_reads_one_row_per_group_of_its_columns() -> None:
    text, table = regroup(BLOCKS)
    assert _rows(table) == {
        "城市绿道长度": (Decimal(120), "at-least", "公里", 2027, Decimal(86)),
        # a name's bracket is read as a Word table's is (tables.row): the name before it
        "污水管网覆盖率": (Decimal(90), "exactly", "%", 2027, None),
        "公共充电桩数量": (Decimal(3000), "at-least", "个", 2027, None),
    }
    lines = text.split("\n")
    head = ["序号", "指标名称", "属性", "基期值（2022年）", "目标值（2027年）", "目标值（2035年）"]
    assert lines[2] == SEPARATOR.join(head)
    assert "注：基期值带括号的为估算数。" in lines and "四、重点任务" in lines  # the note after it stays text
    flat = "".join(BLOCKS.split())
    assert all("".join(line.split()) in flat for line in lines)  # every quote stands in the source


def test_each_later_target_column_gives_a_value_due_in_its_year() -> None:
    _, table = regroup(BLOCKS)
    later = {r.name: (r.value, r.comparator, r.year) for rows in table.more.values() for r in rows}
    assert later == {
        "城市绿道长度": (Decimal(200), "exactly", 2035),
        "污水管网覆盖率": (Decimal(100), "exactly", 2035),
        "公共充电桩数量": (Decimal(8000), "exactly", 2035),
    }


def test_the_table_is_drafted_with_base_values_as_baselines_never_as_targets() -> None:
    d = extract("某区生态建设规划（2023—2035年）\n" + BLOCKS, default_year=2030)
    got = sorted((t.title, t.value, t.due.year if t.due else None) for t in d.targets if t.value is not None)
    assert ("城市绿道长度", Decimal(120), 2027) in got and ("城市绿道长度", Decimal(200), 2035) in got
    assert all(t.value not in (Decimal(86), Decimal("71.5")) for t in d.targets)
    flat = "".join(BLOCKS.split())
    assert all(t.quote in flat for t in d.targets if "城市绿道" in t.quote)


# the same kind of table with no blank lines: each line is a cell, a bracketed year below a
# header word is that cell's, and a name wrapped onto a second line is one cell
LINES = """表2 主要指标
序号
指标
单位
2022年
（现状）
2026年
（目标）
1
老旧小区改造数量
个
12
40
2
新建口袋公园
（含街角绿地）
处
3
15
3
每千人口养老床位数
张
4.2
≥5.5
以上各项指标由区发展改革委统计。
"""


def test_a_table_with_no_blank_lines_reads_a_name_wrapped_over_two_lines_as_one_cell() -> None:
    text, table = regroup(LINES)
    assert _rows(table) == {
        "老旧小区改造数量": (Decimal(40), "exactly", "个", 2026, Decimal(12)),
        "新建口袋公园": (Decimal(15), "exactly", "处", 2026, Decimal(3)),
        "每千人口养老床位数": (Decimal("5.5"), "at-least", "张", 2026, Decimal("4.2")),
    }
    assert text.split("\n")[-2] == "以上各项指标由区发展改革委统计。"


# a category merged down its group stands on the group's first row only
GROUPED = """类别
序号
指标名称
单位
2025年
2028年
属性
产业发展
1
规上工业产值
亿元
1200
1500
预期性
2
研发投入强度
%
2.1
2.8
预期性
绿色低碳
3
单位产值能耗下降
%
—
[10]
约束性
4
林木覆盖率
%
18
20
约束性
"""


def test_a_category_on_a_groups_first_row_is_carried_to_the_rows_after_it() -> None:
    text, table = regroup(GROUPED)
    assert {r.name: (r.value, r.binding) for r in table.rows.values()} == {
        "规上工业产值": (Decimal(1500), False),  # four digits alone on a line: a value, no page number
        "研发投入强度": (Decimal("2.8"), False),
        "单位产值能耗下降": (Decimal(10), True),
        "林木覆盖率": (Decimal(20), True),
    }
    lines = text.split("\n")
    # the carried category is not written into a row whose source does not hold it
    assert lines[2] == SEPARATOR.join(["", "2", "研发投入强度", "%", "2.1", "2.8", "预期性"])


def test_a_list_of_short_lines_that_is_no_table_is_left_alone() -> None:
    text = "指标\n单位\n目标\n属性\n全面完成年度任务。\n"
    assert regroup(text) == (text, Table({}, {}))


_NAMES = st.text(alphabet="城乡绿地公园道路污水管网覆盖率数量面积长度新建改造", min_size=2, max_size=8)
_VALUES = st.decimals(min_value=Decimal("0.1"), max_value=Decimal(9999), places=1)


_ROW = st.tuples(_NAMES, st.sampled_from(["个", "公里", "%", "亿元"]), _VALUES, _VALUES, _VALUES, st.booleans())


@settings(max_examples=80, deadline=None)
@given(
    rows=st.lists(_ROW, min_size=2, max_size=8, unique_by=lambda r: r[0]),
    serial=st.booleans(),
    unit=st.booleans(),
    later=st.booleans(),
    attribute=st.booleans(),
    blank=st.booleans(),
)
def test_a_table_one_cell_a_line_reads_as_the_same_table_one_row_a_line(
    rows: list[tuple[str, str, Decimal, Decimal, Decimal, bool]],
    serial: bool,
    unit: bool,
    later: bool,
    attribute: bool,
    blank: bool,
) -> None:
    keep = [serial, True, unit, True, True, later, attribute]
    keep[2] = unit or sum(keep) < 4  # a header of three words is a phrase, no table's (cell_lines)
    head = [
        h
        for h, k in zip(
            ["序号", "指标名称", "单位", "2023年基期值", "2027年目标值", "2035年目标值", "属性"], keep, strict=True
        )
        if k
    ]
    table = [
        [
            c
            for c, k in zip(
                [str(n + 1), name, u, str(base), str(target), str(far), "约束性" if binding else "预期性"],
                keep,
                strict=True,
            )
            if k
        ]
        for n, (name, u, base, target, far, binding) in enumerate(rows)
    ]
    gap = "\n\n" if blank else "\n"
    cells = gap.join(cell for line in [head, *table] for cell in line)
    _, regrouped = regroup("二、主要指标\n" + cells + "\n\n三、重点任务\n")
    by_rows = read_tables([SEPARATOR.join(line) for line in [head, *table]])
    assert regrouped.rows.values() and list(regrouped.rows.values()) == list(by_rows.rows.values())
    assert list(regrouped.more.values()) == list(by_rows.more.values())


def test_a_regrouped_row_due_in_a_later_year_is_dated_so() -> None:
    d = extract("某县交通规划（2023—2035年）\n" + BLOCKS, default_year=2030)
    due = {(t.title, t.value): t.due for t in d.targets}
    assert due[("公共充电桩数量", Decimal(8000))] == dt.date(2035, 12, 31)


def test_a_word_table_with_a_later_target_column_gives_its_values_too() -> None:
    # the same rule for a table whose cells arrive tab-separated (a .docx table)
    lines = [
        SEPARATOR.join(["序号", "指标", "单位", "2022年基期值", "2027年目标值", "2035年目标值", "属性"]),
        SEPARATOR.join(["1", "森林覆盖率", "%", "21", "23", "≥26", "约束性"]),
        SEPARATOR.join(["2", "城市步道长度", "公里", "40", "65", "—", "预期性"]),
    ]
    table = read_tables(lines)
    later = {r.name: (r.value, r.comparator, r.year, r.binding) for rows in table.more.values() for r in rows}
    assert later == {"森林覆盖率": (Decimal(26), "at-least", 2035, True)}  # an empty cell gives none


# a header cell wrapped over two lines with no blank line to tell it (指标 over 属性), a notes
# column left empty on most rows, and 无 for an empty value
WRAPPED_HEAD = """序号
指标名称
单位
2023年
2027年
指标
属性
备注
1
社区食堂数量
个
无
30
预期性
2
街道文化站达标率
%
80
100
约束性
含新建站点
3
养老服务中心数量
个
6
12
预期性
"""


def test_a_header_cell_wrapped_over_two_lines_is_read_as_the_rows_bear_it_out() -> None:
    text, table = regroup(WRAPPED_HEAD)
    assert {r.name: (r.value, r.base, r.binding) for r in table.rows.values()} == {
        "社区食堂数量": (Decimal(30), None, False),
        "街道文化站达标率": (Decimal(100), Decimal(80), True),
        "养老服务中心数量": (Decimal(12), Decimal(6), False),
    }
    assert text.split("\n")[0] == SEPARATOR.join(["序号", "指标名称", "单位", "2023年", "2027年", "指标属性", "备注"])


def test_a_caption_made_of_column_words_above_the_header_stays_text() -> None:
    text = "主要指标\n序号\n指标名称\n单位\n2023年\n2027年\n1\n社区食堂数量\n个\n8\n30\n2\n街道文化站\n个\n10\n12\n"
    laid, table = regroup(text)
    assert {r.name: r.value for r in table.rows.values()} == {"社区食堂数量": Decimal(30), "街道文化站": Decimal(12)}
    assert laid.split("\n")[:2] == ["主要指标", SEPARATOR.join(["序号", "指标名称", "单位", "2023年", "2027年"])]


def test_a_five_year_plan_whose_table_sets_targets_for_a_later_year_runs_to_that_year() -> None:
    body = BLOCKS.replace("2022年", "2020年").replace("2027年", "2025年")
    d = extract("某区绿化“十四五”规划\n" + body, default_year=2030)
    due = {(t.title, t.value): t.due for t in d.targets}
    assert due[("城市绿道长度", Decimal(120))] == dt.date(2025, 12, 31)
    assert due[("城市绿道长度", Decimal(200))] == dt.date(2035, 12, 31)  # kept, not dropped
    assert d.period == (dt.date(2021, 1, 1), dt.date(2035, 12, 31))


def test_with_no_blank_lines_a_unit_on_the_line_below_a_value_is_that_values() -> None:
    # BLOCKS as a Word document gives it: one paragraph a line, no empty ones
    text = "\n".join(line for line in BLOCKS.split("\n") if line.strip())
    _, table = regroup(text)
    assert _rows(table) == _rows(regroup(BLOCKS)[1])
    assert len(table.more) == 3


def test_a_table_one_cell_a_line_is_not_joined_back_as_spans_of_a_web_page() -> None:
    # its many bare numbers make the text look like a page broken into inline spans (spans.py)
    text = "\n".join(line for line in BLOCKS.split("\n") if line.strip())
    d = extract("某区生态建设规划（2023—2035年）\n" + text, default_year=2030)
    got = {(t.title, t.value, t.due.year if t.due else None) for t in d.targets}
    assert {("城市绿道长度", Decimal(120), 2027), ("城市绿道长度", Decimal(200), 2035)} <= got


def test_a_name_that_opens_with_a_number_is_still_a_name() -> None:
    cells = ["序号", "指标名称", "单位", "2023年", "2027年", "1", "65岁以上老人健康管理率", "%", "70", "80"]
    text = "\n".join([*cells, "2", "3岁以下婴幼儿托位数", "个", "900", "1500"])
    _, table = regroup(text)
    assert {r.name: r.value for r in table.rows.values()} == {
        "65岁以上老人健康管理率": Decimal(80),
        "3岁以下婴幼儿托位数": Decimal(1500),
    }


def test_a_word_tables_name_that_opens_with_a_number_keeps_it() -> None:
    lines = [
        SEPARATOR.join(["序号", "指标名称", "单位", "2023年", "2027年"]),
        SEPARATOR.join(["1", "3岁以下婴幼儿托位数", "个", "900", "1500"]),
        SEPARATOR.join(["", "2城市公园数量", "个", "20", "26"]),  # a serial glued to the name is still one
    ]
    assert {r.name for r in read_tables(lines).rows.values()} == {"3岁以下婴幼儿托位数", "城市公园数量"}


# a plan's table with only its two years as columns, the unit in each name's brackets, a footnote
# number after a name, a total over the period in square brackets and one row stated in words
QUALITATIVE = """青川市推进新市民服务实施方案（2024—2028年）
新市民服务主要指标表

序号

主要指标

2023年

2028年

1

全市常住人口城镇化率(%)

68.2

71

2

新市民人均收入增长率(%)

-

与全市居民人均收入增长基本同步

3

新市民技能培训人次1(万人次/年)

8

[45]

4

随迁子女公办学校就读比例(%)

85.5

≥92

1.指人力社保部门统计口径。

一、重点任务
"""


def test_a_row_stated_in_words_is_read_and_does_not_end_the_table() -> None:
    _, table = regroup(QUALITATIVE)
    got = {r.name: (r.value, r.comparator, r.year) for r in table.rows.values()}
    assert got["全市常住人口城镇化率"] == (Decimal(71), "exactly", 2028)
    assert got["随迁子女公办学校就读比例"] == (Decimal(92), "at-least", 2028)
    assert any(name.startswith("新市民技能培训人次") and v[0] == Decimal(45) for name, v in got.items())
    d = extract(QUALITATIVE, default_year=2024)
    assert {t.value for t in d.targets if t.value is not None} >= {Decimal(71), Decimal(45), Decimal(92)}
    assert all(t.value != Decimal("68.2") for t in d.targets)  # the base year's column is the past


# every column word over two lines (指标 over 属性, each year over its 现状值 or 目标值), a category
# merged down its group, a bracketed period total and a value stated in words
_ROWS = [
    "序号 类别 指标名称 指标 属性 2030年 现状值 2035年 目标值",
    "1 水安全 城市防洪排涝达标率（%） 预期性 88 95",
    "2 再生水利用率（%） 预期性 30 ≥45",
    "3 水资源 万元地区生产总值用水量下降（%） 约束性 〔15〕 完成省下达任务",
    "4 农田灌溉水有效利用系数 约束性 0.58 0.62",
]
ALL_WRAPPED = "\n\n".join(cell for row in _ROWS for cell in row.split(" "))


def test_a_header_with_every_column_word_wrapped_reads_its_rows() -> None:
    text, table = regroup(ALL_WRAPPED + "\n\n二、主要任务\n")
    got = {r.name: (r.value, r.base, r.binding) for r in table.rows.values()}
    assert got["城市防洪排涝达标率"] == (Decimal(95), Decimal(88), False)
    assert got["再生水利用率"] == (Decimal(45), Decimal(30), False)
    assert got["农田灌溉水有效利用系数"] == (Decimal("0.62"), Decimal("0.58"), True)
    header = ["序号", "类别", "指标名称", "指标属性", "2030年现状值", "2035年目标值"]
    assert text.split("\n")[0] == SEPARATOR.join(header)


def test_a_value_in_tortoise_shell_brackets_is_a_value_cell() -> None:
    assert VALUE_CELL.pattern.fullmatch("〔15〕")


# a plan's attachment that shares a task out to its counties, pasted one cell a line, each year
# column's word wrapped at its 年 (our own table)
SHARED = """附件
某市2024-2025年充电桩建设计划表
区县
2024
年
2025
年
合计
东城区
120
180
300
西山县
40
65
105
合计
160
245
405
"""


def test_a_table_that_shares_tasks_out_one_cell_a_line_gives_each_units_values_by_year() -> None:
    text, _ = regroup(SHARED)
    assert f"东城区{SEPARATOR}120{SEPARATOR}180{SEPARATOR}300" in text
    d = extract("某市充电设施建设实施方案\n" + SHARED, default_year=2026)
    got = {(t.value, (t.due or d.period[1]).year) for t in d.targets if t.numeric}  # no due: the period's end
    assert {(Decimal(120), 2024), (Decimal(180), 2025), (Decimal(300), 2025)} <= got
    assert {(Decimal(40), 2024), (Decimal(65), 2025), (Decimal(405), 2025)} <= got
    assert d.period[0] == dt.date(2024, 1, 1)  # the caption's span, from its start


def test_a_shared_out_table_one_cell_a_line_takes_the_unit_its_caption_gives() -> None:
    # 各区县…任务分解表（单位：公里） over the cells: each county's numbers are in 公里, not 个
    text = SHARED.replace("某市2024-2025年充电桩建设计划表", "各区县农村公路建设任务分解表（单位：公里）")
    d = extract("某市农村公路建设实施方案\n" + text, default_year=2024)
    units = {t.unit for t in d.targets if t.numeric}
    assert units == {"公里"}


def test_a_first_row_of_category_and_name_is_no_row_of_scopes() -> None:
    # one year's column: the first row's category and name (经济发展 地区生产总值) could read as the
    # scopes under it, but the rows only bear out the header as it stands
    text = (
        "二、主要指标\n类别\n指标\n单位\n现状值\n2025年目标\n属性\n经济发展\n地区生产总值\n亿元\n1200\n1800\n预期性\n"
        "研发经费投入\n亿元\n12\n20\n预期性\n民生福祉\n城镇新增就业\n万人\n5\n6\n预期性\n三、重点任务\n"
    )
    d = extract(text, default_year=2026, period=(dt.date(2021, 1, 1), dt.date(2025, 12, 31)))
    assert {t.title for t in d.targets if t.numeric} == {"城镇新增就业", "地区生产总值", "研发经费投入"}


def test_a_row_named_for_a_centre_after_the_who_cell_is_a_row_not_a_second_body() -> None:
    # 区域养老服务中心 ends as a body's name does, yet its unit and values follow: the next row
    text = (
        "二、主要指标\n领域\n指标名称\n单位\n2020年值\n2025年目标值\n指标属性\n责任单位\n服务供给\n"
        "护理型床位占比\n%\n45\n≥60\n预期性\n市民政局\n乡镇（街道）区域养老服务中心\n个\n3\n12\n预期性\n市民政局\n"
        "城市社区日间照料中心\n个\n20\n40\n预期性\n市民政局\n三、重点任务\n"
    )
    d = extract(text, default_year=2026, period=(dt.date(2021, 1, 1), dt.date(2025, 12, 31)))
    assert {(t.title, t.value) for t in d.targets if t.numeric} == {
        ("护理型床位占比", Decimal(60)),
        ("乡镇（街道）区域养老服务中心", Decimal(12)),
        ("城市社区日间照料中心", Decimal(40)),
    }


def test_a_notes_cell_of_clauses_joined_by_a_comma_is_a_cell_after_the_attribute() -> None:
    # a notes cell (以2025年为基期…，由县统计局负责统计) stands where the row's last cell is due
    text = (
        "二、主要指标\n指标名称\n单位\n2025年\n2030年\n属性\n备注\n"
        "城镇调查失业率\n%\n5.2\n≤5.5\n约束性\n根据国家统计局最新统计口径计算，含非私营单位\n"
        "常住人口城镇化率\n%\n48\n55\n预期性\n以2025年为基期按常住人口计算，由县统计局负责统计\n"
        "森林覆盖率\n%\n60\n62\n约束性\n按林业部门年度监测数据\n三、重点任务\n"
    )
    d = extract(text, default_year=2026, period=(dt.date(2026, 1, 1), dt.date(2030, 12, 31)))
    assert {(t.title, t.value) for t in d.targets if t.numeric} == {
        ("城镇调查失业率", Decimal("5.5")),
        ("常住人口城镇化率", Decimal(55)),
        ("森林覆盖率", Decimal(62)),
    }


def test_a_long_run_of_column_words_is_no_header_and_reads_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # 序号 指标 单位 2020年值 2025年目标值 属性 repeated: every line a column word, no row under any
    text = "一、主要目标\n" + "序号\n指标\n单位\n2020年值\n2025年目标值\n属性\n" * 100
    read: list[int] = []
    shape = cell_lines._shape

    def counted(head: list[str], caption: str = "") -> object:
        read.append(len(head))
        return shape(head, caption)

    monkeypatch.setattr(cell_lines, "_shape", counted)
    regroup(text)
    assert sum(read) <= 100 * len(text.split("\n"))  # each header read is short: no header of every line


def test_a_long_run_of_own_column_words_reads_few_cells_at_each_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # 序号 and a table's own column words repeated: no header reads at any line, so no line's cells
    # are read past what a header could take (before, up to 3,000 cells at each line: quadratic)
    text = "序号\n交通子行业\n建设区域\n新增装机容量（MW）\n责任单位\n" * 400
    read: list[int] = []
    cells = cell_lines._cells

    def counted(lines: list[str], start: int, *most: int) -> object:
        out = cells(lines, start, *most)
        read.append(len(out[0]))
        return out

    monkeypatch.setattr(cell_lines, "_cells", counted)
    regroup(text)
    assert max(read) <= 300  # only a peek at each line (cell_lines._PEEK), never the run's 2,000 cells


# an implementation plan's attached tables, one cell a line: columns named the table's own way
# (交通子行业, 十四五建设计划（个）, 新增示范站), ranges in the cells, a body's name wrapped over two
# lines, the period named only in each caption
OWN_COLUMNS = """青川市交通领域充电设施建设实施方案
为加快交通领域充电设施建设，推动交通运输绿色低碳转型，制定本方案。
一、工作目标
到2030年，全市交通领域充电设施布局更加完善，服务能力显著提升。
二、重点任务
各责任单位要按照分配表明确的任务，抓紧组织实施。
附表1
交通子行业“十四五”充电设施建设分配表
序号
交通子行业
建设区域
十四五建设计划（个）
责任单位
1
公交
公交枢纽、首末站、停保场
800-1000
市公交
集团
2
出租
出租车服务区、综合停车场
300-500
市交通委
3
港口
港区、码头、堆场
50-80
市港口集团
附表2
各区“十四五”交通充电设施任务分配表
序号
区域
新增充电桩（个）
新增示范站
新增典型场景
1
东城区
120-150
1
1
2
西城区
80-100
2
1
"""


def test_a_numbered_table_with_its_own_column_words_shares_its_tasks_out() -> None:
    d = extract(OWN_COLUMNS, default_year=2024)
    got = {(t.title, t.value, t.value_max, (t.due or d.period[1]).year) for t in d.targets if t.numeric}
    assert ("公交：十四五建设计划", Decimal(800), Decimal(1000), 2025) in got
    assert ("港口：十四五建设计划", Decimal(50), Decimal(80), 2025) in got
    assert ("东城区：新增充电桩", Decimal(120), Decimal(150), 2025) in got
    assert ("西城区：新增示范站", Decimal(2), None, 2025) in got
    # where the work is done and who answers for it are words, never a target
    assert not any("建设区域" in t.title or "责任单位" in t.title for t in d.targets)


def test_a_numbered_table_of_own_column_words_needs_a_caption_that_shares_out_for_its_kind() -> None:
    # the same table by kind, captioned as a list of projects: no task is shared out, nothing drafted
    text = OWN_COLUMNS.split("附表2")[0].replace("充电设施建设分配表", "充电设施建设项目表")
    d = extract(text, default_year=2024)
    assert not [t for t in d.targets if t.numeric]


def test_a_body_wrapped_at_the_end_of_a_table_whose_category_stands_before_its_serial_is_read() -> None:
    # 分类 before 编号; the last row's body (市公交 / 集团) is wrapped and the text ends there
    head = "到2025年，全市新增充电桩5000个。\n分类\n编号\n指标\n目标值\n责任单位\n"
    text = head + "交通\n1\n新增充电桩\n500\n市公交\n集团\n"
    d = extract(text, default_year=2024)
    assert Decimal(5000) in {t.value for t in d.targets}


def test_a_year_a_shared_out_tables_caption_names_dates_its_tasks_before_the_five_year_period() -> None:
    # the year of the tasks (2024年度), not the end of the five-year period it falls in
    caption = "各区“十四五”期间2024年度交通充电设施任务分配表"
    text = OWN_COLUMNS.split("附表1")[0] + "附表2" + OWN_COLUMNS.split("附表2")[1]
    d = extract(text.replace("各区“十四五”交通充电设施任务分配表", caption), default_year=2024)
    got = {(t.title, (t.due or d.period[1]).year) for t in d.targets if t.numeric}
    assert ("东城区：新增充电桩", 2024) in got
