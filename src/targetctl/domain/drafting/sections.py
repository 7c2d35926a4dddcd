"""Where a section turns from a longer horizon to the year of issue, as data.

A work report often puts the five years' goals and the year's work under one heading
(“十五五”时期目标任务和2026年工作安排). The heading states the five-year period, so the section
is due at its end; a paragraph that turns to this year (今年是…开局之年, 2026年经济社会发展的
主要预期目标是) dates itself, the rest of its section and the sub-sections below to the year
of issue, as a clerk reads it. Each rule has a name, what it matches at a paragraph's start,
why, and a sentence of our own (tests/domain/test_drafting_year_turn.py checks every one). Pure.
"""

from __future__ import annotations

import re

from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.periods import five_year

Turn = Named


# 今年 but not a part of the year gone by (今年以来, 今年上半年, 今年1—11月, 今年前三季度)
_MONTHS = r"[一二三四五六七八九十\d]+(?:[—\-－~～至到]+[一二三四五六七八九十\d]+)?月"
_THIS_YEAR = rf"今年(?!以来|上半年|前|{_MONTHS}|[一二三四]季度)"

YEAR_TURNS: tuple[Turn, ...] = (
    Turn(
        "this-year-opens",
        re.compile(rf"^{_THIS_YEAR}(?=[\u4e00-\u9fff，,“])"),
        "a paragraph opened by 今年 speaks of the year of issue: it and what follows in its section are this year's",
        "今年是“十五五”开局之年，做好政府工作意义重大。",
    ),
    Turn(
        "year-of-issue-opens",
        re.compile(r"^(?P<y>20\d\d)年(?:是|的|，|,|经济社会发展|政府工作|全[省市区县国州盟旗])"),
        "a paragraph opened by the year of issue (2026年是…, 2026年经济社会发展的主要预期目标是) turns to that year",
        "2026年是全面实施新一轮规划的开局之年。",
    ),
)


def turns_to_year(paragraph: str, plan_year: int | None) -> bool:
    """Whether `paragraph` opens by turning to the year of issue `plan_year`."""
    if plan_year is None:
        return False
    for rule in YEAR_TURNS:
        m = rule.pattern.match(paragraph)
        if m and ("y" not in m.groupdict() or int(m["y"]) == plan_year):
            return True
    return False


# a paragraph that presents the coming plan's outline (组织编制了“十五五”规划纲要（草案）…提出…)
# sets the goals: in a section that reviews the last five years first, the review ends there
OUTLINE = Turn(
    "outline-presented",
    re.compile(r"(?:编制|提请|提交|形成)了?[^。；]{0,8}?“?(?P<n>十[四五六七])五”?规划纲要"),
    "the report presents the coming five-year plan's outline: its goals follow, not past results",
    "市政府组织编制了“十五五”规划纲要（草案），提请大会审议。",
)


def presents_outline(paragraph: str, plan_year: int | None) -> bool:
    """Whether `paragraph` presents the outline of a five-year plan that ends after `plan_year`."""
    m = OUTLINE.pattern.search(paragraph)
    return bool(m and plan_year and five_year(m["n"])[1] > plan_year)


# an amount raised or invested for the programme a clause names (筹措7亿元实施…工程, 投资6000万元实施…
# 工程): the programme's target
FUNDED = re.compile(r"^(?:筹措|安排|投入|投资|统筹|落实|争取)[^，。；]{0,6}?\d[\d.]*(?:万|亿)?元$")
