"""Levels written without a unit after the number: a scale (产业规模达到千亿级) and a rank (稳居
全国前三). Each is a level to reach: a scale of N亿 at least, a place no lower than the Nth. A
scale that names a kind of thing (千亿级产业集群, 百亿级企业) is no level; nor is a rank already
held in a past statement, which the clause rules exclude as any past result. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.numbers import parse_number

SCALE = Named(
    "scale to reach",
    re.compile(
        r"(?<=达到|迈上|迈入|突破|超过|跨越|迈向|跃上|晋级)"
        r"(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九]?[十百千]?)(?P<mag>万亿|亿|万)级(?![\u4e00-\u9fff])"
    ),
    "a scale reached (达到N亿级) with no noun after it is a level: N亿 at least",
    "全市软件业规模迈上千亿级，",
)
RANK = Named(
    "rank to hold",
    re.compile(
        r"(?<=稳居|位居|保持|进入|跻身|位列|居于|排名|排在|持在)(?:全球|全国|全省|全市|全区|世界|国内|省内|同行业|行业)?"
        r"前(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名|强)?(?![\u4e00-\u9fff])"
    ),
    "a place to hold among others (稳居全国前三) is a rank no lower than the Nth",
    "装备产量稳居全国前五",
)


@dataclass(frozen=True)
class Level:
    value: Decimal
    unit: str
    bound: str  # the comparator's suffix word: a rank of the Nth or better is 以内
    start: int
    end: int
    chinese: bool


def levels(flat: str) -> list[Level]:
    """The scales and ranks in `flat`, in order."""
    out: list[Level] = []
    for m in SCALE.pattern.finditer(flat):
        n = m["n"] or "一"
        value = parse_number(n) if n not in ("十", "百", "千") else parse_number("一" + n)
        out.append(Level(value, m["mag"] + "元", "", m.start(), m.end(), not n[0].isdigit()))
    for m in RANK.pattern.finditer(flat):
        out.append(Level(parse_number(m["n"]), "位", "以内", m.start("n") - 1, m.end(), not m["n"][0].isdigit()))
    return sorted(out, key=lambda v: v.start)
