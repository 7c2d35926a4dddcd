"""Bandwidth to a place (千兆到户) is a number; a network named by it is not (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.bandwidth import BANDWIDTH, bandwidths
from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.quantities import find_numbers


def test_the_rule_matches_its_own_example() -> None:
    assert BANDWIDTH.pattern.search(BANDWIDTH.example)


def test_bandwidths_before_a_place_in_numerals_and_digits() -> None:
    assert [(v, c) for v, _, _, c in bandwidths("实现万兆到园区、千兆到村、500兆进户")] == [
        (Decimal(10000), True),
        (Decimal(1000), True),
        (Decimal(500), False),
    ]


def test_a_network_or_a_slogan_named_by_its_bandwidth_is_no_number() -> None:
    assert find_numbers("加快千兆光网建设，提升千兆宽带用户占比") == []
    assert find_numbers("开展“千兆到户”示范行动") == []


def test_a_bandwidth_is_drafted_as_a_target() -> None:
    d = extract("二、主要任务\n2025年底前，实现300兆进村。\n", default_year=2025)
    assert [(t.value, t.unit) for t in d.targets if t.value is not None] == [(Decimal(300), "兆")]
