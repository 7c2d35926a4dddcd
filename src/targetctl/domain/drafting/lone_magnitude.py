"""万 standing alone before a measure word and a bound (开展万场以上活动, 企业达到万家以上): ten thousand
of them, drafted as 1 with the unit 万场. Only with the bound: without it 万 starts a word (万家灯火)
or a phrase (上万人, 数万场); after a count it sizes what is counted (50个万亩以上园区). A rule as
data (grammar.Named), with its reason and a sentence of our own
(tests/domain/test_drafting_lone_magnitude.py). Pure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from targetctl.domain.drafting.grammar import Named

LONE_WAN = Named(
    "lone-wan",
    re.compile(
        r"(?<![\d.一二三四五六七八九十百千万亿两几数上成近逾个座家])万"
        r"(?P<unit>场|家|人次|人|户|名|个|次|所|套|件|项)(?P<suffix>以上|左右)"
    ),
    "万 alone before a measure word and a bound (万场以上) is ten thousand: one 万 of them",
    "每年举办万场以上惠民演出",
)


def lone_magnitudes(flat: str) -> list[tuple[Decimal, str, str, int, int]]:
    """(value, unit, suffix, start, end) of each lone 万 in `flat`."""
    return [(Decimal(1), "万" + m["unit"], m["suffix"], m.start(), m.end()) for m in LONE_WAN.pattern.finditer(flat)]


__all__ = ["LONE_WAN", "lone_magnitudes"]
