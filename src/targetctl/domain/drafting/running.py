"""Running page headers and footers of a PDF: page furniture, never a title or a programme.

A document printed with a running header (某市人民政府公报 2025年第3期) or footer carries the
same line at the same place, the top or the foot, of most of its pages; its text layer gives it
once per page, where it would be taken as the plan's title and as a heading on every page. A
line is a running one when, its page number aside (第3页, — 3 —, a number at its edge), it
stands first or last on most pages: at least two, and more than half of them (a table's header
repeated on each page, its cells apart by tabs, is the table's own). Only a page
number is set aside: lines that differ in any other number (（1）… and （2）…) are the text's. Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from targetctl.domain.drafting.tables import SEPARATOR

_PAGE_NUMBER = re.compile(
    r"第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|[-—–－]\s*\d+\s*[-—–－]|^\d+(?=\s)|(?<=\s)\d+$|^\d+$"
    r"|(?<=\s)\d+\s*/\s*\d+$"  # a browser's print: the page's address, then 2/4
)
_MIN_PAGES = 2
_DEPTH = 2  # a browser prints its header (date, the page's title) and its footer (address, 2/4) both at the foot


def _key(line: str) -> str:
    return "".join(_PAGE_NUMBER.sub("#", line.strip()).split())


def _ends(text: str) -> tuple[list[int], list[int]]:
    """The indexes of the first and of the last lines of a page that hold text, outermost first."""
    filled = [i for i, line in enumerate(text.split("\n")) if line.strip()]
    return filled[:_DEPTH], filled[::-1][:_DEPTH]


def without_running(pages: Sequence[str]) -> str:
    """The pages' text, joined, without the lines that run at the top or the foot of most pages."""
    if len(pages) < _MIN_PAGES:
        return "\n".join(pages)
    lines = [page.split("\n") for page in pages]
    ends = [_ends(page) for page in pages]
    running: set[tuple[int, str]] = set()
    for place in (0, 1):  # the top, the foot
        # a table's header repeated on each page (cells apart by tabs) is the table's own
        counts = Counter(
            k
            for ls, e in zip(lines, ends, strict=True)
            for k in {_key(ls[i]) for i in e[place] if SEPARATOR not in ls[i]}
        )
        running |= {(place, k) for k, n in counts.items() if n >= _MIN_PAGES and n * 2 > len(pages)}
    if not running:
        return "\n".join(pages)
    out: list[str] = []
    for ls, e in zip(lines, ends, strict=True):
        drop: set[int] = set()
        for place in (0, 1):
            for i in e[place]:  # from the edge inward, while each line is a running one
                if (place, _key(ls[i])) not in running:
                    break
                drop.add(i)
        out.append("\n".join(line for i, line in enumerate(ls) if i not in drop))
    return "\n".join(out)
