"""超 before a count (参加超120个展会) is 'more than' that many things; before an amount it still
names a kind of thing (超十亿元企业). Our own sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract


def _numeric(sentence: str) -> list[tuple[Decimal | None, str | None]]:
    d = extract(f"某县工作方案\n一、重点任务。{sentence}", default_year=2031)
    return [(t.value, t.comparator) for t in d.targets if t.numeric]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("支持企业参加超120个境外展会。", 120),
        ("组织超60家企业参加进口博览会。", 60),
    ],
)
def test_more_than_a_count_of_things(sentence: str, value: int) -> None:
    assert _numeric(sentence) == [(Decimal(value), "more-than")]


def test_more_than_an_amount_still_names_a_kind() -> None:
    assert _numeric("支持超十亿元企业扩大产能。") == []
