"""A 分别 list shares its bound, as a clerk reads it: 分别达85%、92%、100% is at least each value,
分别增长5%、6.5%左右 is about each. A value with a bound of its own keeps it. Years listed before
分别 (2024年、2025年分别突破A、B) date each value. Pure."""

from __future__ import annotations

import datetime as dt
import re

from targetctl.domain.drafting.draft import DraftTarget
from targetctl.domain.drafting.quantities import Number

# only separators between two values of the list: 85%、92%, 6%和7%
_BETWEEN = re.compile(r"[、和及与]?")


# years listed before 分别, each the due of one value after it: 2024年、2025年分别突破2.2万亿元、2.4万亿元,
# with the indicator between them (2025年、2026年全市数字经济增加值分别…); years after 较 or 比 are the
# bases the values are measured from, no dues
_YEARS = r"(?P<years>(?:20\d\d年?[、和及与])+20\d\d年)"  # 2024年、2025年, 2025和2026年
_YEARS_EACH = re.compile(rf"(?<![较比与同于])(?<!相比){_YEARS}(?:底|末)?(?:前)?[^，,。；;\d]{{0,20}}?分别")


def years_each(flat: str, made: list[DraftTarget], numbers: list[Number]) -> None:
    """Give each value of a 分别 list the year listed for it before 分别, where the years and the
    values after 分别 are as many. `made[i]` was read from `numbers[i]`."""
    m = _YEARS_EACH.search(flat)
    if m is None or len(made) != len(numbers):
        return
    years = [int(y) for y in re.findall(r"20\d\d", m["years"])]
    listed = [i for i, n in enumerate(numbers) if n.start >= m.end()]
    if len(listed) != len(years):
        return
    for i, year in zip(listed, years, strict=True):
        made[i].due = dt.date(year, 12, 31)


def share_bounds(flat: str, made: list[DraftTarget], numbers: list[Number]) -> None:
    """Give the values of a 分别 list in `flat` the bound written once: the word before the first
    (分别达, 分别不低于) forward, the suffix after the last (左右, 以上) back. `made[i]` was read
    from `numbers[i]`."""
    at = flat.find("分别")
    listed = [i for i, n in enumerate(numbers) if at >= 0 and n.start > at]
    if len(listed) < 2 or len(made) != len(numbers):
        return
    runs: list[list[int]] = [[listed[0]]]
    for i in listed[1:]:
        if _BETWEEN.fullmatch(flat[numbers[i - 1].end : numbers[i].start]) and not numbers[i - 1].suffix:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) < 2:
            continue
        first, last = run[0], run[-1]
        bare = [i for i in run if not numbers[i].suffix and made[i].comparator == "exactly"]
        if numbers[last].suffix and len(bare) == len(run) - 1:
            for i in bare:
                made[i].comparator = made[last].comparator  # 分别增长5%、6.5%左右
        elif not numbers[first].suffix and made[first].comparator != "exactly":
            for i in bare:
                made[i].comparator = made[first].comparator  # 分别达85%、92%、100%


# indicators listed with 、 before one growth rate (外贸进出口总额、民间投资增长3%左右): each
# grows by it, as with 均; the last item names an indicator and no item holds an action
_INDICATOR_LIST = re.compile(
    r"^(?P<list>[\u4e00-\u9fff]{2,16}(?:、[\u4e00-\u9fff]{2,16})+?"
    r"(?:总额|投资|增加值|投入|收入|产值|总值|营业收入|利润|产量|总量|规模|(?=增速)))"
    r"(?:年均|年平均)?(?:增长|增速|提高)"  # A、B、C增速保持在N%: 增速 names each one's growth
)
_ACTION = re.compile(r"推动|推进|加快|扩大|实施|建设|开展|完成|新建|力争|确保|促进|支持")


def indicator_list(flat: str) -> list[str]:
    """The indicators a clause lists before its one growth rate, or [] (the clause is no such list)."""
    m = _INDICATOR_LIST.match(flat)
    if m is None or _ACTION.search(m["list"]):
        return []
    return m["list"].split("、")


# years listed in a clause of their own, the time frame of a 分别 list that follows: 到2025年、2026年，…
_YEAR_LIST = re.compile(rf"(?:到|至|在|于)?{_YEARS}(?:底|末)?(?:前)?")


def year_list(clause: str) -> list[int] | None:
    """The years a clause that is only a list of years names (到2025年、2026年), or that a list of
    years opens before words with no number (2027年、2028年…持续提升), else None."""
    m = _YEAR_LIST.match(clause)
    if m is None or re.search(r"\d", clause[m.end() :]):
        return None
    return [int(y) for y in re.findall(r"20\d\d", m["years"])]


def date_listed(clause: str, made: list[DraftTarget], years: list[int]) -> bool:
    """Give each value of the 分别 list in `clause` the year listed for it in the clause before,
    where they are as many; return whether they were."""
    if "分别" not in clause or len(made) != len(years):
        return False
    for t, year in zip(made, years, strict=True):
        t.due = dt.date(year, 12, 31)
    return True
