"""A year's list of projects (民生实事, 实事项目), as a work report or a congress's vote gives it:
the sentence that introduces the list names it and gives the year its items are due. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from targetctl.domain.drafting.grammar import Named

_KIND = r"(?:重点)?(?:民生实事项目|实事项目|民生实事|民生工程|实事)"
_COUNT = r"(?:[一二三四五六七八九十两\d]+(?:个|件|项|类|大类)?(?:方面)?)?"
# 确定以下三类5个项目为2025年度某县政府民生实事项目：, 选出了10件2025年某县人民政府民生实事项目。
_NAMED = re.compile(
    rf"(?:确定|列为|作为|选定|选出|票决出?|表决通过)了?[^。：:]{{0,30}}?为?{_COUNT}"
    rf"(?P<x>(?P<y>20\d\d)年度?[^。：:，,]{{0,30}}?{_KIND})[:：。]?$"
)
# 2025年，县政府将集中力量办好以下民生实事：
_DO = re.compile(
    rf"^(?P<y>20\d\d)年度?[，,]?(?P<who>[^，,。：:]{{0,12}}?)(?:将|要)?(?:努力|集中力量|继续|全力)?"
    rf"(?:为民|为群众)?(?:办好|办实|实施)(?:以下|下列)?(?P<x>{_COUNT}{_KIND})[:：]$"
)


def list_intro(paras: Sequence[str]) -> tuple[str, int] | None:
    """The name and year of a list of projects, from the sentence that opens it (in the first
    few paragraphs): (2025年度某县政府民生实事项目, 2025)."""
    for para in paras[:3]:
        for sentence in re.findall(r"[^。！？!?：:]+[。！？!?：:]?", para.strip()):  # a list may run on after its colon
            named = _NAMED.search(sentence)
            if named:
                return named["x"], int(named["y"])
            done = _DO.match(sentence)
            if done:
                return f"{done['y']}年{done['who']}{done['x']}", int(done["y"])
    return None


# a lead that says in which year the list's work is done dates every item of it, as a clerk reads
# a notice of the year's 为民办实事: the items below carry no year of their own
LIST_YEAR = Named(
    "list-year",
    re.compile(
        rf"(?P<y>20\d\d)年度?[，,]?[^。；;：:，,]{{0,12}}?(?:将|要)?(?:继续|集中力量|全力|努力)?(?:为民|为群众)?"
        rf"(?:开展|办好|兴办|实施|推进)(?!了)[^。；;：:，,]{{0,14}}?{_KIND}"
    ),
    "the lead dates the year's list of projects: each item is due in that year",
    "区委、区政府决定2031年继续开展为民办实事工作",
)


def list_year(paras: Sequence[str]) -> int | None:
    """The year of a list of projects that its lead (in the first few paragraphs) dates:
    决定2031年继续开展为民办实事工作 → 2031."""
    for para in paras[:3]:
        m = LIST_YEAR.pattern.search(para)
        if m:
            return int(m["y"])
    return None
