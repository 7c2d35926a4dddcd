"""A stretch value after a growth rate (增长2.5%，力争3%) is the same indicator aimed higher
(drafting.stretch; our own sentences)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from tests.domain.test_drafting import traced_clean

PERIOD = (dt.date(2031, 1, 1), dt.date(2031, 12, 31))


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("全市林业总产值增长4.5%，力争5%。", [Decimal("4.5"), Decimal(5)]),
        ("地区生产总值增长6%左右，争取达到6.5%。", [Decimal(6), Decimal("6.5")]),
    ],
)
def test_a_stretch_after_a_growth_rate_is_a_growth_of_the_same_indicator(sentence: str, values: list[Decimal]) -> None:
    text = f"某市2031年工作要点\n一、主要指标\n{sentence}\n"
    d = extract(text, default_year=2031, period=PERIOD)
    made = [t for t in d.targets if t.numeric]
    assert [(t.kind, t.value) for t in made] == [("growth", v) for v in values]
    assert made[0].of == made[1].of and made[1].of
    assert made[1].quote.startswith(made[0].quote) and made[1].quote.endswith(sentence.split("，")[1].rstrip("。"))
    assert traced_clean(text, d)


def test_an_aim_after_a_count_or_standing_alone_stays_as_it_is() -> None:
    text = "某市2031年工作要点\n一、主要指标\n新增就业1万人，力争1.2万人。力争5%。\n"
    d = extract(text, default_year=2031, period=PERIOD)
    assert [t.kind for t in d.targets if t.numeric][:2] == ["quantity", "quantity"]


def test_a_stretch_written_twice_in_a_sentence_stretches_each_growth() -> None:
    text = "某市2031年工作要点\n一、主要指标\n工业投资增长9%，力争11%；出口总额增长7%，力争11%。\n"
    d = extract(text, default_year=2031, period=PERIOD)
    made = [t for t in d.targets if t.numeric]
    assert [(t.kind, t.value, t.of) for t in made][2:] == [
        ("growth", Decimal(7), "出口总额"),
        ("growth", Decimal(11), "出口总额"),
    ]
    assert made[3].quote == "出口总额增长7%，力争11%"
    assert traced_clean(text, d)


def test_a_stretch_after_a_range_keeps_no_bound_of_the_range() -> None:
    text = "某市2031年工作要点\n一、主要指标\n一般公共预算收入增长5%—6%，力争7%。\n"
    d = extract(text, default_year=2031, period=PERIOD)
    made = [t for t in d.targets if t.numeric]
    assert [(t.value, t.value_max, t.comparator) for t in made] == [
        (Decimal(5), Decimal(6), "between"),
        (Decimal(7), None, "exactly"),
    ]
    assert traced_clean(text, d)
