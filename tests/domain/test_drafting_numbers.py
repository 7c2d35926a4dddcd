"""Numbers as plans write them: Arabic, full-width, Chinese numerals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from targetctl.domain.drafting.extract import extract, find_numbers
from targetctl.domain.drafting.numbers import half_width, number_text, parse_number

_DIGITS = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """n (1..99999999) the way a plan writes it: 一万二千三百零五, 十五, 两千 is also accepted."""
    if n == 0:
        return "零"
    out = ""
    high, low = divmod(n, 10_000)
    if high:
        out += _below_10k(high) + "万"
        if low and low < 1000:
            out += "零"
    if low:
        out += _below_10k(low, leading=not high)
    return out


def _below_10k(n: int, leading: bool = True) -> str:
    out, zero = "", False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            if zero and out:
                out += "零"
            out += ("" if (value == 10 and d == 1 and not out and leading) else _DIGITS[d]) + name
            zero = False
        elif out:
            zero = True
    return out


@settings(deadline=None)  # the first example imports cn2an (a quarter of a second)
@given(st.integers(min_value=0, max_value=99_999_999))
def test_chinese_numerals_round_trip(n: int) -> None:
    assert parse_number(chinese(n)) == n


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_arabic_and_full_width_numbers_round_trip(value: Decimal) -> None:
    text = number_text(value)
    assert parse_number(text) == value
    full = text.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
    assert parse_number(full) == value and half_width(full) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [("两千", 2000), ("一百二十", 120), ("十五", 15), ("三点五", Decimal("3.5")), ("一万二千", 12000), ("1,200", 1200)],
)
def test_numbers_written_in_words(text: str, value: Decimal) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"), [("百", 100), ("千", 1000), ("二〇二五", 2025), ("一点零五", Decimal("1.05"))]
)
def test_numerals_cn2an_reads(text: str, value: Decimal) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "十四五", "abc", "一二三万x", "点五", "1.2.3", "三点", "万"])
def test_not_numbers(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


@given(
    st.integers(min_value=1, max_value=9999),
    st.sampled_from(["万", "亿", ""]),
    st.sampled_from(["户", "元", "美元", "人"]),
)
def test_magnitude_stays_in_the_unit(n: int, magnitude: str, unit: str) -> None:
    found = find_numbers(f"新增{n}{magnitude}{unit}")
    assert [(f.value, f.unit) for f in found] == [(Decimal(n), magnitude + unit)]


@pytest.mark.parametrize(
    ("clause", "value", "unit"),
    [("安排资金1200余万元", Decimal(1200), "万元"), ("引进社会资本十多亿元", Decimal(10), "亿元")],
)
def test_more_than_before_the_magnitude(clause: str, value: Decimal, unit: str) -> None:
    # 余/多 between the number and its magnitude says 'more than', as after it (1000余公里)
    (n,) = find_numbers(clause)
    assert (n.value, n.unit, n.suffix) == (value, unit, "余" if "余" in clause else "多")


def test_years_ordinals_and_slogans_are_not_numbers() -> None:
    assert find_numbers("到2025年第三次“四个意识”") == []
    assert [(f.value, f.unit, f.percent) for f in find_numbers("增长百分之八")] == [(Decimal(8), "%", True)]
    found = find_numbers("以1000亩-2000亩左右为单元")
    assert [(f.value, f.value_max, f.unit, f.suffix) for f in found] == [(Decimal(1000), Decimal(2000), "亩", "左右")]


@pytest.mark.parametrize("dash", ["-", "\u2010", "\u2011", "\u2012", "\u2212", "－"])
def test_a_range_is_read_whatever_hyphen_or_dash_joins_it(dash: str) -> None:
    drafted = extract(f"全年地区生产总值增长6{dash}6.5%。", default_year=2026)
    assert [(t.value, t.comparator) for t in drafted.targets if t.numeric] == [(Decimal(6), "between")]


@pytest.mark.parametrize(
    ("clause", "value", "unit"),
    [
        ("完成投资3千多万元", Decimal(3), "千万元"),  # not 千多万元 read alone as 1000万元
        ("地区生产总值达到十多万亿元", Decimal(10), "万亿元"),
        ("交易额突破2万余亿元", Decimal(2), "万亿元"),
        ("年内培训3千余人", Decimal(3), "千人"),  # not 千余人 read alone as 1000人
    ],
)
def test_more_than_before_a_compound_magnitude(clause: str, value: Decimal, unit: str) -> None:
    (n,) = find_numbers(clause)
    assert (n.value, n.unit, n.suffix) == (value, unit, "余" if "余" in clause else "多")


def test_more_than_a_hundred_ten_thousands_is_no_idiom_of_many() -> None:
    # 百余万人 is more than a million people, not an idiom like 千家万户
    draft = extract("某市稳就业行动方案\n到2025年，全市新增城镇就业百余万人。", default_year=2024)
    assert [(t.value, t.unit, t.comparator) for t in draft.targets] == [(Decimal(100), "万人", "more-than")]
