"""Runs of the past, bounded by the document's sections.

A paragraph opened by 过去N年, 五年来, …以来, 成立N年来 or 上一个五年 reports results, and so do
the paragraphs after it, but only inside its own section: the run ends at the next heading at
the level of the section it stands in, or higher. A run in the preamble (before any heading)
ends at the first top-level heading. A heading that reports a result (产业转型步伐加快) keeps a
run open only below those bounds. A preamble about the coming period (“十四五”时期是…) opens no
run at all. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from targetctl.domain.drafting.periods import FIVE_YEAR, five_year
from targetctl.domain.drafting.task_headings import task_object

_N = r"[一二三四五六七八九十两几\d]+"
# openers of a run of the past that the sentence rules did not know: since the body was founded,
# the last five-year period
RUN_OPENERS = rf"^(?:[^，。；]{{0,20}}?成立(?:以来|{_N}(?:周)?年(?:来|以来))|(?:在)?上一个{_N}年|过去的?{_N}年)"
TOP_FAMILIES = ("chapter", "cn")


# a time looked back from (五年来, 近年来, 成立以来), never a verb's complement (强起来, 带来, 未来)
_SINCE = re.compile(r"(?<![起出下上回进])来$")
_NOT_SINCE = re.compile(r"将来|未来|带来|原来|以来自")


def looks_back(lead: str, anywhere: bool = False) -> bool:
    """Whether a paragraph's (or a sentence's) first clause looks back from a time: it ends in
    以来 or …来, or (`anywhere`) says 以来 anywhere."""
    since = (anywhere and "以来" in lead) or _SINCE.search(lead) is not None  # …以来 ends in 来 too
    return since and _NOT_SINCE.search(lead) is None


def opens_run(text: str) -> bool:
    return re.match(RUN_OPENERS, text) is not None


def run_ends(run_depth: int, heading_depth: int, family: str, result_like: bool) -> bool:
    """Whether a heading ends a run of the past opened by a paragraph.

    `run_depth` is how many headings were open when the run began (its paragraph stands in the
    section of the innermost), `heading_depth` the depth the new heading takes."""
    if heading_depth < run_depth:
        return True  # a heading at the level of the run's section, or higher
    if run_depth == 0 and family in TOP_FAMILIES:
        return True  # the preamble is over
    return not result_like


# a heading that reports results and then sets the goals (“十四五”时期发展成就和“十五五”时期主要目标任务):
# its section is no review as a whole, its paragraphs say which part they are
MIXED_HEADING = re.compile(r"(?:和|及|与|以及)[^和及与]{0,16}?(?:目标|任务|安排|展望|打算|思路)")


def mixed_heading(title: str) -> bool:
    return MIXED_HEADING.search(title) is not None


# a heading led by a verb that asks for results (加快释放…成效, 巩固提升…成效): the task, not a review
_ASKS = re.compile(
    r"^(?:加快|推动|推进|着力|持续|全面|进一步|大力|巩固|扩大|提升|释放|深化|放大|增强|力争|确保)"
    r"[^回顾总结取得过去]*(?:成效|成绩|成就)"
)
_REVIEW_ONLY = re.compile(r"回顾|总结|取得|过去|基本情况|现状|进展情况|完成情况|执行情况|发展基础|形势")


# a heading that sets where new results are to be made (…，在…上取得新成效): the task, not a review
_NEW_RESULTS_IN = re.compile(r"在[^，。；]{2,24}?上(?:取得|实现|展现|开创|迈出|创造|作出)新")


def asks_for_results(title: str) -> bool:
    if task_object(title):
        return True  # 夯实…发展基础: the base is to lay
    if _NEW_RESULTS_IN.search(title) and not re.search(r"回顾|总结|过去", title):
        return True
    return _ASKS.match(title) is not None and _REVIEW_ONLY.search(title) is None


def five_year_opener(text: str, plan_year: int | None) -> bool | None:
    """A paragraph opened by a five-year plan's name (“十四五”时期, “十四五”以来): True when that
    period ended before the plan's year (the past), False when it is the plan's own or a later
    one (context for what comes), None when the paragraph opens with no such name."""
    m = re.match(r"^(?:在|回顾)?" + FIVE_YEAR.pattern + r"(?:时期|期间|以来|规划实施以来|规划实施期间)", text)
    if m is None or plan_year is None:
        return None
    return five_year(m["n"])[1] < plan_year


def horizon(text: str, plan_year: int | None) -> int | None:
    """The last year of a later five-year plan whose name opens a paragraph (“十五五”时期是…): the
    paragraphs after it in its section look that far ahead."""
    m = re.match(r"^(?:在|展望)?" + FIVE_YEAR.pattern + r"(?:时期|期间)", text)
    if m is None or plan_year is None:
        return None
    end = five_year(m["n"])[1]
    return end if end > plan_year else None


# a clause that turns from a run of the past to this year's plan: …累计建成800万亩，今年新建100万亩
_TURNS = re.compile(
    r"^(?:今年|明年|下一步|下阶段)(?!以来|上半年|前|[一二三四五六七八九十\d]+月)[，,]?[^。；]{0,12}?"
    r"(?:计划|将|力争|确保|争取|(?<![主重需])要|拟|新建|新增|建成|完成|实现|培育|引进|推进|实施|开工|改造)"
)


def turns_to_plan(clause: str) -> bool:
    return _TURNS.match(clause) is not None


# a heading that describes the years behind without naming a review (砥砺奋进的五年, 极不平凡的2025年,
# “十四五”圆满收官, 全面完成“十四五”目标任务); one about the years ahead (今后五年, 新的五年) is not
_BEHIND = re.compile(
    r"的(?:[一二三四五两]|\d)年$|的(?P<y>20\d\d)年$|(?P<n>十[一二三四五])五”?[^，。]{0,4}(?:圆满收官|胜利收官|收官|圆满完成|胜利完成)|"
    r"(?:全面|圆满|胜利)完成“?(?P<m>十[一二三四五])五”?"
)
_AHEAD = re.compile(r"今后|未来|新的|开局|开好局|起好步|展望")


def behind_title(title: str, plan_year: int | None) -> bool:
    m = _BEHIND.search(title)
    if m is None or plan_year is None or _AHEAD.search(title):
        return False
    if m["y"]:
        return int(m["y"]) < plan_year
    five = m["n"] or m["m"]
    return five is None or five_year(five)[1] < plan_year


# the words of classify.PAST_WEAK that name a past time or state, not only a running total
_PAST_TIME = re.compile(
    r"同比|比上年|较上年|比去年|较去年|上年(?!基础上)|去年(?!基础上)|上半年|前三季度|一季度|截至|截止|(?<!项)目前|现有(?![^，。；\d]{0,12}?(?:建设|改造|改建|新建|打造|建成))|共有"
)


def cumulative_ahead(text: str) -> bool:
    """Whether 累计 is the clause's only word of the past: in a section of the year's work, a
    running total to reach (参股基金规模累计达60亿元), not a result."""
    return "累计" in text and _PAST_TIME.search(text) is None


# 新增充电桩500个，累计建成2000个: the total beside the addition is what the addition brings it to
_ADDED_THEN_TOTAL = re.compile(r"(?:新增|新建|新培育|新认定|新开工|新招引)[^，。；;]{0,16}?\d[^。；;]*?累计")
_DONE = re.compile(r"了|已|以来|[一二三四五十\d]年来|近[一二三四五两几\d]+年|过去")


# a task as a plan words it, opened by its directive (加快…, 持续推进…), after any list marker
_DIRECTIVE = re.compile(
    r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、．.]?)?(?:加快|持续|深入|全面|大力|积极)?(?:推进|推动|实施|加快|加强|完善)"
)


# asked once for each clause of a sentence, of the whole sentence: kept so a long one is read once
@lru_cache(maxsize=16)
def paired_total(sentence: str) -> bool:
    """Whether a sentence's 累计 is the running total a task of a plan reaches, not a result: its
    own addition stands before it (新增…，累计…) or a directive opens the sentence (加快…建设，累计覆盖…),
    and no past time or past tense is named."""
    return (
        (_ADDED_THEN_TOTAL.search(sentence) is not None or _DIRECTIVE.match(sentence) is not None)
        and _PAST_TIME.search(sentence) is None
        and _DONE.search(sentence) is None
    )


def ends_review(level: int | None, families: list[str], family: str) -> bool:
    """Whether a numbered paragraph of `family` (not read as a heading: it runs on into its first
    sentence) ends the review headed at depth `level`: it stands at that heading's rank or higher."""
    return level is not None and level >= 0 and family in families and families.index(family) <= level


# the paragraph a work report's plan opens with: the year's general requirement or its main
# expected targets (做好今年政府工作的总体要求是, 综合考虑，今年…主要预期目标是)
_YEARS_PLAN = re.compile(
    r"^(?:综合考虑[^，。；]{0,30}[，,])?(?:做好)?(?:(今年|明年)|(20\d\d)年)[^，。；：]{0,24}?"
    r"(?:主要预期目标|主要目标|总体要求)(?:是|为)"
)


def opens_years_plan(paragraph: str, plan_year: int | None, reviewed: int | None = None) -> bool:
    """Whether `paragraph` states the coming year's requirement or targets: the plan has begun,
    whether or not the heading before it (二、2026年工作安排) survived in the text. A year named
    is never the `reviewed` one's or earlier: a review quotes the targets it set out with."""
    m = _YEARS_PLAN.match(paragraph)
    if m is None:
        return False
    year = int(m.group(2)) if m.group(2) else None
    return year is None or (plan_year is not None and year >= plan_year and (reviewed is None or year > reviewed))
