"""A paragraph that opens on the year its goals are for dates the paragraphs after it in its
section (our own texts)."""

from __future__ import annotations

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.periods import goal_year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("到2028年，全省制造业数字化转型取得显著成效。", 2028),
        ("到 2028 年，重点企业基本实现网络化。", 2028),
        ("2028年的主要目标是：", 2028),
        ("2028年主要目标为：", 2028),
        ("2028年全省新建基站2万个。", None),  # a year's own work, not an opener of goals
        ("到2020年，已建成基站1万个。", None),  # before the plan's year
    ],
)
def test_goal_year_reads_an_opener_of_goals(text: str, year: int | None) -> None:
    assert goal_year(text, 2026 if "2020" in text else None) == year


PLAN = """青川省纺织装备制造业数字化转型实施方案
一、总体要求
到2028年，纺织装备制造业数字化转型取得明显成效。一是装备水平明显提升，重点企业关键工序数控化率超过70%。二是示范引领作用突出，建成12个左右省级智能工厂。
二、重点任务
（一）推广数字化装备。支持企业开展设备联网改造。
"""


def test_the_paragraph_after_a_goal_opener_is_due_in_its_year() -> None:
    d = extract(PLAN, default_year=2026)
    due = {t.value: t.due.year if t.due else None for t in d.targets if t.numeric}
    assert set(due.values()) == {2028}
    assert len(due) == 2
