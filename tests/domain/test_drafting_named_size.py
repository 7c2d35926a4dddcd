"""The area of a named place given in brackets after its name (城东片区（3.25平方公里）) says
which place is meant, not an amount to reach (our own texts)."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.descriptors import RULES
from targetctl.domain.drafting.extract import extract


def test_the_rule_is_in_the_table() -> None:
    assert any(r.name == "size-of-named-place" for r in RULES)


def test_a_named_place_size_is_no_target_but_the_total_is() -> None:
    text = "一、工作目标\n到2027年，推进城东片区（3.25平方公里）、滨河新区（6.10平方公里）改造，新增绿地9.35公顷。"
    d = extract(text, default_year=2025)
    got = {t.value for t in d.targets if t.numeric}
    assert Decimal("9.35") in got
    assert not got & {Decimal("3.25"), Decimal("6.10")}
