"""Source articles: matching quotes against OCR'd text, and tracing sentences to targets."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from targetctl.domain.model import Plan

_SPACE = re.compile(r"\s+")
# a clause ends at Chinese or Latin punctuation, but a comma inside a number is a thousands
# separator (12,000), not the end of a clause: the one rule, which draft cuts by too
_SENTENCE_END = re.compile(r"(?:[。！？；!?;，：:]|(?<!\d),|,(?!\d{3}(?!\d)))”?")
CLAUSE_END = _SENTENCE_END
_NO_WORDS = re.compile(r"[\W_]*")
_CELL = re.compile(r"\t")
_CLOSER = re.compile(r"[”’」』）)】］〕》。！？；，：、!?;,:]")

SentenceStatus = Literal["mapped", "excluded", "unmapped"]


def normalise(text: str) -> str:
    """OCR'd columns break lines inside words: compare texts with all white space removed."""
    return _SPACE.sub("", text)


def spans(quote: str, text: str) -> list[tuple[int, int]]:
    """The stretches of the normalised text that the (normalised) quote covers: every place it
    stands, overlapping places merged into one stretch.

    Linear in the text, however often the quote repeats: a quote that overlaps itself (one
    with a period shorter than itself, such as 哈哈哈哈) is followed through the repeating run
    by slice comparisons instead of being searched for again at every character."""
    needle = normalise(quote)
    found: list[tuple[int, int]] = []
    m = len(needle)
    if not m:
        return found
    period = (needle + needle).find(needle, 1)
    start = text.find(needle)
    while start >= 0:
        last = start
        if period < m:  # the places in a run of the period are `period` apart
            end = _run_end(text, start + m, period)
            last = start + (end - m - start) // period * period
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], last + m)
        else:
            found.append((start, last + m))
        start = text.find(needle, last + 1)
    return found


def _run_end(text: str, j: int, period: int) -> int:
    """The first index from `j` on where `text` stops repeating with this period."""
    n, step = len(text), max(period, 64)
    while j < n:
        k = min(n, j + step)
        if text[j:k] == text[j - period : k - period]:
            j, step = k, step * 2
            continue
        while k - j > 1:  # the first difference is in [j, k): halve it
            mid = (j + k) // 2
            if text[j:mid] == text[j - period : mid - period]:
                j = mid
            else:
                k = mid
        return j
    return n


def found_in(quote: str, text: str) -> bool:
    needle = normalise(quote)
    return bool(needle) and needle in text


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    status: SentenceStatus = "unmapped"
    ids: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    more: bool = False  # more than MAX_IDS ids quote it; only the first are listed
    line_end: bool = False  # a line of the source ends with it (not a table cell): the review page breaks there


def sentences(text: str, breaks: Iterable[int] = ()) -> list[Sentence]:
    """Split normalised text into clauses: at Chinese full stops, semicolons, commas and colons,
    so that a commitment forgotten inside a long sentence still shows as its own clause, and at
    `breaks`, the places in it where the source's lines and table cells ended (`line_breaks`)."""
    ends = {m.end() for m in _SENTENCE_END.finditer(text)}
    # a break just before a closing or ending mark (。 or 】 copied onto a line of its own) leaves it with its clause
    ends.update(b for b in breaks if 0 < b < len(text) and not _CLOSER.match(text, b))
    out: list[Sentence] = []
    start = 0
    for end in sorted(ends):
        out.append(Sentence(text[start:end], start, end))
        start = end
    if start < len(text):
        out.append(Sentence(text[start:], start, len(text)))
    return _marks_joined(text, out)


def no_words(text: str) -> bool:
    """Whether `text` is marks and spaces alone (a source of one 。): nothing in it to map."""
    return _NO_WORDS.fullmatch(text) is not None


def _marks_joined(text: str, out: list[Sentence]) -> list[Sentence]:
    """A clause of marks alone (an opening bracket at a line's end, a line of dashes) holds nothing
    to map or exclude: it joins the clause after it (the last one, the clause before)."""
    if all(not _NO_WORDS.fullmatch(s.text) for s in out):
        return out
    joined: list[Sentence] = []
    carry: int | None = None
    for s in out:
        if _NO_WORDS.fullmatch(s.text):
            carry = s.start if carry is None else carry
            continue
        start = s.start if carry is None else carry
        joined.append(Sentence(text[start : s.end], start, s.end))
        carry = None
    if carry is not None:
        if not joined:
            return [Sentence(text, 0, len(text))]
        last = joined[-1]
        joined[-1] = Sentence(text[last.start :], last.start, len(text))
    return joined


