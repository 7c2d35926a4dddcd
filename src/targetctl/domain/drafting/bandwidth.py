"""Network bandwidth as plans write it: 千兆到户, 万兆到园区, 100兆进村. The number before 兆
(megabits a second) is the bandwidth to bring to the place after 到/进/入; with no place after
it (千兆宽带, 千兆光网), or in quotation marks (‘千兆到户’ as a slogan), it names a kind of network
or a campaign and is no number. Pure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from targetctl.domain.drafting.grammar import Named

BANDWIDTH = Named(
    "bandwidth to a place",
    re.compile(r"(?<![‘“\"'])(?P<n>(?<!\d)\d+(?:\.\d+)?|[一二两三四五六七八九]?[十百千万])兆(?:比特|bps)?(?=到|进|入)"),
    "N兆 before 到/进/入 a place is the bandwidth to bring there, a level to reach",
    "实现千兆到村、百兆到户",
)
_PLACES = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def bandwidths(flat: str) -> list[tuple[Decimal, int, int, bool]]:
    """(megabits a second, start, end, written in Chinese numerals) of each bandwidth in `flat`."""
    out: list[tuple[Decimal, int, int, bool]] = []
    for m in BANDWIDTH.pattern.finditer(flat):
        n = m["n"]
        if n[0].isdigit():
            out.append((Decimal(n), m.start(), m.end(), False))
        else:
            value = _DIGITS.get(n[0], 1) * _PLACES[n[-1]]
            out.append((Decimal(value), m.start(), m.end(), True))
    return out
