"""Fractions and halves read as percentages (三分之一, 2/3, 半数, 一半), with the bound written
after them (以上, 左右). Pure."""

from __future__ import annotations

import re
from decimal import Decimal

# fractions and halves, as percentages: 三分之一, 2/3, 半数, 一半
_CN_SMALL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
FRACTION = re.compile(
    r"(?P<cd>[一二三四五六七八九十])分之(?P<cn>[一二三四五六七八九])|(?<![\d./])(?P<an>\d)/(?P<ad>\d{1,2})(?![\d./])|"
    r"(?P<half>半数|一半)"
)


def fraction_percent(m: re.Match[str]) -> Decimal | None:
    """A fraction match as a percentage, to two places (三分之一 → 33.33); None when not a fraction."""
    if m["half"]:
        return Decimal(50)
    if m["cd"]:
        num, den = _CN_SMALL[m["cn"]], _CN_SMALL[m["cd"]]
    else:
        num, den = int(m["an"]), int(m["ad"])
    if den == 0 or num >= den:
        return None
    return (Decimal(100) * num / den).quantize(Decimal("0.01"))


def fractions(flat: str) -> list[tuple[Decimal, str, int, int]]:
    """Each fraction in `flat` as (percentage, suffix such as 以上, start, end)."""
    out = []
    for m in FRACTION.finditer(flat):
        share = fraction_percent(m)
        if share is None:
            continue
        tail = re.match(r"及以上|及以下|以上|以下|左右", flat[m.end() :])
        suffix = tail.group() if tail else ""
        out.append((share, suffix, m.start(), m.end() + len(suffix)))
    return out
