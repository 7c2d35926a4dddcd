"""A stage of the work dated in brackets in its heading (（一）启动阶段（2025年）) dates its section
(drafting.periods.heading_period): our own plans."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.periods import due_year, heading_period

STAGED = """青川区推进数字乡村建设三年行动方案
青政办发〔2025〕8号
为加快推进数字乡村建设，制定本方案。
一、工作目标
到2027年，全区建成数字乡村示范村30个。
二、实施步骤
（一）启动阶段（2025年）。完成试点村遴选10个。
（二）推进阶段（2026年1—12月）。建成示范村15个。
（三）提升阶段（2027年）。全面总结推广。
青川区人民政府办公室
2025年3月10日
"""


@pytest.mark.parametrize(
    ("heading", "year"),
    [
        ("启动阶段（2025年）", 2025),
        ("推进阶段（2026年1—12月）", 2026),
        ("巩固提升阶段（2027年6月底前）", 2027),
        ("发展基础（2023年）", None),  # before the year of issue: a review's year, not a due
        ("完善基础设施", None),
    ],
)
def test_a_bracketed_year_at_a_headings_end_is_its_sections(heading: str, year: int | None) -> None:
    stated = heading_period(heading, 2025)
    assert (stated.end if stated else None) == year


def test_each_stage_is_due_in_its_year() -> None:
    d = extract(STAGED, default_year=2026)
    due = {t.value: t.due.year if t.due else None for t in d.targets if t.numeric}
    assert due == {Decimal(30): 2027, Decimal(10): 2025, Decimal(15): 2026}


# a year's work report: most of its targets are the year's, one counts three years from the year
REPORT = """2026年青川市政府工作报告
二、2026年重点工作
（一）扩大有效投资。全年完成固定资产投资500亿元。
（二）推进城市更新。力争3年内完成城中村改造1.5万套。
"""


def test_a_target_counted_over_years_stretches_a_reports_period_and_the_rest_keep_its_year() -> None:
    d = extract(REPORT, default_year=2026)
    due = {t.value: t.due.year if t.due else None for t in d.targets if t.numeric}
    assert due == {Decimal(500): 2026, Decimal("1.5"): 2028}
    assert d.period[1].year == 2028


@pytest.mark.parametrize(
    ("clause", "year"),
    [
        ("三年安排200亿元支持制造业技术改造", 2028),
        ("两年投入80亿元实施城市更新", 2027),
        ("每年安排10亿元支持科技创新", None),  # a yearly amount: no span of years
        ("近三年投入50亿元", None),  # the past
    ],
)
def test_an_amount_over_n_years_is_due_at_their_end(clause: str, year: int | None) -> None:
    assert due_year(clause, 2026) == year
