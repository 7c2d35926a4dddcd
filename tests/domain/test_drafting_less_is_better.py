"""A use or an emission that reaches its standard reaches it from above: 达到 bounds it at most, as it
bounds a share or an output at least (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("改造后机组供电煤耗达到290克标准煤/千瓦时。", "at-most"),
        ("到2027年，城区PM2.5平均浓度达到30微克/立方米。", "at-most"),
        ("到2027年，全社会用电量达到85亿千瓦时。", "at-least"),  # electricity used in all grows with the economy
        ("到2027年，全县森林覆盖率达到48%。", "at-least"),
        ("全年粮食总产量达到42万吨。", "at-least"),
    ],
)
def test_reaching_a_level_is_bounded_by_what_is_better(text: str, comparator: str) -> None:
    made = [t for t in extract(text, default_year=2030).targets if t.numeric]
    assert [t.comparator for t in made] == [comparator]
    assert made[0].value is not None and made[0].value > Decimal(0)
