"""Break-it review of round 44's drafting changes (our own sentences, tables and pages)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.cell_lines import regroup
from targetctl.domain.drafting.classify import FORECAST_HEADING, FORECAST_SECTION
from targetctl.domain.drafting.columns import header
from targetctl.domain.drafting.extract import extract

_HEAD = (
    "某区绿色城区“十五五”规划\n一、发展目标\n指标表\n"
    "类别\n序号\n一级指标\n二级指标\n单位\n属性\n“十四五”\n完成值\n“十五五”\n目标值\n\n"
)
_TAIL = "二、重点任务\n（一）推进老旧街区改造。\n"


def test_rows_after_a_row_in_sentences_inside_a_group_carry_its_merged_cells() -> None:
    # the row in sentences stands inside its group: the rows after it still carry the category
    # (and the first-level name) merged down the group
    rows = (
        "生态城区\n1\n河道治理\n整治河道长度\n公里\n预期性\n12\n30\n\n"
        "2\n湿地保护面积\n公顷\n约束性\n80\n95\n\n"
        "3\n推进海绵城市建设\n海绵城市建设项目\n个\n预期性\n启动3个项目\n到2028年底，建成区全部达到海绵城市要求\n\n"
        "4\n透水铺装面积\n万平方米\n预期性\n15\n40\n\n"
        "5\n城市绿化\n城市绿化覆盖率\n%\n约束性\n41\n43\n\n"
    )
    _, table = regroup(_HEAD + rows + _TAIL)
    got = {(r.name, r.value, r.base) for r in table.rows.values()}
    assert ("透水铺装面积", Decimal(40), Decimal(15)) in got
    assert ("城市绿化覆盖率", Decimal(43), Decimal(41)) in got


def test_a_row_in_sentences_second_in_its_table_does_not_lose_the_table() -> None:
    # the first row read, the second numbered but its values sentences: the rows after it are read
    rows = (
        "生态城区\n1\n河道治理\n整治河道长度\n公里\n预期性\n12\n30\n\n"
        "2\n推进海绵城市建设\n海绵城市建设项目\n个\n预期性\n启动3个项目\n到2028年底，建成区全部达到海绵城市要求\n\n"
        "3\n湿地保护面积\n公顷\n约束性\n80\n95\n\n"
        "4\n城市绿化\n城市绿化覆盖率\n%\n约束性\n41\n43\n\n"
    )
    _, table = regroup(_HEAD + rows + _TAIL)
    got = {(r.name, r.value, r.base) for r in table.rows.values()}
    assert got == {
        ("整治河道长度", Decimal(30), Decimal(12)),
        ("湿地保护面积", Decimal(95), Decimal(80)),
        ("城市绿化覆盖率", Decimal(43), Decimal(41)),
    }


def test_a_table_whose_second_row_runs_together_in_sentences_is_still_drafted() -> None:
    # the page ran the row in sentences together (2推进…): the row before it and those after it are the table's
    rows = (
        "生态城区\n1\n河道治理\n整治河道长度\n公里\n预期性\n12\n30\n\n"
        "2\n推进海绵城市建设\n海绵城市建设项目\n个\n预期性\n启动3个项目\n到2028年底，建成区全部达到海绵城市要求\n\n"
        "3\n湿地保护面积\n公顷\n约束性\n80\n95\n\n"
        "4\n城市绿化\n城市绿化覆盖率\n%\n约束性\n41\n43\n\n"
    )
    d = extract(_HEAD + rows + _TAIL, default_year=2026)
    got = {(t.value, t.due.year if t.due else None) for t in d.targets if t.numeric}
    assert {(Decimal(30), 2030), (Decimal(95), 2030), (Decimal(43), 2030)} <= got


@pytest.mark.parametrize("heading", ["发展目标与需求预测", "建设目标和规模测算", "主要任务及投资估算"])
def test_a_heading_that_names_the_goals_beside_a_forecast_opens_no_forecast_section(heading: str) -> None:
    assert FORECAST_HEADING.search(heading) is None
    plan = (
        "某市充电设施发展规划（2026—2030年）\n一、发展现状\n全市已建成充电桩1200个。\n"
        f"二、{heading}\n到2030年，全市建成公用充电桩5000个。\n三、保障措施\n（一）强化用地保障。\n"
    )
    d = extract(plan, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(5000)]


def test_an_unnumbered_heading_of_the_plans_goals_ends_a_forecast_section() -> None:
    # the forecast is numbered, the parts after it are not (their numbers were the Word file's own)
    plan = (
        "某市充电设施发展规划（2026—2030年）\n一、发展基础\n全市已建成充电桩1200个。\n"
        "二、需求预测\n2030年全市电动汽车保有量约20万辆。\n表2-1 充电设施分布情况\n"
        "发展目标\n到2030年，全市建成公用充电桩5000个。\n"
        "重点任务\n新建公用充电站40座，改造老旧小区充电设施300处。\n"
    )
    d = extract(plan, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(5000), Decimal(40), Decimal(300)]
    assert [x.reason for x in d.excluded if "20万辆" in x.quote] == [FORECAST_SECTION]


@pytest.mark.parametrize(
    "cells",
    [
        ["序号", "指标", "单位", "“十四五”规划目标", "“十四五”完成情况", "“十五五”目标"],
        ["序号", "指标", "单位", "2025年规划目标", "2025年实际完成", "2030年目标值"],
    ],
)
def test_the_last_periods_plan_and_results_beside_the_next_periods_targets(cells: list[str]) -> None:
    # the target is the next period's; its base the last period's results, not its own planned target
    columns = header(cells)
    assert columns is not None and not columns.past
    assert (columns.base, columns.base_year, columns.target, columns.year) == (4, 2025, 5, 2030)
    head = "\t".join(cells)
    plan = f"某县生态环境保护规划（2026—2030年）\n一、主要指标\n{head}\n1\t森林覆盖率\t%\t45\t46.2\t48\n二、重点任务\n"
    d = extract(plan, default_year=2026)
    got = [(t.value, t.due.year if t.due else None, t.baseline[0] if t.baseline else None) for t in d.targets]
    assert got == [(Decimal(48), 2030, Decimal("46.2"))]
