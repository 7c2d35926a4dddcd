"""A clause's own due date, and goal paragraphs side by side that each open on their own year
(到2031年，… then 到2035年，…): each dates its own clauses. Our own sentences."""

from __future__ import annotations

import pytest

from targetctl.domain.drafting.due_dates import clause_due
from targetctl.domain.drafting.extract import extract

GOALS = """某市加快绿色建材产业发展行动方案
一、主要目标
到2031年，绿色建材产业体系初步形成。认定绿色建材产品60个，培育骨干企业5家以上。
到2035年，建成全国有影响力的绿色建材基地。培育龙头企业3家，产业规模突破800亿元。
二、重点任务
（一）加快技术改造。推动企业实施技术改造项目20个。"""


def _dues(text: str) -> dict[int, int | None]:
    d = extract(text, default_year=2040)
    return {int(t.value): t.due.year if t.due else None for t in d.targets if t.numeric and t.value is not None}


def test_each_goal_paragraph_dates_its_own_clauses() -> None:
    dues = _dues(GOALS)
    assert (dues[60], dues[5]) == (2031, 2031)
    assert (dues[3], dues[800]) == (2035, 2035)


def test_a_heading_ends_the_goal_paragraphs_year() -> None:
    assert _dues(GOALS)[20] != 2035


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