@cache
def _break() -> re.Pattern[str]:
    """What ends a line or a table cell; compiled on first use, as U+2028 in its class makes
    it build a map of the whole BMP (a millisecond most commands do not need)."""
    return re.compile(r"[\n\r\t\v\f\x1c-\x1e\x85\u2028\u2029]")


def line_breaks(source_text: str) -> list[int]:
    """Where, in the normalised text, a line or a table cell of the source ended: a clause never
    runs across one (a title line into the first heading, 88.5 and 90 of two cells into one).
    In OCR'd columns, whose lines break inside sentences, only a cell ends one: draft joins
    those lines into paragraphs by the same judgement (`broken_lines`)."""
    # the drafting package's regexes are compiled at its import: a plan's sources are rarely traced
    from targetctl.domain.drafting.lines import broken_lines

    return _ends(source_text, _CELL if broken_lines(source_text) else _break())


def line_ends(source_text: str, ocr: bool) -> set[int]:
    """Where, in the normalised text, a line of the source ended (a table's cells stay on their
    row); none in OCR'd columns (`ocr`), whose lines break inside sentences."""
    return set() if ocr else set(_ends(source_text, re.compile(r"[\n\r\v\f\x85]")))


def _ends(source_text: str, ends: re.Pattern[str]) -> list[int]:
    out: list[int] = []
    removed = 0
    for m in _SPACE.finditer(source_text):
        if ends.search(m.group()):
            out.append(m.start() - removed)
        removed += m.end() - m.start()
    return out


def _overlapping(units: list[Sentence], starts: list[int], a: int, b: int) -> Iterator[Sentence]:
    i = max(0, bisect.bisect_right(starts, a) - 1)
    while i < len(units) and units[i].start < b:
        if a < units[i].end:
            yield units[i]
        i += 1


MAX_IDS = 20


def trace(plan: Plan, source_text: str) -> list[Sentence]:
    """Each clause of the source: mapped when a target or programme quotes any of it; excluded
    when the plan's exclusions cover all of its words; otherwise unmapped.

    Quotes are searched once per distinct text, and a clause lists at most MAX_IDS ids: a
    drafted plan of a repetitive source has the same quote in many targets, standing in many
    places, and trying each target at each place was quadratic (minutes for 2 MB)."""
    from targetctl.domain.drafting.lines import broken_lines

    text = normalise(source_text)
    ocr = broken_lines(source_text)
    result = sentences(text, _ends(source_text, _CELL if ocr else _break()))  # as line_breaks, judged once
    starts = [s.start for s in result]
    quoted = [(t.id, t.quote) for t in plan.targets]
    quoted += [(p.id, p.quote) for _, p in plan.all_programmes() if p.quote]
    by_quote: dict[str, list[str]] = {}
    for ident, quote in quoted:
        by_quote.setdefault(normalise(quote), []).append(ident)
    for needle, idents in by_quote.items():
        for a, b in spans(needle, text):
            for s in _overlapping(result, starts, a, b):
                s.status = "mapped"
                for ident in idents if not s.more else ():
                    if ident in s.ids:
                        continue
                    if len(s.ids) == MAX_IDS:
                        s.more = True
                        break
                    s.ids.append(ident)
    excluded = bytearray(len(text))
    reasons: dict[int, list[str]] = {}
    by_exclusion: dict[str, list[str]] = {}
    for ex in plan.excluded:
        by_exclusion.setdefault(normalise(ex.quote), []).append(ex.reason)
    for needle, said in by_exclusion.items():
        said = list(dict.fromkeys(said))
        for a, b in spans(needle, text):
            excluded[a:b] = b"\x01" * (b - a)
            for s in _overlapping(result, starts, a, b):
                known = reasons.setdefault(s.start, [])
                if len(known) < MAX_IDS:
                    known.extend(r for r in said if r not in known)
    for s in result:
        if s.status == "unmapped" and s.start in reasons and _words_all_excluded(text, excluded, s):
            s.status = "excluded"
            s.reasons = list(dict.fromkeys(reasons[s.start]))
    lines = line_ends(source_text, ocr)
    for s in result:
        s.line_end = s.end in lines
    return result


def _words_all_excluded(text: str, excluded: bytearray, s: Sentence) -> bool:
    """The clause has words, and every stretch of it that no exclusion covers is punctuation; or,
    a text of marks alone (one clause, see `_marks_joined`), an exclusion covers all of it."""
    if _NO_WORDS.fullmatch(text, s.start, s.end):
        return excluded.find(0, s.start, s.end) == -1
    i = excluded.find(0, s.start, s.end)
    while i != -1:
        j = excluded.find(1, i, s.end)
        j = s.end if j == -1 else j
        if not _NO_WORDS.fullmatch(text, i, j):
            return False
        i = excluded.find(0, j, s.end)
    return True
