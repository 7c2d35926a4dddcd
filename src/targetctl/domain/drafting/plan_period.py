"""The plan's period, settled after every clause is read: the year the text states, else the
year of issue, else the years its targets are due; targets with no year of their own are marked
where their due is a guess. Pure."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from targetctl.domain.drafting.draft import DraftTarget
from targetctl.domain.drafting.due_dates import date_undated, mostly_its_own_year, names_later_year


@dataclass(frozen=True)
class Stated:
    """What the reading found about the plan's years before the period is settled."""

    year: int | None  # the year the text states or was issued in
    span: tuple[int, int] | None  # a period the text states (2023—2025年)
    inferred: str | None  # how `year` was inferred, when it was
    stated: bool  # the text (or the caller) gives a year
    from_issue: bool  # `year` is the year of issue
    section_max: int | None  # the latest year a heading or goal paragraph states
    present: tuple[int, str] | None  # the year an undated text speaks of as now, and its review mark
    title: str | None = None  # the plan's own title, when it has one


_REPORT = re.compile(r"各位代表|政府工作报告|工作回顾|过去一年|过去五年")
_REPORT_TITLE = re.compile(r"工作报告")


def settle(
    targets: list[DraftTarget], found: Stated, body: str, default_year: int
) -> tuple[tuple[dt.date, dt.date], bool, str | None]:
    """Return the period, whether it is stated, and how it was inferred; fill the dues the
    targets lack where the period is stretched, and mark guessed dues for review."""
    year, stated, inferred = found.year, found.stated, found.inferred
    from_dues = False
    # a work report for one year keeps its year; only a text that names no year of its own
    # takes its period from the years its targets are due
    dues = [t.due.year for t in targets if t.due]
    stated_years = [*dues, *([found.section_max] if found.section_max else [])]
    if year is None and stated_years:
        # no year of issue and none introducing the targets: the years the text states as
        # due span the period; the clock is only the very last fallback
        year, stated, from_dues = min(stated_years), True, True
        inferred = f"the period is inferred from the due years the text states ({year}–{max(stated_years)})"
    start_year = year or default_year
    if found.present is not None and dues and min(dues) < start_year:
        start_year = min(dues)  # the year an undated text names most is a guess; a stated due is not
    end_year = found.span[1] if found.span else start_year
    # 年底前…, 四季度…: a text about the rest of the year it was issued in, whatever later year it names
    own = found.from_issue and mostly_its_own_year(body, end_year)
    if (year is None or found.from_issue or inferred) and dues and max(dues) > end_year:
        if found.from_issue and (own or not (found.section_max or names_later_year(body, end_year))):
            date_undated(targets, end_year)
        end_year = max(dues)
    near = [t.due.year for t in targets if t.numeric and t.due and t.due.year <= end_year + 5]
    horizon = max([found.section_max or 0, *near])  # 今后五年, 三年内 stretch it; a numberless vision does not
    if horizon > end_year:
        # a text dated only by its issue whose goals look to a year (目标任务：到2022年，…) aims all of
        # it at that year: its other targets are due then, not in the year it was issued
        # (not a report: its year's tasks stay in the year when it looks five years ahead)
        report = bool(_REPORT.search(body) or _REPORT_TITLE.search(found.title or ""))
        aimed = found.from_issue and not found.span and found.section_max == horizon and not (report or own)
        for t in targets:
            if t.due is None and not t.open_ended and t.kind != "principle" and not aimed:
                t.due = dt.date(end_year, 12, 31)
        end_year = horizon
    guess = None
    if from_dues:
        guess = f"no year of its own: due at the end of the period inferred from the text ({end_year}): check it"
    elif found.from_issue:
        guess = f"the period starts in {start_year}, the year the document was issued: check it"
    elif found.present is not None:
        guess = found.present[1]
    elif not stated:
        guess = f"the text states no year: due in {end_year} is an assumption to check"
    if guess:
        for t in targets:
            t.review = t.review or (guess if t.due is None and t.kind != "principle" else None)
    return (dt.date(start_year, 1, 1), dt.date(end_year, 12, 31)), stated, inferred
