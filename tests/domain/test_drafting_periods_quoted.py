"""A quoted title of another document states that document's years, not the plan's (our own phrases)."""

from __future__ import annotations

import pytest

from targetctl.domain.drafting.periods import due_year, stated_period


@pytest.mark.parametrize(
    "text",
    [
        "根据《青川县国土空间总体规划（2021—2035年）》，编制本规划",
        "落实《青川市“十五五”综合交通规划》要求",
        "按照《关于到2030年基本实现城乡供水一体化的意见》部署",
    ],
)
def test_a_quoted_title_gives_no_period_and_no_due(text: str) -> None:
    assert stated_period(text, 2023) is None
    assert due_year(text, 2023) is None


def test_the_texts_own_years_still_count_beside_a_quoted_title() -> None:
    text = "按照《青川县国土空间总体规划（2021—2035年）》，到2025年建成绿道300公里"
    assert due_year(text, 2023) == 2025
    p = stated_period("青川市“十四五”林业发展规划（依据《青川县林地保护利用规划（2020—2030年）》）", None)
    assert p is not None and (p.start, p.end) == (2021, 2025)


def test_a_five_year_plan_named_in_full_is_its_period() -> None:
    p = stated_period("中共青川区委关于制定青川区国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议", None)
    assert p is not None and (p.start, p.end) == (2021, 2025)
