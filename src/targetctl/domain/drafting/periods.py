"""Years and periods as a document states them, relative to the year it was issued.

The signing date (成文日期) and the dispatch number (〔2023〕8号) give the year of issue; a clause
gives its own due year (到2025年, 2025年底前, 2023—2025年, 今年, 年内, 明年), a five-year plan
name gives a period (十四五 = 2021–2025), and 今后五年 or 三年行动 count from the year of issue.
A clause's due is its own stated year, else its section's, else the plan's (`resolve_due`).
Pure.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from targetctl.domain.drafting.grammar import Named

# a zero is written 〇, or in many documents ○ (a white circle) or Ｏ
_CN_DIGIT = {
    "〇": 0,
    "○": 0,
    "Ｏ": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_ORDINAL = {"十一": 11, "十二": 12, "十三": 13, "十四": 14, "十五": 15, "十六": 16}
_COUNT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

# from the 3rd plan on (after 1963–65), the N-th runs from 1956 + 5(N-1): 十三五 2016–2020, 十四五 2021–2025
FIVE_YEAR = re.compile(r"“?(?P<n>十[一二三四五六])五”?")
# the same named in full: 国民经济和社会发展第十四个五年规划
_FIVE_YEAR_FULL = re.compile(r"第(?P<n>十[一二三四五六])个五年(?:规划|计划)")
_SIGNED = re.compile(
    r"(?P<y>\d{4}|[〇○Ｏ零一二三四五六七八九]{4})年(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})日[）)]?$"
)
_DISPATCH_YEAR = re.compile(r"[〔\[［【(（](?P<y>(?:19|20)\d\d)[〕\]］】)）]第?\d{1,4}号")
_TO = r"(?:-|－|—|–|～|~|至|到)+"
SPAN = re.compile(rf"(?P<a>20\d\d)\s*年?\s*{_TO}\s*(?P<b>20\d\d)\s*年")
# a span in brackets needs no 年 (规划（2020-2025）): brackets hold a title's years
_BRACKETED = re.compile(rf"[（(](?P<a>20\d\d)\s*{_TO}\s*(?P<b>20\d\d)[）)]")
# a two-year plan's years listed in brackets, with or without 年: （2025、2026）, （2025年和2026年）
_LISTED = re.compile(r"[（(](?P<a>20\d\d)\s*年?\s*[、，,和及与]\s*(?P<b>20\d\d)\s*年?[）)]")
_BY_YEAR = re.compile(r"(?:到|至|在|于|争取|力争)(?P<y>20\d\d)年(?:底|末|前|年底)?|(?P<y2>20\d\d)年(?:底前|前|底|末)")
_END_OF_FIVE_YEAR = re.compile(r"(?:到|至)?“?(?P<n>十[一二三四五六])五”?(?:末|期末|时期末)")
# a clause opened by a named five-year period, after at most the place that does the work
DURING_FIVE_YEAR = Named(
    "during-five-year-plan",
    re.compile(r"(?:[\u4e00-\u9fff]{1,8}?)?“?(?P<n>十[一二三四五六])五”?(?:时期|期间)"),
    "a clause opened by a named five-year period (某县“十五五”期间…) is due at that period's end",
    "某县“十五五”期间计划新增口袋公园12座",
)
_COMING = re.compile(r"(?:今后|未来)(?P<n>[一二三四五六七八九十两]|\d{1,2})年")
_WITHIN = re.compile(
    # 10年内 is ten years, never the 0 of it; 十年内 too
    r"(?:用|在)?(?<![\d一二三四五六七八九十两])(?P<n>[一二三四五六七八九十两]|\d{1,2})年(?:内|时间)"
    # an amount over the coming years (三年安排N亿元), not a yearly one (每年) nor the past (近三年)
    r"|(?<![每近去过前后这上])(?P<m>[一二三四五两]|\d)年(?:累计)?(?:安排|投入|筹集|统筹)(?=[^，。；]{0,4}\d)"
)
# a window counted from a person's own event (毕业五年内, 离校2年内, 取得证书一年内): whom a
# measure serves, not a span of the work counted from the year of issue
EVENT_WINDOW = Named(
    "window-from-event",
    re.compile(r"(?:毕业|离校|退役|入职|落户|取得[^，,。；;]{0,10}?)(?:后|之日起)?(?:[一二三四五两]|\d)年(?:以?内)"),
    "a window counted from a person's event (毕业五年内) names whom a measure serves, not a due year",
    "对毕业五年内的高校毕业生给予一次性补贴",
)
# how long a benefit lasts (三年内免租, 3年内按每户…扣减): a rule's term, not work due then
BENEFIT_TERM = Named(
    "benefit-term",
    re.compile(r"(?:[一二三四五两]|\d)年(?:以?内)(?=免|减|按|享受|给予|可)"),
    "how long a benefit lasts (三年内免租) is a rule's term, not a due year",
    "对引进的博士提供两年内免租公寓",
)
_ACTION = re.compile(r"(?P<n>[一二三四五两]|\d)年(?:行动|攻坚|计划)")


@dataclass(frozen=True)
class Period:
    start: int
    end: int
    how: str  # what in the text gave it, for a review mark


def five_year(n: str) -> tuple[int, int]:
    """十四五 → (2021, 2025)."""
    number = _CN_ORDINAL[n]
    start = 1956 + 5 * (number - 1)
    return start, start + 4


def _cn_int(text: str) -> int:
    if text.isdigit():
        return int(text)
    if all(ch in _CN_DIGIT for ch in text):
        return int("".join(str(_CN_DIGIT[ch]) for ch in text))
    if text.startswith("十"):
        return 10 + (_CN_DIGIT[text[1]] if len(text) > 1 else 0)
    if len(text) == 3 and text[1] == "十":
        return _CN_DIGIT[text[0]] * 10 + _CN_DIGIT[text[2]]
    if len(text) == 2 and text[1] == "十":
        return _CN_DIGIT[text[0]] * 10
    raise ValueError(text)


def signing_date(line: str) -> dt.date | None:
    """The date a line ends with, in Arabic or Chinese numerals (二〇二三年三月五日)."""
    m = _SIGNED.search(re.sub(r"\s+", "", line))
    if not m:
        return None
    try:
        return dt.date(_cn_int(m["y"]), _cn_int(m["m"]), _cn_int(m["d"]))
    except (ValueError, KeyError):
        return None


def dispatch_year(text: str) -> int | None:
    """The year in a dispatch number: 国发〔2018〕42号 → 2018."""
    m = _DISPATCH_YEAR.search(text)
    return int(m["y"]) if m else None


# the title of another document, quoted: its years are that document's, not the text's
_QUOTED = re.compile(r"《[^《》]*(?:《[^《》]*》[^《》]*)*》")


def unquoted(text: str) -> str:
    """`text` with the titles it quotes (《…》) left out."""
    return _QUOTED.sub("《》", text)


def year_span(text: str) -> re.Match[str] | None:
    """The first span of years `text` states, a then b: 2021—2025年, or a two-year plan's years
    listed in brackets, （2025、2026）."""
    span = SPAN.search(text) or _BRACKETED.search(text)
    if span and int(span["a"]) <= int(span["b"]):
        return span
    listed = _LISTED.search(text)
    return listed if listed and int(listed["b"]) == int(listed["a"]) + 1 else None


def stated_period(text: str, issued: int | None) -> Period | None:
    """A span of years stated in `text` (a title or a heading): 2021—2025年, 十四五, 今后五年, 三年行动.
    Years inside a quoted title (《…（2021—2035年）》) are another document's."""
    text = unquoted(text)
    span = year_span(text)
    if span and int(span["b"]) <= int(span["a"]) + 15:
        return Period(int(span["a"]), int(span["b"]), span.group())
    five = FIVE_YEAR.search(text) or _FIVE_YEAR_FULL.search(text)
    if five:
        a, b = five_year(five["n"])
        return Period(a, b, five.group())
    if issued is not None:
        coming = _COMING.search(text)
        if coming:
            return Period(issued, issued + _count(coming["n"]) - 1, coming.group())
        action = _ACTION.search(text)
        if action:
            return Period(issued, issued + _count(action["n"]) - 1, action.group())
    return None


