"""A clause's own due date, and goal paragraphs side by side that each open on their own year
(到2031年，… then 到2035年，…): each dates its own clauses. Our own sentences."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.due_dates import clause_due, names_later_year
from targetctl.domain.drafting.extract import extract

GOALS = """某市加快绿色建材产业发展行动方案
一、主要目标
到2031年，绿色建材产业体系初步形成。认定绿色建材产品60个，培育骨干企业5家以上。
到2035年，建成全国有影响力的绿色建材基地。培育龙头企业3家，产业规模突破800亿元。
二、重点任务
（一）加快技术改造。推动企业实施技术改造项目20个。"""


def _dues(text: str) -> dict[int, int]:
    """Each value's due year as a reader sees it: its own, else the end of the plan's period."""
    d = extract(text, default_year=2040)
    end = d.period[1].year
    return {int(t.value): t.due.year if t.due else end for t in d.targets if t.numeric and t.value is not None}


def test_each_goal_paragraph_dates_its_own_clauses() -> None:
    dues = _dues(GOALS)
    assert (dues[60], dues[5]) == (2031, 2031)
    assert (dues[3], dues[800]) == (2035, 2035)


@pytest.mark.parametrize(
    ("clause", "plan_year", "year", "month"),
    [
        ("2032年6月底前完成改造", 2031, 2032, 6),
        ("到2033年建成示范园区", 2031, 2033, 12),
        ("2032年完成道路改造40公里", 2031, 2032, 12),
        ("年内新增停车位500个", 2031, 2031, 12),
    ],
)
def test_a_clauses_own_due(clause: str, plan_year: int, year: int, month: int) -> None:
    due = clause_due(clause, plan_year, summary=False)
    assert due is not None and (due.year, due.month) == (year, month)


def test_a_summarys_this_year_is_the_year_under_review() -> None:
    assert clause_due("年内新增停车位500个", 2031, summary=True) is None


MEASURES = """某市人民政府办公室文件
某府办发〔2031〕12号
某市人民政府办公室关于印发《某市促进文旅消费若干措施》的通知
各区县人民政府，市政府各部门：
现将《某市促进文旅消费若干措施》印发给你们，请认真贯彻执行。
某市人民政府办公室
2031年3月2日
某市促进文旅消费若干措施
一、丰富消费场景。每年举办文旅消费季活动20场以上，建成夜间消费集聚区12个。
二、完善服务设施。三年内新建旅游驿站50个。"""


def test_a_measures_documents_undated_clauses_are_due_the_year_it_was_issued() -> None:
    dues = _dues(MEASURES)
    assert dues[50] == 2033  # 三年内: three years counted from the year of issue
    assert (dues[20], dues[12]) == (2031, 2031)  # no year of their own and no period: the year of issue


GOAL_PLAN = MEASURES.replace("一、丰富消费场景。", "一、主要目标\n到2033年，消费规模明显扩大。\n二、丰富消费场景。")


def test_a_plan_whose_goals_state_a_year_keeps_its_undated_tasks_in_that_period() -> None:
    d = extract(GOAL_PLAN, default_year=2040)
    assert d.period[1].year == 2033
    assert all(t.due is None or t.due.year == 2033 for t in d.targets if t.numeric)


def test_a_documents_named_goal_year_still_dates_its_undated_clauses() -> None:
    named = MEASURES.replace("三年内新建旅游驿站50个。", "到2033年新建旅游驿站50个。\n三、优化环境。建设智慧景区8个。")
    dues = _dues(named)
    assert dues[50] == 2033
    assert dues[8] == 2033  # 到2033年 in the text: a period to 2033, as before


@pytest.mark.parametrize(
    ("text", "later"),
    [("三年内新建驿站50个", False), ("到2033年新建驿站50个", True), ("落实《某规划（2031—2035年）》", False)],
)
def test_names_later_year(text: str, later: bool) -> None:
    assert names_later_year(text, 2031) is later


@pytest.mark.parametrize(
    ("clause", "year"),
    [
        ("确保2026年底的各项目标任务全面完成", 2026),
        ("到2026年底已建成的充电桩全部接入市级平台", 2026),
        ("确保2025年底未达标的120个村巩固提升", None),
        ("截至2025年底的存量隐患全部整改", None),
    ],
)
def test_a_years_end_is_a_due_unless_it_picks_out_what_is_counted(clause: str, year: int | None) -> None:
    due = clause_due(clause, 2026, summary=False)
    assert (due.year if due else None) == year


def test_a_year_before_the_verb_of_a_level_dates_the_value_after_it() -> None:
    text = (
        "青川市新能源发展行动方案（2026—2028年）\n一、主要目标\n"
        "全市新能源装机规模2027年达到300万千瓦以上、2030年达到500万千瓦以上，"
        "充电桩数量比2025年增长50%。\n二、重点任务\n"
        "加快建设青溪储能电站，2026年开工建设、“十五五”末建成投产具备120万千瓦调节能力。\n"
    )
    d = extract(text, default_year=2026)
    due = {t.value: t.due.year if t.due else None for t in d.targets if t.value is not None}
    assert due[Decimal(300)] == 2027
    assert due[Decimal(500)] == 2030  # five years past the title's end still widens the period
    assert due[Decimal(120)] == 2030
    assert due[Decimal(50)] != 2025  # a base compared with is no due


def test_a_mid_clause_year_before_the_plan_is_no_due() -> None:
    assert clause_due("全市新能源装机规模2021年达到100万千瓦", 2026, summary=False) is None
    assert clause_due("全市新能源装机规模2027年达到300万千瓦", 2026, summary=False) == dt.date(2027, 12, 31)


def test_a_value_before_a_mid_clause_year_keeps_its_frame() -> None:
    text = (
        "青川市能源发展规划（2021—2025年）\n一、发展目标\n"
        "到2025年，光伏装机达到300万千瓦、2030年达到500万千瓦，风电装机达到200万千瓦。\n"
    )
    due = {t.value: t.due.year if t.due else None for t in extract(text, default_year=2021).targets}
    assert due[Decimal(300)] == 2025  # said before 2030年: due in the frame 到2025年
    assert due[Decimal(500)] == 2030
    assert due[Decimal(200)] == 2025  # the clause after is no longer dated by another's year
