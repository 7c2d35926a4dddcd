"""The end of a page as a clerk reads it: the website's own lines after the document (责任编辑,
相关链接, 主办单位) and a report's notes on its terms (名词解释), which end where an attachment begins.
Works on the parts `structure` gives each line. Pure.
"""

from __future__ import annotations

import re

from targetctl.domain.drafting.lines import BODY, HEADING_RANKS

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
