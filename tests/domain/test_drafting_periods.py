"""Years and periods as documents state them (our own phrases)."""

from __future__ import annotations

import datetime as dt

import pytest

from targetctl.domain.drafting.periods import (
    dispatch_year,
    due_year,
    five_year,
    resolve_due,
    signing_date,
    stated_period,
)


def test_five_year_plan_names_are_periods() -> None:
    assert five_year("十三") == (2016, 2020)
    assert five_year("十四") == (2021, 2025)
    assert five_year("十五") == (2026, 2030)
    p = stated_period("青川市“十五五”文化发展规划", None)
    assert p is not None and (p.start, p.end) == (2026, 2030)


def test_year_of_issue_from_signing_date_and_dispatch_number() -> None:
    assert signing_date("2023年3月5日") == dt.date(2023, 3, 5)
    assert signing_date("二〇二三年三月十五日") == dt.date(2023, 3, 15)
    assert signing_date("2023年13月5日") is None
    assert dispatch_year("青政发〔2018〕42号") == 2018
    assert dispatch_year("青政发[2021]3号") == 2021


@pytest.mark.parametrize(
    ("clause", "year"),
    [
        ("到2025年，城镇新增就业10万人", 2025),
        ("2024年底前完成改造", 2024),
        ("2023—2025年新建公园20个", 2025),
        ("到“十四五”末建成区域中心", 2025),
        ("今年新增企业30家", 2023),
        ("年内完成验收", 2023),
        ("明年投入使用", 2024),
        ("今年以来新增企业30家", None),
        ("新增企业30家", None),
    ],
)
def test_a_clause_states_its_own_due_year(clause: str, year: int | None) -> None:
    assert due_year(clause, 2023) == year


def test_coming_years_count_from_the_year_of_issue() -> None:
    five = stated_period("今后五年的主要目标", 2026)
    assert five is not None and (five.start, five.end) == (2026, 2030)
    action = stated_period("青川区优化营商环境三年行动计划", 2023)
    assert action is not None and (action.start, action.end) == (2023, 2025)
    span = stated_period("行动方案（2023—2025年）", None)
    assert span is not None and (span.start, span.end) == (2023, 2025)
    assert stated_period("加快发展现代物流业", 2023) is None


def test_due_is_own_then_section_then_plan() -> None:
    assert resolve_due(2024, 2025, 2026) == 2024
    assert resolve_due(None, 2025, 2026) == 2025
    assert resolve_due(None, None, 2026) == 2026