# a stage of the work dated at its heading's end: 启动阶段（2025年）, 推进阶段（2026年1—12月）
_STAGE = re.compile(r"[（(](?P<y>20\d\d)年[^（）()]{0,10}[）)]?$")


def _stage(text: str, issued: int | None) -> Period | None:
    m = _STAGE.search(text)
    if m is None or (issued is not None and int(m["y"]) < issued):
        return None  # 发展基础（2023年）: a year before the plan's is a review's
    # a stage over two years (实施阶段（2024年4月－2025年6月）) ends in the later one
    last = max(int(y) for y in re.findall(r"20\d\d(?=年)", m.group()))
    return Period(int(m["y"]), last, m.group())


def heading_period(text: str, issued: int | None) -> Period | None:
    """The span a heading gives its section. Where it names two five-year plans (“十四五”时期发展成就和
    “十五五”时期主要目标任务) the later one; where it speaks of a plan's start (“十五五”开好局、起好步)
    only that plan's first year."""
    text = unquoted(text)
    fives = list(FIVE_YEAR.finditer(text))
    if not fives or SPAN.search(text):
        return stated_period(text, issued) or _stage(text, issued)
    last = fives[-1]
    a, b = five_year(last["n"])
    if re.search(r"开好局|开局|起好步|起步", text[last.end() :]):
        return Period(a, a, last.group())
    return Period(a, b, last.group())


