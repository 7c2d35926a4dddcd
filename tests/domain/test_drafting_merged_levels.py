"""An indicator table pasted one cell a line whose category and first-level name are merged down
their groups (类别 / 序号 / 一级指标 / 二级指标 …), with the last five-year period's actual values
beside the next one's targets (“十四五”完成值 / “十五五”目标值); a row whose values are sentences is
passed over (our own rows)."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.cell_lines import regroup
from targetctl.domain.drafting.columns import header
from targetctl.domain.drafting.extract import extract

TABLE = """某区城市更新“十五五”规划
一、发展目标
主要指标表
类别
序号
一级指标
二级指标
单位
属性
“十四五”
完成值
“十五五”
目标值

宜居城区
1
住房改造
旧住房成套改造面积
万平方米
预期性
20
1.2

2
小区整治
老旧小区整治改造面积
万平方米
预期性
200
260

3
完整社区覆盖率
％
预期性
-
≥60

4
推进城中村改造
城中村改造项目数量
个
约束性
启动6个项目
至2026年底，全面启动改造项目，全面完成整治提升；2027年全面完成前期工作

活力城区
5
楼宇更新
推动商务楼宇更新数量
个
预期性
-
≥12

6
人均应急避难面积
平方米
约束性
＞1.4
＞1.6

二、重点任务
（一）推进老旧小区改造。
"""


def test_the_done_column_of_the_last_period_is_the_base_of_the_next_periods_targets() -> None:
    columns = header(["类别", "序号", "一级指标", "二级指标", "单位", "属性", "“十四五”完成值", "“十五五”目标值"])
    assert columns is not None
    assert not columns.past and (columns.base, columns.base_year, columns.target, columns.year) == (6, 2025, 7, 2030)


def test_a_table_of_planned_and_actual_values_of_one_year_is_still_the_past() -> None:
    columns = header(["序号", "指标", "单位", "2020年规划目标", "2020年实际完成"])
    assert columns is not None and columns.past


def test_merged_category_and_first_level_name_are_carried_and_every_row_is_read() -> None:
    _, table = regroup(TABLE)
    got = {(r.name, r.value, r.comparator, r.year, r.base) for r in table.rows.values()}
    assert got == {
        ("旧住房成套改造面积", Decimal("1.2"), "exactly", 2030, Decimal(20)),
        ("老旧小区整治改造面积", Decimal(260), "exactly", 2030, Decimal(200)),
        ("完整社区覆盖率", Decimal(60), "at-least", 2030, None),
        ("推动商务楼宇更新数量", Decimal(12), "at-least", 2030, None),
        ("人均应急避难面积", Decimal("1.6"), "more-than", 2030, Decimal("1.4")),
    }


def test_the_drafted_targets_are_the_tables_targets_due_at_the_periods_end() -> None:
    d = extract(TABLE, default_year=2026)
    got = {(t.value, t.comparator, t.due.year if t.due else None) for t in d.targets}
    want = {(Decimal("1.2"), "exactly", 2030), (Decimal(12), "at-least", 2030), (Decimal("1.6"), "more-than", 2030)}
    assert want <= got
    assert not [t for t in d.targets if t.value in (Decimal(20), Decimal(200), Decimal("1.4"))]
