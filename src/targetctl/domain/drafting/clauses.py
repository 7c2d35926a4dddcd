"""Stage 1 of `draft`: paragraphs and clauses, cut where `targetctl trace` cuts them, so every
clause ends up quoted or excluded. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from targetctl.domain.drafting.lines import INDICATOR_ROW as INDICATOR_ROW
from targetctl.domain.drafting.lines import MARKERS as MARKERS
from targetctl.domain.drafting.lines import broken_lines as broken_lines
from targetctl.domain.drafting.lines import headings_alone, paragraph_ends, short_lines, wrapped
from targetctl.domain.sources import CLAUSE_END as SOURCE_CLAUSE_END

CLAUSE_END = SOURCE_CLAUSE_END  # where trace cuts, so that every clause is quoted or excluded
# a sentence; a year standing alone as a label (——2018年。) opens the sentence after it, which it dates
SENTENCE = re.compile(r"(?:[—－\-\s]*20\d\d年(?:底|末)?。(?=[^。！？!?\s]))?[^。！？!?]+(?:[。！？!?]”?|$)")
SENTENCE_END = re.compile(r"[。！？!?]”?")
# the lookbehind lets the trailing run be tried only where a run starts: linear, not quadratic
# an opening quote mark whose closing mark follows is kept (“双减”工作目标), and so is a percent
# sign after its number (增长6%)
PUNCT = re.compile(r"^(?:(?!“[^”]*”)[\W_])+|(?<=[^\W\d_])[\W_]+$|(?<=\d)(?![%％‰])[\W_]+$|(?<=\d[%％‰])[\W_]+$")
MAX_CLAUSE = 200  # longer stretches without punctuation are read in pieces, so each is bounded
_NUMERIC = frozenset("0123456789.,%０１２３４５６７８９零〇一二两三四五六七八九十百千万亿点")


@dataclass
class Clause:
    text: str  # the clause without its closing punctuation
    full: str  # with it, as trace cuts it
    start: int  # offset in the paragraph


def clauses(text: str) -> list[Clause]:
    """`text` cut where trace cuts clauses, and a clause over MAX_CLAUSE characters (text without
    punctuation) cut further, outside a number."""
    out: list[Clause] = []
    start = 0
    for m in [*CLAUSE_END.finditer(text), None]:
        end, stop = (m.start(), m.end()) if m else (len(text), len(text))
        while end - start > MAX_CLAUSE:
            cut = start + MAX_CLAUSE
            while cut > start + MAX_CLAUSE // 2 and text[cut - 1] in _NUMERIC and text[cut] in _NUMERIC:
                cut -= 1
            out.append(Clause(text[start:cut], text[start:cut], start))
            start = cut
        if start < stop:
            out.append(Clause(text[start:end], text[start:stop], start))
        start = stop
    return out


_NEW_FRAME = re.compile(r"^(?:到|至)20\d\d年")


def paragraphs(text: str, ocr: bool | None = None, *, printed: bool = True) -> list[str]:
    """Paragraphs with white space removed. OCR'd columns break lines inside sentences: when most
    lines end without punctuation, a paragraph starts only at an indented line or a numbered
    heading; otherwise every line is a paragraph, but for one that reached a printed page's
    margin (`lines.wrapped`; never in a Word document, whose paragraphs are whole)."""
    every = text.lstrip("\ufeff").splitlines()
    lines = [ln for ln in every if ln.strip()]
    ocr = broken_lines(text) if ocr is None else ocr
    # in broken lines, a line short of the margin over a blank line ends its paragraph there (a
    # title over the text, printed with no indent); a page break's blank line inside a sentence does not
    kept = [n for n, ln in enumerate(every) if ln.strip()]
    gap = {k for k in range(len(kept) - 1) if kept[k + 1] > kept[k] + 1}
    apart = gap & set(short_lines(lines, clearly=True)) if printed and ocr and gap else set()
    runs_on = wrapped(lines) if printed and not ocr else set()
    # in broken lines, a numbered heading alone on a line that stops short of the margin ends there
    # (一、2021年工作回顾 over its text, printed with no indent)
    ends = headings_alone(lines) | paragraph_ends(lines) if printed and ocr else set()
    out: list[list[str]] = []  # joined at the end: adding to a growing string is quadratic
    for n, line in enumerate(lines):
        flat = re.sub(r"\s+", "", line)
        # a sentence that ended at the margin, then a new time frame (…进展。 / 到2025年，…): a paragraph
        frame = n > 0 and lines[n - 1].rstrip().endswith("。") and _NEW_FRAME.match(flat) is not None
        if n - 1 in runs_on and not frame:
            out[-1].append(flat)
            continue
        starts = not ocr or line[:1].isspace() or any(p.match(flat) for _, p in MARKERS) or not out or n - 1 in ends
        starts = starts or frame or n - 1 in apart
        starts = starts or "\t" in line or (n > 0 and "\t" in lines[n - 1])  # a table row stands alone
        if starts:
            out.append([flat])
        else:
            out[-1].append(flat)
    return [p for p in map("".join, out) if p]


def join_proportions(parts: list[Clause]) -> list[Clause]:
    """2.5:1 and 1:1.2 are one number, though trace cuts a clause at its colon."""
    out: list[Clause] = []
    for c in parts:
        prev = out[-1] if out else None
        if (
            prev
            and re.search(r"\d[:：]$", prev.full)
            and re.match(r"\d+(?:\.\d+)?(?![\d.])", c.text)
            and c.start == prev.start + len(prev.full)
        ):
            out[-1] = Clause(prev.full + c.text, prev.full + c.full, prev.start)
        else:
            out.append(c)
    return out


@lru_cache(maxsize=256)  # every number of a clause asks for the same clause's title
def title_of(quote: str) -> str:
    title = re.sub(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．](?!\d))", "", quote)
    title = re.sub(r"^(?:对此|同时|并|此外|另外|其中)", "", title)
    return PUNCT.sub("", title) or quote


# a list number glued to what follows: 6.2023年…, 11.65岁… (read by the numbering of the paragraphs around it)
_LIST_NUMBER = re.compile(r"^(?P<n>\d{1,2})(?:[、．]|\.)")


def list_marker(para: str, list_no: int) -> tuple[int, int]:
    """Length of the list number opening `para` (0 for none), and the list's number now: 3. 17、
    and also 6.2023年 or 11.65岁 when a year follows or `list_no`, the paragraph before's
    number, is one less."""
    m = _LIST_NUMBER.match(para)
    if not m:
        return 0, list_no
    n = int(m["n"])
    rest = para[m.end() :]
    glued = rest[:1].isdigit()
    two_points = re.match(r"\d+\.\d+(?=[万亿%])", rest)  # 3.2.5万户: no number holds two decimal points
    if glued and not (re.match(r"(?:19|20)\d\d年", rest) or n == list_no + 1 or two_points):
        return 0, list_no  # 3.5%…: a decimal, not a list number
    return m.end(), n