def _count(n: str) -> int:
    return int(n) if n.isdigit() else _COUNT[n]


def due_year(clause: str, issued: int | None) -> int | None:
    """The year a clause sets for itself: 到2025年, 2025年底前, 2023—2025年, “十四五”末,
    今年/年内 (the year of issue), 明年 (the year after). Not a year inside a quoted title."""
    clause = unquoted(clause)
    by = _BY_YEAR.search(clause)
    if by:
        return int(by["y"] or by["y2"])
    span = SPAN.search(clause)
    if span and int(span["a"]) <= int(span["b"]):
        return int(span["b"])
    end = _END_OF_FIVE_YEAR.search(clause)
    if end:
        return five_year(end["n"])[1]
    during = DURING_FIVE_YEAR.pattern.match(clause)
    if during and issued is not None and five_year(during["n"])[1] >= issued:
        return five_year(during["n"])[1]  # “十五五”时期，新增…: the clause's own period, due at its end
    if issued is not None:
        clause = BENEFIT_TERM.pattern.sub("，", EVENT_WINDOW.pattern.sub("，", clause))
        within = _WITHIN.search(clause)
        if within:
            return issued + _count(within["n"] or within["m"]) - 1  # 三年内, 用两年时间: from the year of issue
        coming = _COMING.search(clause)
        if coming:
            return issued + _count(coming["n"]) - 1  # 今后五年…主要指标: the coming five years
        if re.search(r"明年|下一年", clause):
            return issued + 1
        if re.search(r"(?<!以)今年(?!以来)|年内|本年度", clause):
            return issued
    return None


def resolve_due(own: int | None, section: int | None, plan: int | None) -> int | None:
    """A clause's due: its own stated year, else its section's, else the plan's."""
    for year in (own, section, plan):
        if year is not None:
            return year
    return None


# a paragraph that opens on the year its goals are for (到2027年，… / 2027年的主要目标是：): the
# paragraphs after it in a section no heading dates are due then
_GOAL_OPENER = re.compile(
    # (after the goal's label: 近期目标：到2025年，)
    r"^(?:(?:[近中远]期|总体|主要|发展|阶段性?)目标[:：]\s*)?(?:(?:到|至)\s*(20\d\d)\s*年(?:底|末)?\s*[，,]|(20\d\d)\s*年的?(?:主要|发展|预期)?目标(?:任务)?(?:是|为)\s*[:：])"
)


# inside a paragraph (a PDF's lines run together), only the sentence that says whose goals follow
# (2025年的主要目标是：): a clause's 到2035年 is that clause's own year
_GOAL_SENTENCE = re.compile(
    r"(?<=[。！？；;])\s*(?:\d+[.．、]\s*)?()(20\d\d)\s*年的?(?:主要|发展|预期)?目标(?:任务)?(?:是|为)\s*[:：]"
)


def goal_year(text: str, plan_year: int | None) -> int | None:
    m = _GOAL_OPENER.match(text) or _GOAL_SENTENCE.search(text)
    if m is None:
        return None
    year = int(m[1] or m[2])
    return year if plan_year is None or year >= plan_year else None
