"""A bound written before the first value of a list is each value's (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.bounds import LEADING
from targetctl.domain.drafting.extract import extract


def _read(sentence: str) -> list[tuple[Decimal | None, str | None]]:
    d = extract("二、主要任务\n" + sentence + "\n", default_year=2026)
    return [(t.value, t.comparator) for t in d.targets if t.value is not None]


def test_the_rule_matches_its_own_example() -> None:
    between = LEADING.example.split("千兆")[1].split("百兆")[0]
    assert LEADING.pattern.fullmatch(between)


def test_a_leading_bound_is_each_values_in_the_list() -> None:
    assert _read("2026年底前，网络带宽达到千兆到乡镇、百兆到村。") == [
        (Decimal(1000), "at-least"),
        (Decimal(100), "at-least"),
    ]


def test_a_value_with_a_statement_of_its_own_keeps_its_comparator() -> None:
    read = _read("2026年底前，地区生产总值达到300亿元、增长6%。")
    assert read[0] == (Decimal(300), "at-least")
    assert (Decimal(6), "exactly") in read


def test_a_leading_bound_is_shared_across_a_pair_joined_by_he() -> None:
    assert _read("每年巡查不少于30座水库和200座山塘。") == [
        (Decimal(30), "at-least"),
        (Decimal(200), "at-least"),
    ]
