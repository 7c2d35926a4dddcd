"""The end of a page as a clerk reads it: the website's own lines after the document (责任编辑,
相关链接, 主办单位), a report's notes on its terms (名词解释), which end where an attachment begins,
and the note that lists the attachments (附件：1．… 2．…), however a printed page wrapped it.
Works on the parts `structure` gives each line. Pure.
"""

from __future__ import annotations

import re

from targetctl.domain.drafting.lines import BODY, HEADING_RANKS, SENTENCE_MARKS

_ATTACHMENT_NOTE = re.compile(r"^附件(?P<n>\d{0,2})[:：]")
_NAMED = re.compile(r"(?:表|单|清单|目录|方案|计划|规划|办法|细则|指南)$")  # how an attachment's name ends

# also headed by what it annotates: 《政府工作报告》有关内容名词注释, 政府工作报告名词解读
_GLOSSARY = re.compile(
    r"^(?:附[:：]?)?(?:《[^》]{1,30}》|[^，。；：:《》]{0,12}?报告)?(?:有关)?(?:内容)?"
    r"(?:名词解释|名词注释|名词解读|注释|词语解释|有关名词解释)[:：]?$"
)
_TAIL_WINDOW = 80  # lines: a site's tail (editor, related links, buttons) follows the document's end


def page_tail(flat: list[str], parts: list[str], start: int) -> None:
    """From the first of the site's own lines near the end (责任编辑, 扫一扫, 相关链接>>, 打印本页),
    the rest of the page is the site's; from 名词解释 on, the report's notes on its terms."""
    # a heading further on is the document going on: an attachment's items each name their
    # 主办单位, as a site's footer does, and the site's tail follows none
    last_heading = max((i for i, f in enumerate(flat) if parts[i] == BODY and _is_heading(f)), default=-1)
    tail_from = len(flat)
    for i in range(max(start, len(flat) - _TAIL_WINDOW), len(flat)):
        if parts[i] == "site_chrome" and i > last_heading:
            tail_from = i
            break
        if parts[i] == "site_chrome" and _OWNER_LINE.match(flat[i]):
            parts[i] = BODY
    for i in range(tail_from, len(flat)):
        if parts[i] == BODY:
            parts[i] = "page_tail"
    glossary = next((i for i, f in enumerate(flat) if parts[i] == BODY and _GLOSSARY.match(f)), None)
    if glossary is not None:
        for i in range(glossary, len(flat)):
            if parts[i] == "attachment_mark":
                break  # the notes end where an attachment begins: it is the document's own text
            if parts[i] == BODY:
                parts[i] = "glossary"


_OWNER_LINE = re.compile(r"^(?:主办单位|承办单位)[:：]")


def _is_heading(line: str) -> bool:
    return any(pattern.match(line) for _, pattern in HEADING_RANKS[:4])


def attachment_notes(flat: list[str], parts: list[str]) -> None:
    """附件：1．… and the numbered lines under it, up to the signature."""
    for i, f in enumerate(flat):
        note = _ATTACHMENT_NOTE.match(f) if parts[i] == BODY else None
        if note is None:
            continue
        parts[i] = "attachment_note"
        if note["n"]:
            continue  # 附件1：its title; what follows is the attachment itself
        k = i + 1
        while k < len(flat) and (
            not flat[k] or (parts[k] == BODY and (re.match(r"^\d{1,2}[．.、]", flat[k]) or _note_runs_on(flat, k)))
        ):
            if flat[k]:
                parts[k] = "attachment_note"
            k += 1


def _note_runs_on(flat: list[str], k: int) -> bool:
    """Whether line `k` is the rest of the list of attachments above it, wrapped at a printed page's
    margin (…3.2019- / 2025年…计划表4.…): the line before ends inside a name, this one is no
    sentence and names a table, a list or a plan. A line under a name already whole (…任务清单),
    under a bare 附件：, or marked as a heading is the attachment itself (its title, its sections)."""
    before = next((f for f in reversed(flat[:k]) if f), "")
    return (
        not re.search(r"[。；;！？：:]$", before)
        and _NAMED.search(before) is None
        and not _is_heading(flat[k])
        and not re.search(SENTENCE_MARKS, flat[k])
        and _NAMED.search(flat[k]) is not None
    )
