from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from targetctl.domain.drafting.unit_cells import pair, split


def test_a_cell_with_its_own_unit_is_its_bound_value_and_unit() -> None:
    assert split(">90万千瓦") == (">90", "万千瓦")
    assert split("1000个以上") == ("1000以上", "个")
    assert split("约5亿元") == ("约5", "亿元")


def test_a_bare_number_a_percent_a_year_or_words_are_no_cell_with_a_unit() -> None:
    assert [split(c) for c in ("60", "60%", "2028年", "3个区县", "2026-2028年", "1000余个")] == [None] * 6


def test_a_rate_or_a_range_with_its_own_unit_is_one_value_and_unit() -> None:
    assert split("200万吨/年") == ("200", "万吨/年")
    assert split("≥5万立方米/日") == ("≥5", "万立方米/日")
    assert split("3-5个") == ("3-5", "个")
    assert split("5～8万千瓦") == ("5-8", "万千瓦")
    assert split(">3-5个") is None  # a bound before a range: no reading to trust


def test_two_measures_share_the_first_ones_bound() -> None:
    assert pair("≥10万千瓦/20万千瓦时") == ("≥10万千瓦", "≥20万千瓦时")
    assert split("≥10万千瓦/20万千瓦时") == ("≥10", "万千瓦")
    assert pair("10万千瓦/20万千瓦") is None  # one unit twice is no pair of measures
    assert pair(">90万千瓦") is None


@given(st.integers(min_value=1, max_value=99999), st.sampled_from(["个", "万千瓦", "亿元", "公里"]))
def test_any_count_with_a_unit_reads_back(n: int, unit: str) -> None:
    assert split(f">{n}{unit}") == (f">{n}", unit)
