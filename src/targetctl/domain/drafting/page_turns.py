"""A report printed across a newspaper's pages: a paragraph stops at the foot of one page with
（下转第3版） and goes on at the head of another with （上接第1版）; between them stands the next
page's running header (政 府 工 作 报 告, a date, the paper's name). A clerk reads on across the
turn: the header is furniture, and the section the paragraph is in goes on. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

REASON = "a newspaper's page header where the text turns to another page (下转/上接第N版): furniture"

_PAGE = r"第?[\d一二三四五六七八九十]+版"
_TURNS_AWAY = re.compile(rf"[（(]?下转{_PAGE}[）)]?\s*$")
_TURNS_IN = re.compile(rf"^\s*[（(]?上接{_PAGE}[）)]?")
_HEADER = 30  # a page's running header is short
# what a header dates or numbers (2025年1月15日, 星期三, 第3版, 总第8123期): any other figure is the text's
_HEADER_FIGURES = re.compile(r"\d+年\d+月\d+日|\d{4}[-.]\d{1,2}[-.]\d{1,2}|(?:总)?第\d+(?:版|期|号)|\d+版")
_AT_MOST = 4  # lines of it between the turn and the text it turns to


def page_headers(lines: Sequence[str]) -> dict[int, str]:
    """The lines of a page's running header between a paragraph's 下转第N版 and its 上接第N版."""
    out: dict[int, str] = {}
    for i, line in enumerate(lines):
        if not _TURNS_AWAY.search(line):
            continue
        between: list[int] = []
        for j in range(i + 1, min(i + 2 + _AT_MOST, len(lines))):
            if turn := _TURNS_IN.match(lines[j]):
                out.update(dict.fromkeys((k for k in between if lines[k].strip()), REASON))
                if not lines[j][turn.end() :].strip():
                    out[j] = REASON  # (上接第1版) alone on its line: no heading of the text after it
                break
            if len(re.sub(r"\s+", "", lines[j])) > _HEADER or re.search(r"[。；，]", lines[j]):
                break
            if re.search(r"\d", _HEADER_FIGURES.sub("", lines[j])):
                break  # 城镇新增就业3万人: a figure of the text's own, the rest of its sentence
            between.append(j)
    return out


__all__ = ["REASON", "page_headers"]
