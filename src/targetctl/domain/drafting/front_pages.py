"""The pages a printed plan has in front of its text, under its title: the month it was compiled
(2023年1月), a table of contents (目录 and its lines ending in page numbers), the title printed
again over the text, perhaps broken over other lines, and the note of the meeting that adopted
it (（…会议通过）, perhaps over two lines). None of them holds a target or opens a section. Pure.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from targetctl.domain.drafting.lines import HEADING_RANKS

_YEAR = r"(?:\d{4}|[〇○Ｏ零一二三四五六七八九]{4})年"
_MONTH = re.compile(rf"^[（(]?{_YEAR}(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月[）)]?$")
CONTENTS = re.compile(r"^目录$")
# a contents line ends in its page number: …发展基础……1, …主要目标-5-, …主要目标 12
_PAGE_REF = re.compile(r"(?:[-—–－]\d{1,3}[-—–－]|[.．…·]{2,}\d{1,3}|[\u4e00-\u9fff）)”]\d{1,3})$")
_ADOPTED = re.compile(r"(?:通过|批准|审议通过|审定)[）)]$")
_DATED_OPEN = re.compile(rf"^[（(]{_YEAR}")


def mark_front_pages(
    flat: list[str], parts: list[str], start: int, title: str | None, contents: ContentsIndex | None = None
) -> list[int]:
    """From `start`, the first line under the title, mark the front pages until the first line of
    text; only lines still in the body are marked. Return the lines that print the title again."""
    again: list[int] = []
    wanted = re.sub(r"[《》]", "", title or "")
    i = start
    while i < len(flat):
        f = flat[i]
        if not f:
            i += 1
            continue
        if parts[i] != "body":
            return again
        if _MONTH.match(f):
            parts[i] = "compiled"
            i += 1
        elif CONTENTS.match(f):
            i = mark_contents(flat, parts, i, contents)
        elif (n := _title_again(flat, i, wanted)) > 0:
            for k in range(i, i + n):
                parts[k] = "title"
                again.append(k)
            i += n
        elif (n := _adopted(flat, i)) > 0:
            for k in range(i, i + n):
                parts[k] = "subtitle"
            i += n
        else:
            return again
    return again


def _title_again(flat: list[str], i: int, wanted: str) -> int:
    """How many lines from `i` print the title again (up to three), or 0."""
    got = ""
    for n in range(3):
        if i + n >= len(flat) or not flat[i + n]:
            return 0
        got += flat[i + n]
        if not wanted.startswith(got) or len(got) < 4:
            return 0
        if got == wanted:
            return n + 1
    return 0


def _adopted(flat: list[str], i: int) -> int:
    """How many lines from `i` (one or two) hold the note of the meeting that adopted the plan."""
    if not _DATED_OPEN.match(flat[i]):
        return 0
    if _ADOPTED.search(flat[i]):
        return 1
    if i + 1 < len(flat) and len(flat[i + 1]) <= 30 and _ADOPTED.search(flat[i + 1]):
        return 2
    return 0


def mark_contents(flat: list[str], parts: list[str], at: int, index: ContentsIndex | None = None) -> int:
    """Mark the table of contents under the 目录 line at `at`; return the first line after it.

    Its lines end in page numbers, or, in a copy made for the web, they are the headings alone:
    then the text starts where its first heading is printed again (perhaps with its text run on:
    一、总体要求。到2025年…), and lines are contents only if every one up to that point is a
    heading or another 目录 (a 目录 over anything else is left as it is). A contents copied twice
    ends where the heading is printed the last time with nothing but headings since; a text of
    nothing but headings under its 目录, none with a figure in it (新建公园10个 is an item, not
    a heading), is an outline copied alone, contents to its end."""
    parts[at] = "contents"
    i = at + 1
    while i < len(flat) and (not flat[i] or _PAGE_REF.search(flat[i])):
        if flat[i]:
            parts[i] = "contents"
        i += 1
    first = next((k for k in range(at + 1, len(flat)) if flat[k]), None)
    if first is None or not _heading(_PAGE_REF.sub("", flat[first])):
        return i
    index = index or ContentsIndex(flat)
    places = index.places.get(_entry(flat[first]), [])
    n = bisect.bisect_right(places, first)
    if n == len(places) and index.unlike[-1] == index.unlike[i] and index.numbered[-1] == index.numbered[i]:
        end = len(flat)  # nothing but headings to the end, none with a figure: an outline copied alone
    elif n == len(places) or places[n] < i or index.unlike[places[n]] > index.unlike[i]:
        return i
    else:
        while n + 1 < len(places) and index.unlike[places[n + 1]] == index.unlike[places[n]]:
            n += 1
        end = places[n]
    for k in range(i, end):
        if flat[k]:
            parts[k] = "contents"
    return end


class ContentsIndex:
    """What `mark_contents` asks of the whole text, worked out once for all its 目录 lines: asked
    afresh for each, it was quadratic (minutes for a text of many)."""

    def __init__(self, flat: list[str]) -> None:
        self._flat = flat

    @cached_property
    def places(self) -> dict[str, list[int]]:
        """The lines by the heading they print, in order: a contents line without its page
        number, a heading in the text without the text run on after it."""
        out: dict[str, list[int]] = {}
        for k, f in enumerate(self._flat):
            if f:
                out.setdefault(_entry(_RUN_ON.split(f, maxsplit=1)[0]), []).append(k)
        return out

    @cached_property
    def numbered(self) -> list[int]:
        """How many lines before each line hold a figure besides a page number (新建公园10个)."""
        counts = [0]
        for f in self._flat:
            counts.append(counts[-1] + (1 if re.search(r"\d", _PAGE_REF.sub("", f)) else 0))
        return counts

    @cached_property
    def unlike(self) -> list[int]:
        """How many lines before each line no contents would hold (a sentence, a long line)."""
        counts = [0]
        for f in self._flat:
            held = not f or _heading(f) or _PAGE_REF.search(f) or CONTENTS.match(f)
            counts.append(counts[-1] + (0 if held else 1))
        return counts


_RUN_ON = re.compile(r"[。！？!?]")


def _entry(flat: str) -> str:
    """A heading as the contents lists it: without its page number or dot leaders."""
    return re.sub(r"[.．…·]+$", "", _PAGE_REF.sub("", flat))


def _heading(flat: str) -> bool:
    """A line that is a heading alone, as a contents line is: a marker and a short title."""
    return len(flat) <= 40 and not re.search(r"[，。；;]", flat) and any(p.match(flat) for _, p in HEADING_RANKS)
