"""A section that projects (需求预测, 投资规模测算) holds what is expected, not commitments: its figures
are excluded unless a sentence commits the plan (计划建成, 规划在…设置, 力争); a heading of its rank or
a higher one ends it, a table's caption never does (our own plan)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.classify import FORECAST_CLAUSE, FORECAST_HEADING, FORECAST_SECTION, projects
from targetctl.domain.drafting.extract import extract

PLAN = """某市充电基础设施发展规划（2021—2025年）
一、发展现状
（一）建设情况
全市已建成充电桩1200个。
二、充电需求预测
（一）电动汽车保有量预测
根据弹性系数法，2025年全市电动汽车保有量达到8.2万辆。
表2-1 全市电动汽车保有量预测
（二）充电设施需求预测
“十四五”期间公用充电桩需求量为3600个。
全市计划建成公用充电站40座。
三、发展目标
到2025年，全市建成公用充电桩5000个。
四、保障措施
（一）加强监测预测
到2025年，建成充电设施监测平台1个。
"""


def test_a_forecast_sections_figures_are_excluded_and_its_commitments_kept() -> None:
    d = extract(PLAN, default_year=2026)
    got = {t.value for t in d.targets if t.numeric}
    assert got == {Decimal(40), Decimal(5000), Decimal(1)}
    projected = {x.quote for x in d.excluded if x.reason == FORECAST_SECTION}
    assert any("8.2万辆" in q for q in projected) and any("3600个" in q for q in projected)


@pytest.mark.parametrize(
    ("title", "projects_"),
    [
        ("充电需求预测", True),
        ("电动汽车保有量预测", True),
        ("投资规模测算", True),
        ("实施效果预测", True),
        ("加强监测预测", False),  # a task to forecast
        ("完善气象监测和预测", False),
        ("健全需求测算机制", False),
        ("发展目标", False),
    ],
)
def test_a_forecast_heading_names_what_it_projects(title: str, projects_: bool) -> None:
    assert (FORECAST_HEADING.search(title) is not None) is projects_


def test_a_section_is_ended_by_a_heading_of_its_rank_or_higher_never_by_a_caption() -> None:
    rank = projects(None, "cn", "充电需求预测")
    assert rank is not None
    assert projects(rank, "cn-paren", "弹性系数法") == rank
    assert projects(rank, "plain", "表2-1 保有量") == rank
    assert projects(rank, "cn", "发展目标") is None
    assert projects(None, "plain", "表2-1 保有量预测") is None


def test_in_a_plans_tasks_an_estimated_cost_forecasts_its_clause_only() -> None:
    plan = (
        "某市节能降碳实施方案（2024—2027年）\n一、重点工程\n"
        "实施余热利用、电机改造等工程，共36个项目，预计总投资约120亿元。\n"
    )
    d = extract(plan, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(36)]
    assert [x.reason for x in d.excluded if "120亿元" in x.quote] == [FORECAST_CLAUSE]


def test_in_a_reports_review_an_estimate_still_reports_the_year() -> None:
    report = (
        "某县政府工作报告\n一、2025年工作回顾\n过去一年，全县新建项目38个，预计全年固定资产投资增长6%。\n"
        "二、2026年工作安排\n今年新建项目40个。\n"
    )
    d = extract(report, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(40)]


def test_a_part_of_a_forecast_chapter_that_plans_commits_again() -> None:
    plan = (
        "某县加油站布局规划（2026—2030年）\n第三章  需求预测\n第一节  经济发展趋势\n"
        "2030年全县地区生产总值达到300亿元。\n第二节  交通运输发展规划\n"
        "到2030年，乡镇双车道公路覆盖率达到100%。\n第三节  成品油销售市场预测分析\n"
        "2030年全县成品油销售量达到9万吨。\n"
    )
    d = extract(plan, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(100)]
    assert projects(projects(None, "chapter", "需求预测"), "section", "交通运输发展规划") is None


def test_what_a_project_is_to_add_is_its_target_marked_to_check() -> None:
    plan = (
        "某市2026年为民办实事项目\n一、建设青川路小学，预计新增小学学位900个。\n"
        "二、建设东湖实验学校，预计可增加小学学位1200个，初中学位800个。\n"
    )
    d = extract(plan, default_year=2026)
    got = {t.value: t.review for t in d.targets if t.numeric}
    assert set(got) == {Decimal(900), Decimal(1200), Decimal(800)}
    assert got[Decimal(900)]  # worded 预计: marked for a person to check


def test_a_reports_estimate_of_what_was_added_is_still_the_past() -> None:
    report = "某县2026年重点工作\n一、主要任务\n过去一年，全县新建学校3所，预计新增学位2000个。\n今年新建学校2所。\n"
    d = extract(report, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(2)]
