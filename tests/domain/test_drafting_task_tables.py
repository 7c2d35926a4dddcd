"""A table of tasks pasted one cell a line (drafting.task_tables): its column words and the cells
naming who leads are the table's, never programmes (our own table)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting import task_tables
from targetctl.domain.drafting.extract import extract

TASKS = """某区人民政府关于2031年重点工作责任分解的通知
一、主要目标任务
序号
目标名称
工 作 标 准
分管领导
牵头单位
配合单位
1
全区主要预期目标
（1）地区生产总值增长6%左右。
张 三
发改局
统计局
（2）城镇新增就业1.2万人。
人社局
"""


def test_the_columns_and_the_cells_naming_who_leads_are_no_programmes() -> None:
    d = extract(TASKS, default_year=2031)
    titles = [p.title for p in d.all_programmes()]
    assert not {"序号", "目标名称", "工作标准", "分管领导", "牵头单位", "配合单位", "张三", "发改局", "统计局"} & set(
        titles
    )
    assert [t.value for t in d.targets if t.numeric] == [Decimal(6), Decimal("1.2")]


@pytest.mark.parametrize("line", ["主要目标", "发改局", "张三"])
def test_before_the_columns_a_short_line_is_read_as_before(line: str) -> None:
    assert task_tables.column(line) is False
    assert task_tables.cell(line) is (line != "主要目标")


# a notice whose first section holds a small table of tasks, its later sections plain headings
# naming places and lists of works without their full stops (our own text)
LATER = """某区人民政府关于2031年重点工作责任分解的通知
一、主要目标任务
序号
目标名称
牵头单位
1
（1）地区生产总值增长6%左右。
发改局
二、重点工作
（一）产业发展
新建三个社区服务中心
打造五个特色小镇
（二）城乡建设
高新区
引进项目10个。
开发区
新建厂房5万平方米。
"""


def test_the_table_ends_with_its_section_and_a_cell_that_counts_is_a_task() -> None:
    d = extract(LATER, default_year=2031)
    titles = [p.title for p in d.all_programmes()]
    assert "高新区" in titles and "开发区" in titles and "发改局" not in titles
    assert [t.value for t in d.targets if t.numeric] == [6, 3, 5, 10, 5]


@pytest.mark.parametrize("line", ["新建三个社区服务中心", "打造五个特色小镇", "建成两个产业园区"])
def test_inside_the_table_a_line_that_counts_what_it_builds_is_no_cell(line: str) -> None:
    assert task_tables.cell(line) is False
    assert task_tables.part(line, True) is False


def test_a_column_word_that_is_also_a_heading_opens_no_table() -> None:
    text = (
        "某镇2031年乡村振兴工作方案\n为推进乡村全面振兴，结合本镇实际，制定本方案。\n主要目标\n"
        "到2035年，全镇农村居民人均可支配收入增长7%。\n重点任务\n新建村级文化广场5个。\n完成农村户厕改造300户。\n"
    )
    d = extract(text, default_year=2031)
    assert [p.title for p in d.all_programmes()] == ["主要目标", "重点任务"]
    squares = next(t for t in d.targets if t.value == 5)
    assert squares.programme == 2 and (squares.due is None or squares.due.year != 2035)
    assert task_tables.part("重点任务", False) is False and task_tables.part("重点任务", True) is True


def test_a_plain_group_row_of_the_table_does_not_end_it() -> None:
    text = (
        "某区人民政府关于2031年重点工作责任分解的通知\n附件1\n2031年主要目标任务责任分解表\n"
        "序号\n目标名称\n分管领导\n牵头单位\n1\n全区主要预期目标\n（1）地区生产总值增长6%左右。\n"
        "张 三\n发改局\n统计局\n2\n全区民生实事\n（2）城镇新增就业1.2万人。\n李四\n人社局\n"
    )
    d = extract(text, default_year=2031)
    titles = {p.title for p in d.all_programmes()}
    assert not {"张三", "发改局", "统计局", "李四", "人社局"} & titles
    assert [t.value for t in d.targets if t.numeric] == [Decimal(6), Decimal("1.2")]


# a three-year list of tasks, its table pasted a cell a line (our own text)
YEAR_TABLE = """青川市城市更新三年行动计划任务清单（2025-2027年）
序号
重点任务
2025年工作项目
2026年计划
2027年计划
牵头部门
（1）改造老旧小区90个。
改造老旧小区30个。
改造老旧小区30个。
改造老旧小区30个。
市住建局
（2）新建口袋公园45个。
新建口袋公园10个。
新建口袋公园15个。
新建口袋公园20个。
市园林局
（3）推进智慧停车建设。
新增智慧停车泊位2000个。
市交通局
"""


def test_a_year_columns_cells_are_due_in_their_columns_year() -> None:
    d = extract(YEAR_TABLE, default_year=2030)
    got = [(t.value, t.due.year if t.due else None) for t in d.targets if t.numeric]
    assert got[:4] == [(Decimal(90), None), (Decimal(30), 2025), (Decimal(30), 2026), (Decimal(30), 2027)]
    assert got[4:8] == [(Decimal(45), None), (Decimal(10), 2025), (Decimal(15), 2026), (Decimal(20), 2027)]
    # the task's own total and a task with one cell for three columns (a merged cell) are left to the
    # plan's period
    assert got[8] == (Decimal(2000), None)


def test_cells_outside_a_table_with_year_columns_keep_their_own_years() -> None:
    text = "青川市城市更新行动计划\n（1）改造老旧小区90个。\n2025年改造30个。\n2026年改造60个。\n"
    d = extract(text, default_year=2030)
    assert [t.due.year if t.due else None for t in d.targets if t.numeric] == [None, 2025, 2026]


def test_the_year_columns_end_with_their_table() -> None:
    # the measures after the table: each one's sentences, a line apiece, are no year column's cells
    measures = (
        "三、保障措施\n（一）加强组织领导。\n成立工作专班，建立3项工作制度。\n"
        "每年组织业务培训不少于4次。\n年底前完成考核评估1次。\n"
    )
    d = extract(YEAR_TABLE + measures, default_year=2030)
    dues = {t.value: t.due.year if t.due else None for t in d.targets if t.numeric}
    assert dues[Decimal(3)] == dues[Decimal(4)] == 2027  # the plan's period, not 2025 and 2026


def test_a_tables_categories_between_its_tasks_do_not_end_it() -> None:
    table = YEAR_TABLE.replace(
        "（1）改造老旧小区90个。", "（一）\n提升居住品质\n1、改造老旧小区\n（1）改造老旧小区90个。"
    )
    table = table.replace("（2）新建口袋公园45个。", "（二）\n提升公共空间\n2、完善公园体系\n（2）新建口袋公园45个。")
    got = [(t.value, t.due.year if t.due else None) for t in extract(table, default_year=2030).targets if t.numeric]
    assert got[1:4] == [(Decimal(30), 2025), (Decimal(30), 2026), (Decimal(30), 2027)]
    assert got[4:8] == [(Decimal(45), None), (Decimal(10), 2025), (Decimal(15), 2026), (Decimal(20), 2027)]


def test_a_printed_tables_cells_broken_at_the_margin_are_read_whole() -> None:
    # printed to a page (a PDF's text), a long cell runs on at the margin: its two lines are one cell
    intro = (
        "青川市城市更新三年行动计划（2025-2027年）\n"
        "为加快推进城市更新工作，持续改善人居环境，提升城市功能品质，结合本市\n"
        "实际，制定本计划。各区各部门要切实提高认识，加强统筹协调，明确责任分\n"
        "工，细化工作举措，确保各项任务按期完成，不断增强人民群众获得感幸福感\n"
        "安全感。\n"
    )
    table = YEAR_TABLE.split("\n", 1)[1].replace(
        "（1）改造老旧小区90个。",
        "（1）改造老旧小区90个，同步完善小区养老托育、停车充电、便民商业等配套\n设施，补齐功能短板。",
    )
    got = [(t.value, t.due.year if t.due else None) for t in extract(intro + table, default_year=2030).targets]
    assert (Decimal(30), 2025) in got and (Decimal(30), 2026) in got and (Decimal(30), 2027) in got
    assert [g for g in got if g[0] in (Decimal(10), Decimal(15), Decimal(20))] == [
        (Decimal(10), 2025),
        (Decimal(15), 2026),
        (Decimal(20), 2027),
    ]
