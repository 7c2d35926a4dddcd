"""What the tests of the tables of numbers that are not targets share (rule_terms, benefit_terms,
grant_terms): a plan's numeric values as drafted, and the check that a rule covers a number of
its own example sentence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from targetctl.domain.drafting.extract import extract, find_numbers
from targetctl.domain.drafting.grammar import Rule
from targetctl.domain.drafting.quantities import Number
from targetctl.domain.drafting.screening import Screen

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))

Screener = Callable[[str, Sequence[Number], bool], tuple[list[Number], Rule | None]]


def drafted(text: str) -> list[Decimal | None]:
    """The values of the numeric targets `draft` makes of `text`, read in 2026."""
    d = extract(text, default_year=2026, period=PERIOD)
    return [t.value for t in d.targets if t.numeric]


def covers_its_example(rule: Screen, screen: Screener) -> None:
    """`rule` is the first of its table to cover a number of its own example, and says why."""
    numbers = find_numbers(rule.example)
    kept, hit = screen(rule.example, numbers, rule.book)
    assert len(kept) < len(numbers), rule.name
    assert hit is rule
    assert rule.reason and rule.name
