"""The document's own title where a printed web page puts other lines above it.

A title names a document: it ends with the name of its genre (通知, 方案, 计划…), with its span of
years in brackets, or it is an announcement's number (…公告〔2026〕第10号, which names the
announcement as a dispatch number names a notice). A page printed to PDF may put the site's
chrome (术语表, 网站地图) or even the text's first lines (为深入贯彻…) above the title. Where the line
read as the title names no document and a run of up to three short lines further down does, that
run is the title: the line taken before goes back to the text, or to the page's chrome if it is
a short line of its own. Each rule is data (grammar.Named) with a sentence of our own
(tests/domain/test_drafting_own_title.py). Pure.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.lines import HEADING_RANKS, MARKERS
from targetctl.domain.drafting.structure import _TITLE_END, BODY, MEETING_ALONE, TITLE, Structure

_LOOK = 200  # lines searched for the title: it stands near the top of the page
_SENTENCE = re.compile(r"[。，；！？,;!?：:]")

_ANNOUNCEMENT = Named(
    "announcement-number",
    re.compile(r"^\S{2,30}(?:公告|通告)[〔\[［【(（]?(?:19|20)\d\d[〕\]］】)）]?年?第\d{1,4}号$"),
    "an announcement is titled by its number (…公告〔2026〕第10号), which is not a dispatch number",
    "青川市财政局公告〔2026〕第3号",
)
NAMES_A_DOCUMENT: tuple[Named, ...] = (
    Named(
        "genre-or-span",
        _TITLE_END,
        "a title ends with its genre (方案, 计划, 通知…) or its span of years in brackets",
        "青川市促进数字经济发展行动计划（2026—2028年）",
    ),
    _ANNOUNCEMENT,
)
# where a sentence of the text opens: a line that starts so is the text, never a title
OPENS_TEXT = Named(
    "opens-text",
    re.compile(r"^(?:为了?|根据|按照|依据|近年来|当前|随着|经|现将|现就)"),
    "a line that opens a sentence of the text (为深入贯彻…) is the text, not a title",
    "为深入贯彻落实省委决策部署",
)


def _flat(line: str) -> str:
    return re.sub(r"\s+", "", line)


# a line that is wholly a document's title in title marks (《…若干措施》), as a news page heads it
_QUOTED = re.compile(r"^《(?P<t>[^《》]+)》$")


def _unquoted(flat: str) -> str:
    return m["t"] if (m := _QUOTED.match(flat)) else flat


def names_a_document(flat: str) -> bool:
    return any(rule.pattern.search(_unquoted(flat)) for rule in NAMES_A_DOCUMENT)


def _candidate(flat: str, parts: Sequence[str], i: int) -> bool:
    return (
        (parts[i] in (BODY, TITLE) or (parts[i] == "dispatch_number" and _ANNOUNCEMENT.pattern.match(flat) is not None))
        and 0 < len(flat) <= 50
        and not _SENTENCE.search(flat)
        and not OPENS_TEXT.pattern.match(flat)
        and not any(p.match(flat) for _, p in HEADING_RANKS)
    )


def _run(flat: list[str], parts: Sequence[str], start: int) -> list[int] | None:
    """The lines from `start` (up to three, blank lines between them skipped) whose join names a
    document, or None."""
    lines: list[int] = []
    i = start
    while i < len(flat) and len(lines) < 3:
        if not flat[i]:
            i += 1
            continue
        if not _candidate(flat[i], parts, i):
            return None
        lines.append(i)
        joined = "".join(flat[k] for k in lines)
        if names_a_document(joined) and len(joined) >= 8:
            return lines
        i += 1
    return None


def restore(st: Structure, lines: Sequence[str]) -> Structure:
    """`st` with the document's own title, where the line read as its title names no document."""
    if st.forwarded or not st.official or names_a_document(_flat(st.title or "")):
        return st
    flat = [_flat(line) for line in lines]
    parts = list(st.parts)
    old = list(st.title_lines)
    for start in range(min(len(flat), _LOOK)):
        found = None if start in old else _run(flat, parts, start)
        after = next((f for f in flat[found[-1] + 1 :] if f), "") if found else ""
        if found is None or re.match(r"[，。；、）)]", after):
            continue  # a line whose sentence goes on below it is the text's
        # a short line of the site's over the title (高级搜索) is not part of it; a title broken at
        # the page's width is broken late in its words, so its first line is long
        while len(found) > 1 and len(flat[found[0]]) <= 6 and (later := _run(flat, parts, found[1])) is not None:
            found = later
        for k in old:
            # the text's first line goes back to the text; a short line of the site's own, to its chrome
            parts[k] = BODY if OPENS_TEXT.pattern.match(flat[k]) or len(flat[k]) > 12 else "site_chrome"
        for k in found:
            parts[k] = TITLE
        title = _unquoted("".join(flat[k] for k in found))
        return dataclasses.replace(st, parts=tuple(parts), title=title, title_lines=tuple(found))
    return st


# a part of a report that opens a text cut from it (2025年工作安排): a heading, no title
_PART = re.compile(r"^(?:20\d\d年)?(?:工作安排|工作回顾|主要任务|总体要求|工作目标|主要目标|目标任务|重点工作)$")
# a news page's headline over the title it announces (市政府办公室印发 / 《…若干措施》)
_ANNOUNCES = re.compile(r"(?:印发|发布|出台|公布|印发了|出台了)$")


# a full date that opens a line, not one a title names a day by (2025年3月1日起施行的…条例解读)
_DATED = re.compile(rf"^[（(]?(?:\d{{4}}年\d{{1,2}}月\d{{1,2}}日(?!起|前|以来|至|到)|{MEETING_ALONE})")


# an attachment's mark glued to its title by a copy that lost the line break (附件2某市…三年行动计划)
_GLUED_MARK = re.compile(r"^附件\d{0,2}[:：]?(?=[^\d:：\s].{5,})")


def without_mark(title: str) -> str:
    """The title without an attachment's mark glued before it, where the rest still names a document."""
    bare = _GLUED_MARK.sub("", title)
    return bare if names_a_document(bare) else title


def first_lines_title(paras: Sequence[str]) -> tuple[str | None, int]:
    """The title of a text with no document structure, from its first paragraphs, and how many of
    them it takes: a short first line with no sentence in it, or the title in title marks under a
    headline that announces it."""
    first = without_mark(paras[0]) if paras else ""
    # a news headline may cry out inside it (…出炉!件件与你我相关, 重磅！…); a line that ends on a cry
    # or asks is a slogan or a greeting
    if len(paras) < 2 or len(first) > 60 or re.search(r"[。？?；;，,：:]|[！!]$", first):
        return None, 0
    if any(p.match(first) for _, p in MARKERS) or _PART.match(first) or _DATED.match(first):
        return None, 0  # a heading, a part, or the day and meeting a report was delivered at
    if _ANNOUNCES.search(first) and (quoted := _QUOTED.match(paras[1])) and names_a_document(paras[1]):
        return quoted["t"], 2
    return first.strip("。，；：,;:"), 1


__all__ = ["NAMES_A_DOCUMENT", "OPENS_TEXT", "first_lines_title", "names_a_document", "restore", "without_mark"]
