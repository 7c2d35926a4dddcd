"""The indicators a clause lists before one growth rate share it (our own clauses)."""

from __future__ import annotations

import pytest

from targetctl.domain.drafting.respective import indicator_list


@pytest.mark.parametrize(
    ("clause", "listed"),
    [
        ("外贸进出口总额、民间投资增长3%左右", ["外贸进出口总额", "民间投资"]),
        ("一般公共预算收入、规上工业增加值增长6%", ["一般公共预算收入", "规上工业增加值"]),
        ("城乡居民收入、农业总产值年均增长5%", ["城乡居民收入", "农业总产值"]),
    ],
)
def test_a_list_of_indicators_before_one_rate_is_read(clause: str, listed: list[str]) -> None:
    assert indicator_list(clause) == listed


@pytest.mark.parametrize(
    "clause",
    [
        "地区生产总值增长5%",  # one indicator: no list
        "推动高新区、经开区营业收入增长10%",  # an action: the places are not indicators
        "新建学校、医院各3所",  # no growth rate
    ],
)
def test_a_clause_that_is_no_such_list_gives_none(clause: str) -> None:
    assert indicator_list(clause) == []
