"""A section that sets the conditions an applicant meets, as a clerk reads it: 申报条件,
准入条件, 招聘条件, 基本条件. Under such a heading every number is a threshold a firm, a project
or a person must pass to be admitted or served (注册满N年, 投资强度达N万元/亩, 年龄不超过N周岁),
never what the government will achieve. The section runs to the next heading of its level or
higher, as any section does. Working on people's conditions (改善居住条件) is a task and is not
such a heading. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from targetctl.domain.drafting.grammar import Named

# heading markers, by level: 第N章, 一、, （一）, 1., （1）
_MARKERS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^第[一二三四五六七八九十百]+[章部篇]"),
    re.compile(r"^[一二三四五六七八九十]+、"),
    re.compile(r"^[(（][一二三四五六七八九十]+[)）]"),
    re.compile(r"^\d{1,2}[.．、](?!\d)"),
    re.compile(r"^[(（]\d{1,2}[)）]"),
)
# whose conditions: to apply, be admitted, hired or recognised; or the basic or specific ones
_ROLE = r"准入|申报|申请|招聘|招录|报名|报考|认定|享受|资格|基本|具体|入选|参评|入驻|入园|遴选"

HEADING = Named(
    "conditions-section",
    re.compile(
        r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.．、](?!\d))\s*"
        rf"(?![\u4e00-\u9fff]{{0,2}}(?:改善|优化|提升|创造|完善|改进|夯实|加强|具备))"
        # work on conditions, its verb a few words in (进一步改善基本办学条件); 具备 there is the
        # applicant's (申报单位应具备的基本条件)
        rf"(?![\u4e00-\u9fff]{{0,6}}?(?:改善|优化|提升|创造|完善|改进|夯实|加强))"
        rf"[\u4e00-\u9fff]{{0,8}}?(?:{_ROLE})[\u4e00-\u9fff和与及]{{0,4}}条件\s*$"
    ),
    "a line of a section that sets the conditions an applicant meets (申报条件, 准入条件): a threshold, not a target",
    "二、项目准入具体条件",
)


def _level(line: str) -> int | None:
    return next((i for i, m in enumerate(_MARKERS) if m.match(line)), None)


def condition_lines(lines: Sequence[str]) -> dict[int, str]:
    """The lines of each conditions section below its heading, by index, with the reason."""
    out: dict[int, str] = {}
    level: int | None = None  # the level of the conditions heading whose section is open
    for i, line in enumerate(lines):
        text = line.strip()
        here = _level(text)
        if level is not None and here is not None and here <= level:
            level = None  # the next heading of its level or higher closes the section
        if level is not None:
            if text:
                out[i] = HEADING.reason
        elif HEADING.pattern.match(text):
            level = _level(text)
    return out


# a condition opened by 对于/对 (not 对标, 对接, 对外 …) at a clause's start; not a task that does
# something to what 对 names (对全市老旧小区进行改造, 对…实施提升): the verb and its object close that
# clause; a verb with a number after it is the condition's own (对年内开展研发活动投入超过300万元，…的)
_OPENS_CONDITION = re.compile(
    r"^(?:对于|对(?![标接外照象比口应症]))(?![^，。；]*(?:进行|实施|开展|实行|推进)[^，。；\d]*$)"
)


# the object of 对 that names whom the rule serves (…投放我市的企业), closing a condition the clause
# after it grants on (一次性奖励600万元)
_CLOSES = re.compile(r"的[\u4e00-\u9fff]{1,4}$")
_GRANTS = re.compile(r"(?:给予|予以|奖励|一次性|按|补助|补贴|分阶段|最高)")


def condition_runs(texts: Sequence[str], book: bool = False) -> set[int]:
    """The clauses of one sentence that only state a rule's condition, by their indices: a clause
    that ends in 的 and one from 对于 or 对 to the first such (对于…组织游客参观1家景区、…，并住宿1晚
    及以上的，给予奖励), and in a book of support rules one opened by 对每; never the last clause,
    which says what is done."""
    out: set[int] = set()
    opened: int | None = None
    for i, text in enumerate(texts[:-1]):
        if text.startswith("对"):
            # a later 对 opens its own condition (…，改造道路15条，对具备条件的，…): the earlier one ran out
            opened = i if _OPENS_CONDITION.match(text) else None
        if text.endswith("的") or (opened is not None and _CLOSES.search(text) and _GRANTS.match(texts[i + 1])):
            out.update(range(i if opened is None else opened, i + 1))
            opened = None
        elif book and text.startswith("对每"):
            out.add(i)
    return out


__all__ = ["HEADING", "condition_lines", "condition_runs"]
