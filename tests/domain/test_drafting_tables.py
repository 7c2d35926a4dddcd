"""Indicator tables, one target per row (our own tables)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.columns import header
from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.tables import SHARED_OUT_REVIEW, read_tables, shares_out, with_caption

TABLE = [
    "序号\t指标\t单位\t2020年\t2025年\t属性",
    "经济发展\t\t\t\t\t",
    "1\t地区生产总值年均增长\t%\t\t6左右\t预期性",
    "2\t研发经费投入强度\t%\t2.1\t≥2.8\t预期性",
    "3\t单位地区生产总值能耗降低\t%\t\t[13.5]\t约束性",
    "4\t每千人口拥有执业医师数\t人\t2.6\t3.2\t预期性",
]

PAST = [
    "指标\t2020年规划目标\t2020年实际完成\t完成情况",
    "地区生产总值（亿元）\t800\t812\t完成",
]


def test_the_header_names_the_columns() -> None:
    cols = header(TABLE[0].split("\t"))
    assert cols is not None
    assert (cols.name, cols.unit, cols.base, cols.base_year, cols.target, cols.year) == (1, 2, 3, 2020, 4, 2025)
    assert cols.attribute == 5 and not cols.past
    assert header(["地区", "人口"]) is None


def test_each_row_is_one_target_and_binding_rows_are_marked() -> None:
    t = read_tables(TABLE)
    rows = {r.name: r for r in t.rows.values()}
    assert set(rows) == {
        "地区生产总值年均增长",
        "研发经费投入强度",
        "单位地区生产总值能耗降低",
        "每千人口拥有执业医师数",
    }
    gdp = rows["地区生产总值年均增长"]
    assert gdp.growth and gdp.annual and gdp.comparator == "about" and gdp.value == 6
    assert rows["研发经费投入强度"].comparator == "at-least" and rows["研发经费投入强度"].base == Decimal("2.1")
    energy = rows["单位地区生产总值能耗降低"]
    assert energy.binding and energy.period_total and energy.decrease
    assert "经济发展" in t.excluded and "序号指标单位2020年2025年属性" in t.excluded


def test_a_table_of_planned_and_actual_values_is_the_past() -> None:
    t = read_tables(PAST)
    assert not t.rows and any("past" in r for r in t.excluded.values())


def test_a_table_is_drafted_in_its_place_under_its_heading() -> None:
    text = "青川市“十四五”规划纲要\n一、主要指标\n" + "\n".join(TABLE) + "\n二、重点任务\n新建公园20个。\n"
    d = extract(text, default_year=2030)
    assert d.period == (dt.date(2021, 1, 1), dt.date(2025, 12, 31))
    by_title = {t.title: t for t in d.targets}
    doctors = by_title["每千人口拥有执业医师数"]
    assert doctors.kind == "quantity" and doctors.value == Decimal("3.2") and doctors.unit == "人"
    assert doctors.baseline == (Decimal("2.6"), dt.date(2020, 12, 31)) and doctors.due == dt.date(2025, 12, 31)
    energy = by_title["单位地区生产总值能耗降低"]
    assert energy.kind == "growth" and energy.direction == "decrease" and "约束性" in (energy.review or "")
    programmes = {p.number: p.title for p in d.all_programmes()}
    assert programmes[doctors.programme] == "主要指标"
    assert programmes[by_title["新建公园20个"].programme] == "重点任务"


# a table of each year's value: no base or target word, one column a year
YEARLY = [
    "序号\t指标名称\t单位\t2026年\t2027年\t2028年\t2029年\t2030年\t属性",
    "1\t残疾人托养服务人数\t人\t100\t110\t120\t130\t150\t预期性",
    "2\t基本养老保险参保率\t%\t≥95\t≥95\t≥95\t≥96\t≥96\t预期性",
]


def test_a_table_of_each_years_value_gives_a_target_for_each_year() -> None:
    cols = header(YEARLY[0].split("\t"))
    assert cols is not None and (cols.base, cols.target, cols.year) == (None, 7, 2030)
    assert cols.later == ((3, 2026), (4, 2027), (5, 2028), (6, 2029))
    t = read_tables(YEARLY)
    flat = "".join(YEARLY[1].split())
    assert [(r.value, r.year) for r in (t.rows[flat], *t.more[flat])] == [
        (Decimal(150), 2030),
        (Decimal(100), 2026),
        (Decimal(110), 2027),
        (Decimal(120), 2028),
        (Decimal(130), 2029),
    ]


def test_a_yearly_table_that_opens_at_the_last_plans_end_year_takes_it_as_the_base() -> None:
    cols = header(["指标名称", "单位", "2025年", "2026年", "2027年", "2028年"])
    assert cols is not None and (cols.base_year, cols.year) == (2025, 2028)
    assert cols.later == ((3, 2026), (4, 2027))
    # a base and a target with a year between: the target's year is the plan's, no year of its own
    cols = header(["指标", "单位", "2020年", "2022年", "2025年", "属性"])
    assert cols is not None and (cols.base_year, cols.year, cols.later) == (2020, 2025, ())


# one column a year in a three-year plan: its first year is where it starts; a report's years are past
ACTION_PLAN = (
    "某县推进农村人居环境整治三年行动方案（2024—2026年）\n一、主要目标\n表1 主要指标\n"
    "序号\t指标名称\t单位\t2023年\t2024年\t2025年\t2026年\n"
    "1\t农村卫生厕所普及率\t%\t80\t85\t90\t95\n"
)
REPORT = (
    "关于2024年国民经济和社会发展计划的报告\n表1 近三年主要指标完成情况\n"
    "序号\t指标名称\t单位\t2021年\t2022年\t2023年\n"
    "1\t地区生产总值\t亿元\t1200\t1280\t1350\n"
    "二、2024年主要目标\n地区生产总值增长6%左右。\n"
)


def test_a_year_before_the_plan_in_a_table_of_one_column_a_year_is_no_target() -> None:
    d = extract(ACTION_PLAN, default_year=2024)
    assert [(t.value, t.due.year if t.due else None) for t in d.targets] == [
        (Decimal(85), 2024),
        (Decimal(90), 2025),
        (Decimal(95), 2026),
    ]
    d = extract(REPORT, default_year=2024)
    assert not [t for t in d.targets if "地区生产总值亿元" in t.quote]
    assert any(e.quote.startswith("1地区生产总值") and "before the plan" in e.reason for e in d.excluded)


def test_a_row_blank_in_its_last_years_keeps_the_values_of_its_other_years() -> None:
    lines = [
        "序号\t指标名称\t单位\t2026年\t2027年\t2028年\t2029年\t2030年\t属性",
        "1\t新建社区医院\t个\t2\t—\t3\t\t—\t预期性",
    ]
    t = read_tables(lines)
    flat = "".join(lines[1].split())
    assert [(r.value, r.year) for r in (t.rows[flat], *t.more.get(flat, []))] == [
        (Decimal(3), 2028),
        (Decimal(2), 2026),
    ]


# a notice that shares a year's tasks out: one row a county, one column a task
SHARED_OUT = (
    "青川市农业农村局关于下达2026年高标准农田建设任务的通知\n各县（市、区）农业农村局：\n"
    "现将2026年高标准农田建设任务下达给你们，请抓好落实。\n"
    "青川市农业农村局\n2026年3月5日\n"
    "2026年高标准农田建设任务分解表\n单位：万亩\n"
    "序号\t县（市、区）\t新建任务\t改造提升任务\t合计\n"
    "1\t青溪县\t3.5\t1.2\t4.7\n"
    "2\t川口区\t2\t—\t2\n"
    "\t合计\t5.5\t1.2\t6.7\n"
)


def test_a_table_that_shares_tasks_out_gives_each_units_task_as_a_target() -> None:
    d = extract(SHARED_OUT, default_year=2030)
    assert d.period[1] == dt.date(2026, 12, 31)
    got = {(t.title, t.value, t.unit, t.due) for t in d.targets}
    due = None  # the year the notice shares out
    assert ("青溪县：新建任务", Decimal("3.5"), "万亩", due) in got
    assert ("青溪县：改造提升任务", Decimal("1.2"), "万亩", due) in got
    assert ("川口区：新建任务", Decimal(2), "万亩", due) in got
    assert ("合计", Decimal("6.7"), "万亩", due) in got
    assert len(got) == 8  # — is no task
    assert not [p for p in d.all_programmes() if any(ch.isdigit() for ch in p.title[-3:])]  # no row is a heading


def test_a_table_of_figures_by_place_is_no_share_of_tasks() -> None:
    t = read_tables(["全市常住人口", "地区\t人口\t面积", "青溪县\t35\t1200"])
    assert not t.rows


def test_a_units_task_written_in_words_is_read_as_its_sentence() -> None:
    text = "青川市教育工作任务分解表\n责任单位\t工作任务\t完成时限\n区教育局\t新建学校3所\t2026年底前\n区卫健局\t—\t—\n"
    d = extract(text, default_year=2030)
    assert [(t.value, t.unit) for t in d.targets if t.numeric] == [(Decimal(3), "所")]
    assert not [p for p in d.all_programmes() if "区卫健局" in p.title]


def test_a_row_of_a_table_of_no_known_kind_is_never_a_heading() -> None:
    text = (
        "青川市2026年重点工作\n一、稳定粮食生产\n分类\t面积\t产量\n水稻\t35\t17\n玉米\t20\t12\n新建高标准农田2万亩。\n"
    )
    d = extract(text, default_year=2030)
    assert [p.title for p in d.all_programmes()] == ["稳定粮食生产"]


def test_a_share_of_tasks_by_year_is_due_each_year_and_its_base_is_no_task() -> None:
    yearly = read_tables(["各县（市、区）新建农村公路任务", "县（市、区）\t2026年\t2027年", "青溪县\t30\t40"])
    assert [(r.name, r.value, r.year) for r in yearly.rows.values()] == [("青溪县：2026年", Decimal(30), 2026)]
    assert [(r.name, r.value, r.year) for rows in yearly.more.values() for r in rows] == [
        ("青溪县：2027年", Decimal(40), 2027)
    ]
    based = read_tables(["表1 各县（市、区）主要目标", "县（市、区）\t2025年\t2030年目标", "青溪县\t85\t90"])
    assert [(r.name, r.value, r.year) for r in based.rows.values()] == [("青溪县：2030年目标", Decimal(90), 2030)]
    assert not based.more
    stated = read_tables(["各县（市、区）造林任务", "县（市、区）\t现状\t造林任务", "青溪县\t12\t3"])
    assert [(r.name, r.value) for r in stated.rows.values()] == [("青溪县：造林任务", Decimal(3))]


def test_a_boxs_label_and_title_on_a_line_of_cells_is_still_its_heading() -> None:
    text = (
        "青川市“十五五”养老服务发展规划\n第二章 重点任务\n专栏1\t养老服务设施建设工程\n"
        "到2030年，新建社区养老服务站20个。\n"
    )
    d = extract(text, default_year=2032)
    assert "专栏1养老服务设施建设工程" in [p.title for p in d.all_programmes()]


def test_a_shared_out_tables_total_is_no_units_task() -> None:
    text = "青川市2026年充电设施建设任务分解表\n| 区域 | 新建充电站(座) |\n| --- | --- |\n"
    text += "| 青溪县 | 26 |\n| 川北区 | 18 |\n| 合计 | 44 |\n"
    d = extract(text, default_year=2026)
    review = {t.title.split("：")[0]: t.review for t in d.targets}
    assert review["青溪县"] == SHARED_OUT_REVIEW
    assert review["合计"] != SHARED_OUT_REVIEW


def test_years_under_a_merged_target_cell_are_each_a_target_column() -> None:
    # a header over two rows (序号 | 指标 | 目标, then the years under the merged 目标), each cell a
    # bound with its own unit, and two measures of one thing in a cell
    text = (
        "青川市新型储能发展行动方案（2026—2028年）\n二、主要目标\n"
        "| 序号 | 指标 | 目标 |\n| --- | --- | --- | --- | --- |\n| 2026年 | 2027年 | 2028年 |\n"
        "| 1 | 光伏装机规模（累计） | >30万千瓦 | >45万千瓦 | >60万千瓦 |\n"
        "| 2 | 储能规模<br>（累计） | >10万千瓦/20万千瓦时 | >15万千瓦/30万千瓦时 | >20万千瓦/40万千瓦时 |\n"
        "| 3 | 快充桩数量（累计） | >80 | >120 | >200 |\n"
    )
    d = extract(text, default_year=2030)
    got = {(t.title.split("（")[0], t.value, t.unit, t.comparator, t.due.year if t.due else None) for t in d.targets}
    assert got == {
        ("光伏装机规模", Decimal(30), "万千瓦", "more-than", 2026),
        ("光伏装机规模", Decimal(45), "万千瓦", "more-than", 2027),
        ("光伏装机规模", Decimal(60), "万千瓦", "more-than", 2028),
        ("储能规模", Decimal(10), "万千瓦", "more-than", 2026),
        ("储能规模", Decimal(20), "万千瓦时", "more-than", 2026),
        ("储能规模", Decimal(15), "万千瓦", "more-than", 2027),
        ("储能规模", Decimal(30), "万千瓦时", "more-than", 2027),
        ("储能规模", Decimal(20), "万千瓦", "more-than", 2028),
        ("储能规模", Decimal(40), "万千瓦时", "more-than", 2028),
        ("快充桩数量", Decimal(80), "个", "more-than", 2026),
        ("快充桩数量", Decimal(120), "个", "more-than", 2027),
        ("快充桩数量", Decimal(200), "个", "more-than", 2028),
    }


def test_a_later_target_year_is_no_base() -> None:
    columns = header(["指标", "2025年目标", "2035年目标"])
    assert columns is not None
    assert (columns.target, columns.year, columns.base, columns.later) == (1, 2025, None, ((2, 2035),))


def test_a_shared_out_tables_target_column_without_a_year_beside_year_columns_is_read() -> None:
    # 2024年 | 2025年 | 两年目标任务: the target's column names no year; no base is dropped, no crash
    text = (
        "青川市充电桩建设方案\n附表 各区县充电桩建设任务分解表\n"
        "区县\t2024年\t2025年\t两年目标任务\n东城区\t100\t120\t220\n西城区\t80\t90\t170\n"
    )
    d = extract(text, default_year=2030)
    got = {(t.title, t.value) for t in d.targets if t.numeric}
    assert ("东城区：两年目标任务", Decimal(220)) in got
    assert ("西城区：2025年", Decimal(90)) in got


@pytest.mark.parametrize(
    ("caption", "year"),
    [
        ("各区“十四五”充电设施任务分配表", 2025),
        ("各区“十四五”期间2024年度充电设施任务分配表", 2024),  # the year named wins over the period
        ("各区充电设施任务分配表（以2023年为基数）", None),  # a base year dates no task
        ("到2027年，各区新增充电桩任务如下", None),  # a sentence, no table's title
    ],
)
def test_a_shared_out_tables_title_dates_its_tasks(caption: str, year: int | None) -> None:
    columns = shares_out(["序号", "区域", "新增充电桩（个）"], caption)
    assert columns is not None
    assert with_caption(columns, caption).year == year
