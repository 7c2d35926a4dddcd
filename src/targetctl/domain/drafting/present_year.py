"""The year an undated text speaks of as its present: a document with no title year, no date
and no dispatch number (a page that stores only its body) is read, as a clerk reads it, as
written in the first year it sets work for (2025年新增…, 2022全年…, 力争2023年…, 2024年底前),
else in the year it names most; its 全年 and 年底前 are that year's. Pure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from targetctl.domain.drafting.draft import DraftTarget
from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.periods import unquoted

FORWARD = (
    Named(
        "set-by-year",
        # not 到2025年: a horizon is often years ahead of the text's present
        # nor a year that dates the things worked on (2000年底前建成的小区: those built before it)
        re.compile(r"(?:争取|力争)(?P<y>20\d\d)年|(?P<y2>20\d\d)年(?:底|末)?前(?![^，,。；;\d]{0,8}?的)"),
        "a year the text sets work in (力争2023年, 2024年底前) is not before its present",
        "力争2031年底前建成社区食堂20个",
    ),
    Named(
        "opened-by-year",
        # a clause opened by its year (2025年新增…, 2022全年新增…), not by a past span or a start
        re.compile(
            r"(?:^|[，,。；;：:])\s*(?:计划|拟|力争|确保)?(?P<y>20\d\d)(?:年|全年)(?!以来|来|的|起|以前|前|度|底|末|[，,])"
        ),
        "a clause opened by its year (2025年新增…) sets that year's work",
        "一、扩大就业。2031年新增城镇就业岗位500个",
    ),
)
# the end of the present year, with no year written: not 每年年底 (a cadence), 上年底 or 去年末
THIS_YEAR = Named(
    "this-years-end",
    re.compile(r"(?<![\d年去上前])年(?:底|末)(?:之)?前|(?<![每\d])全年(?!平均|累计|实际)"),
    "in an undated text, 年底前 and 全年 with no year written are its present year's, as 今年 is",
    "确保全年新增规上企业30户，年底前完成投资80%",
)
_GLUED = re.compile(r"^\s*\d{1,3}[.．、](?=20\d\d年)")
# a horizon (到2025年, 有效期至2025年) is no present
_NAMED = re.compile(r"(?<![\d.到至])(20\d\d)(?=年|全年)")


def present_year(paras: list[str]) -> tuple[int, str] | None:
    """The year an undated text is written in, and a note that it is inferred; None if it names
    no year."""
    # a list number glued to the year that opens its item (20.2025年新增…) is no decimal point
    text = unquoted("\n".join(_GLUED.sub("", p) for p in paras))
    forward = [int(m["y"] or m.groupdict().get("y2") or 0) for rule in FORWARD for m in rule.pattern.finditer(text)]
    if forward:
        year = min(forward)
        return year, f"the text is undated: the period starts in {year}, the first year it sets work due in: check it"
    named = Counter(int(y) for y in _NAMED.findall(text))
    if not named:
        return None
    year = max(named, key=lambda y: (named[y], y))
    return year, f"the text is undated: the period is {year}, the year it names most: check it"


# the year an undated text sets most of its goals for (到2025年… clause after clause): a later
# year one clause names (2027年…均建成) is that clause's own, not the horizon of its standing quotas
GOAL_HORIZON = Named(
    "most-named-horizon",
    re.compile(r"(?<![\d.])(20\d\d)\s*年(?!以来|来|以前|以后|度|起|开始)"),
    "an undated text's standing quotas (每年新增…) are due at the year it sets most of its goals for",
    "到2033年，社区养老服务站覆盖率达到90%以上",
)


def goal_horizon(paras: list[str], present: int) -> int | None:
    """The year after `present` that an undated text names most, if it names it at least three
    times and twice as often as any other."""
    named = Counter(y for y in map(int, GOAL_HORIZON.pattern.findall(unquoted("\n".join(paras)))) if y > present)
    top = named.most_common(2)
    if not top or top[0][1] < 3 or (len(top) > 1 and top[1][1] * 2 > top[0][1]):
        return None
    return top[0][0]


def this_year(targets: Sequence[DraftTarget], year: int, paras: list[str]) -> None:
    """Due in `year`, the present of an undated text, each target with no year of its own whose
    clause says 全年 or 年底前: a span reaching into the next year (今冬明春) does not move it. The
    other numeric targets with no year are due at the text's goal horizon, where it has one."""
    horizon = goal_horizon(paras, year)
    for t in targets:
        if t.due is None and not t.open_ended and THIS_YEAR.pattern.search(t.quote):
            t.due = dt.date(year, 12, 31)
        elif horizon and t.due is None and not t.open_ended and t.numeric and t.kind != "principle":
            t.due = dt.date(horizon, 12, 31)
            t.review = (
                t.review or f"no year of its own: due in {horizon}, the year the text sets most goals for: check it"
            )
