"""The due date of one clause, and of the goal paragraphs of a section: a clause's own month or
year (2025年6月底前, 到2025年, 计划2026年…), else what its paragraph opens on. Pure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal

from targetctl.domain.drafting import periods
from targetctl.domain.drafting.classify import DUE
from targetctl.domain.drafting.draft import DraftTarget
from targetctl.domain.drafting.quantities import Number

_DUE_MONTH = re.compile(r"(?P<y>20\d\d)年(?P<m>\d{1,2})月(?:底|末)?前")


def clause_due(clause: str, plan_year: int | None, *, summary: bool, mid: bool = True) -> dt.date | None:
    """The date a clause sets for itself. `summary`: the text is a year-end summary, whose 今年 is
    the year under review; `mid`: a year before a level's verb inside it counts (能力2025年达到N)."""
    clause = _BASELINE_END.sub("", clause)
    month = _DUE_MONTH.search(clause)
    if month:
        year, number = int(month["y"]), int(month["m"])
        if 1 <= number <= 12:
            after = dt.date(year + number // 12, number % 12 + 1, 1)
            return after - dt.timedelta(days=1)
    m = DUE.search(clause)
    if m:
        return dt.date(int(m["y"] or m["y2"]), 12, 31)
    lead = _LEAD_YEAR.match(clause)  # 计划2026年推进…, （一）2025年，建设…, 预计2027年建成: scheduled
    if lead and plan_year and int(lead.group(1)) >= plan_year:
        return dt.date(int(lead.group(1)), 12, 31)  # 2024年完成90公里: that year's share of the work
    if summary:
        return None
    level = _MID_YEAR.search(clause) if mid else None  # 供应能力2025年达到6000万千瓦: its level's year
    if level and (plan_year is None or int(level["y"]) >= plan_year):
        return dt.date(int(level["y"]), 12, 31)
    stated = periods.due_year(clause, plan_year)  # “十四五”末, 明年, 今年, 年内
    return dt.date(stated, 12, 31) if stated else None


# a year right before the verb of the level it dates, inside a clause (供应能力2025年达到6000万千瓦,
# 2025年达到2500万千瓦以上、2030年达到4000万千瓦以上), never a base compared with (比2020年增长)
_MID_YEAR = re.compile(
    r"(?<![比较与同\d])(?P<y>20\d\d)年(?:底|末)?(?=(?:力争|要|将|预计)?(?:达到|达|实现|突破|超过|超|提高到|提高至|"
    r"提升到|提升至|增加到|增至|控制在|降至|降到|下降到|减少到|建成|完成))"
)
# the time nearest before a value in its clause: such a year, or a five-year period's end
# (2022年获国家核准并开工建设、“十四五”末建成投产具备800万千瓦送电能力: due at 2025's end)
_VALUE_TIME = re.compile(rf"{_MID_YEAR.pattern}|“?(?P<n>十[一二三四五六])五”?(?:末|期末|时期末)")


def heading_due(title: str, plan_year: int | None) -> int | None:
    """The year a heading states for its section: its due (到2025年), its period's end (今后五年,
    “十五五”), or the year it opens with when not before the plan's (2025年工作安排)."""
    year = periods.due_year(title, plan_year)
    stated = periods.heading_period(title, plan_year)
    bare = re.match(r"^(20\d\d)年", title)
    if year is None and stated is not None:
        year = stated.end
    if year is None and bare and plan_year and int(bare.group(1)) >= plan_year:
        year = int(bare.group(1))
    return year


def values_dated(
    made: Sequence[DraftTarget], clause: str, numbers: Sequence[Number], plan_year: int | None, undated: dt.date | None
) -> None:
    """Each value due in the time its clause states nearest before it, after the value before it
    (…2025年达到2500万千瓦以上、2030年达到4000万千瓦以上: one due each); a value before any such
    time is due as the clause is without it (`undated`: 到2025年，装机达到300万千瓦、2030年达到…)."""
    first = _VALUE_TIME.search(clause)
    if first is None:
        return  # no time in the clause: each value keeps the clause's date
    after, seen = 0, False
    dues: dict[Decimal, dt.date | None] = {}
    for n in numbers:
        times = list(_VALUE_TIME.finditer(clause, after, n.start))  # windows apart: linear in the clause
        after = n.end
        if not times:
            if not seen and first.start() >= n.end:
                dues[n.value] = undated
            continue
        seen = True
        last = times[-1]
        year = int(last["y"]) if last["y"] else periods.five_year(last["n"])[1]
        if plan_year is None or year >= plan_year:
            dues[n.value] = dt.date(year, 12, 31)
    for t in made:
        if t.value in dues:
            t.due = dues[t.value]


def goal_paragraph_due(
    dues: list[int | None], depth: int, ahead: int | None, set_by_paragraph: bool
) -> list[int | None] | None:
    """The section years after a paragraph that looks ahead (到2027年，… / “十五五”时期…), or None
    to keep them. It dates the rest of a section no heading dates; goal paragraphs side by side
    (到2027年，… then 到2030年，…) each date their own clauses, the later replacing the earlier."""
    if not ahead or depth == 0:
        return None
    current = next((y for y in reversed(dues[:depth]) if y is not None), None)
    if current is not None and not set_by_paragraph:
        return None
    return [*dues[: depth - 1], ahead]


# a clause opening with a year, after its list marker where it opens a numbered item
# a year's end that picks out whom or what the clause counts (2017年底未脱贫的人口, 2025年底的存量): no due
# (not 确保2026年底的各项目标任务全面完成, 到2026年底已建成的…: the work due then)
_BASELINE_END = re.compile(r"(?<!到)20\d\d年(?:底|末)(?=未|尚未|已|的(?!各项|全部|目标|任务)|现有|存量)")
_LEAD_YEAR = re.compile(
    r"(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d)|[—－]{1,2})?\s*"
    r"(?:计划|拟|预计)?(20\d\d)年(?!以来|来|的)"
)
_YEAR = re.compile(r"(?<!\d)(20\d\d)\s*年")


def names_later_year(text: str, issued: int) -> bool:
    """Whether the text names a year after the one it was issued in (到2027年), outside the titles
    it quotes: if not, its only spans are counted from the issue (三年内) and it has no period."""
    return any(int(y) > issued for y in _YEAR.findall(periods.unquoted(text)))


# the rest of the year a text was issued in, named without its number (年底前, 年内, 四季度); not a
# look back at it (今年以来, 今年1-10月, 今年前三季度) nor the next year's end (明年底)
_OWN_YEAR = re.compile(r"(?<![\d年明前])(?:年底|年末|年内|今年(?!以来|前|1\s*[-—~－至到])|本年度|[一二三四]季度)")
# the next year named by a word (明年, 明年底, 下一年度): a later year as much as one written in figures
_NEXT_YEAR = re.compile(r"明年|下一?年度")


def mostly_its_own_year(text: str, issued: int) -> bool:
    """Whether the text speaks of the rest of the year it was issued in (年底前, 四季度) more often
    than it names a later year: then a later year it names in passing (在2023年资金安排上…) gives
    its tasks no period."""
    later = sum(1 for y in _YEAR.findall(periods.unquoted(text)) if int(y) > issued)
    later += len(_NEXT_YEAR.findall(text))
    return len(_OWN_YEAR.findall(text)) > later


def date_undated(targets: Sequence[DraftTarget], year: int) -> None:
    """Due in `year` every target with no year of its own. A document dated only by its issue that
    names no later year and whose only spans are a clause's own (三年内…, counted from the issue)
    has no period of its own: that clause's year is its own, the rest is due the year it was issued."""
    for t in targets:
        if t.due is None and not t.open_ended and t.kind != "principle":
            t.due = dt.date(year, 12, 31)
