"""The years a document states for itself, read before the clock: a title's or a heading's year,
a clause that introduces the targets with its year, a span in the text; and full-width digits
read as digits while quotes keep them as the source writes them. Pure.
"""

from __future__ import annotations

import re

from targetctl.domain.drafting.classify import PLAN_HEADING, REVIEW_HEADING
from targetctl.domain.drafting.clauses import CLAUSE_END, MARKERS, SENTENCE_END
from targetctl.domain.drafting.cn_years import arabic_years
from targetctl.domain.drafting.draft import Draft
from targetctl.domain.drafting.lists import list_intro, list_year
from targetctl.domain.drafting.periods import SPAN, unquoted, year_span
from targetctl.domain.drafting.quantities import YEAR

_DIGITS_HALF = str.maketrans("０１２３４５６７８９％", "0123456789%")
_SPACE = re.compile(r"\s+")
# a clause that introduces the targets with their year: 2024年全县发展的主要预期目标是：
_INTRO_YEAR = re.compile(r"(?:^|[。；;：:])(?P<y>20\d\d)年[^。；;，,：:]{0,30}目标(?:任务)?(?:是|为)[:：]")


def half_width_digits(text: str) -> str:
    """２０２５年 → 2025年 and 二〇二五年 → 2025年, one character for one, so positions stay the same."""
    return arabic_years(text.translate(_DIGITS_HALF))


# a span in the body starting this many years after the year of issue is a later phase of the
# plan (2026年至2030年，逐年推进… in a notice of 2024), not its period: the plan starts when issued
LATER_PHASE = 2


def infer_year(paras: list[str], issued: int | None = None) -> tuple[int | None, tuple[int, int] | None, str | None]:
    """The plan's year (or stated span of years) from its title, headings and review section,
    and, where the year is only inferred from a sentence, what to check. `issued`: the year of
    issue, where the document is dated."""
    head = unquoted("".join(paras[:3]))[:300]  # a quoted title's 2021—2035年 is that document's
    span = year_span(head)
    if span:
        return int(span["a"]), (int(span["a"]), int(span["b"])), None
    listed = list_intro(paras)
    if listed:
        return listed[1], None, f"the period is inferred from the year of the list of projects ({listed[0]})"
    for para in paras:
        intro = _INTRO_YEAR.search(para)
        if intro:
            note = f"the period is inferred from the year that introduces the targets ({intro['y']}年…目标是)"
            return int(intro["y"]), None, note  # 2024年…的主要预期目标是：the year of the targets that follow
    for n, para in enumerate(paras):
        numbered = any(p.match(para) for _, p in MARKERS)
        first = SENTENCE_END.search(para)
        line = para[: first.start()] if first else para
        # a heading is short; a title may run long (…管委会办公室关于下达平潭2018年…主要指标的通知)
        if len(line) > (100 if n == 0 else 40) or not (
            numbered or n == 0 or (first is None and not CLAUSE_END.search(para))
        ):
            continue
        years = [int(y) for y in YEAR.findall(unquoted(line))]  # a quoted title's years are its own
        # a numbered measure of clauses (3.实施…行动，到2033年培育…) is a sentence, not a heading
        sentence = numbered and n > 0 and bool(re.search(r"[，,；;]", line))
        if years and PLAN_HEADING.search(line) and not sentence:
            spanned = year_span(unquoted(line))  # 某市2020-2021年…建设计划表: the span, from its start
            if spanned and int(spanned["a"]) < int(spanned["b"]) <= int(spanned["a"]) + 15:
                return int(spanned["a"]), (int(spanned["a"]), int(spanned["b"])), None
            return max(years), None, None
        if years and REVIEW_HEADING.search(line) and not sentence:
            return max(years) + 1, None, None
        if years and n == 0 and not CLAUSE_END.search(line):
            return years[0], None, None  # a title's year; a first sentence's year is a due year
    # after a title's year: a report's review may open on the last year's list
    lead = list_year(paras)
    if lead is not None and (issued is None or lead >= issued):
        return lead, None, f"the period is inferred from the year its lead gives the list of projects ({lead})"
    dateline = re.search(r"(20\d\d)年\d{1,2}月\d{1,2}日", "".join(paras[:2])[:80])
    if dateline:
        return int(dateline.group(1)), None, None  # a news item: the year it is dated
    body = SPAN.search(unquoted("".join(paras)))
    if body and int(body["a"]) <= int(body["b"]) <= int(body["a"]) + 10:
        if issued is not None and int(body["a"]) >= issued + LATER_PHASE:
            return issued, (issued, int(body["b"])), None
        return int(body["a"]), (int(body["a"]), int(body["b"])), None  # 2023年至2025年，全区计划完成…
    return None, None, None


def verbatim(draft: Draft, source: str) -> None:
    """Quotes as the source writes them: its full-width digits were read as ASCII."""
    flat = _SPACE.sub("", source)
    read = half_width_digits(flat)

    def back(quote: str) -> str:
        if quote in flat:  # the source holds it as written (a page number 2 is no 二 of 二〇三五年)
            return quote
        at = read.find(quote) if re.search(r"[\d%]", quote) else -1
        return flat[at : at + len(quote)] if at >= 0 else quote

    for t in draft.targets:
        t.quote = back(t.quote)
    for e in draft.excluded:
        e.quote = back(e.quote)
    for p in draft.all_programmes():
        p.quote = back(p.quote) if p.quote else p.quote
    if arabic_years(flat) != flat:  # a title names its year as the source writes it (二〇二五年)
        draft.title = back(draft.title) if draft.title else draft.title
        for p in draft.all_programmes():
            p.title = back(p.title)
        for t in draft.targets:
            t.title = back(t.title)
