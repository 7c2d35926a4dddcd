"""万 standing alone before a measure word and a bound (开展万场以上活动, 企业达到万家以上): ten thousand
of them, drafted as 1 with the unit 万场. Only with the bound: without it 万 starts a word (万家灯火)
or a phrase (上万人, 数万场); after a count it sizes what is counted (50个万亩以上园区). And 万亿,
千亿, 百亿 alone after a bound (规模超万亿元, 突破千亿元): that amount of 元. A rule as
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


LONE_MONEY = Named(
    "lone-money-magnitude",
    # after a bound (超, 突破, 迈上), a magnitude alone that ends its clause (or names the step, 迈上万亿
    # 台阶) is the level passed (not 迈上百亿台阶的企业, a class); 千亿级产业
    # and 营收过百亿元企业 name a class
    # (产值超千亿 with its unit left unwritten, as work reports say it); after a count (两个超千亿，三个超百亿的
    # 产业集群) it sizes what is counted, a class
    re.compile(
        r"(?<=超|过|破|达|上|越|逾)(?<![个家座条项][超过破达上越逾])(?<![个家座条项]超过)"
        r"(?P<mag>万亿|千亿|百亿)(?P<unit>元)?(?:(?=$|[，,。；;）)]|以上|左右)|的?(?:台阶|大关)(?!的))"
    ),
    "a magnitude alone after a bound (规模超万亿元, 突破千亿元) is that amount: one 万亿, a thousand 亿",
    "带动数字经济核心产业规模突破千亿元",
)
_MAGNITUDE = {"万亿": (Decimal(1), "万亿"), "千亿": (Decimal(1000), "亿"), "百亿": (Decimal(100), "亿")}


def lone_magnitudes(flat: str) -> list[tuple[Decimal, str, str, int, int]]:
    """(value, unit, suffix, start, end) of each lone 万 in `flat`, and each magnitude alone after a
    bound (超万亿元)."""
    out = [(Decimal(1), "万" + m["unit"], m["suffix"], m.start(), m.end()) for m in LONE_WAN.pattern.finditer(flat)]
    for m in LONE_MONEY.pattern.finditer(flat):
        value, scale = _MAGNITUDE[m["mag"]]
        out.append((value, scale + (m["unit"] or ""), "", m.start(), m.end()))
    return sorted(out, key=lambda n: n[3])


__all__ = ["LONE_MONEY", "LONE_WAN", "lone_magnitudes"]
