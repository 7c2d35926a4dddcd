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
