"""A magnitude closing its clause with no unit written (产量120亿) is an amount (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.quantities import find_numbers


def test_a_magnitude_at_the_clause_end_is_read_and_marked_for_its_unit() -> None:
    read = [(n.value, n.unit, n.note) for n in find_numbers("全年蔬菜产量120亿，")]
    assert read == [(Decimal(120), "亿", "120亿 with no unit written: check the unit")]


def test_a_magnitude_inside_the_clause_is_not() -> None:
    assert find_numbers("120亿级项目集群加快建设") == []
    assert find_numbers("统筹120亿建设港区") == []
