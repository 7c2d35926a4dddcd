"""A report printed across a newspaper's pages: a paragraph stops at the foot of one page with
（下转第3版） and goes on at the head of another with （上接第1版）; between them stands the next
page's running header (政 府 工 作 报 告, a date, the paper's name). A clerk reads on across the
turn: the header is furniture, and the section the paragraph is in goes on. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

REASON = "a newspaper's page header where the text turns to another page (下转/上接第N版): furniture"

_TURNS_AWAY = re.compile(r"[（(]?下转第?[\d一二三四五六七八九十]+版[）)]?\s*$")
_TURNS_IN = re.compile(r"^\s*[（(]?上接第?[\d一二三四五六七八九十]+版[）)]?")
_HEADER = 30  # a page's running header is short
_AT_MOST = 4  # lines of it between the turn and the text it turns to


def page_headers(lines: Sequence[str]) -> dict[int, str]:
    """The lines of a page's running header between a paragraph's 下转第N版 and its 上接第N版."""
    out: dict[int, str] = {}
    for i, line in enumerate(lines):
        if not _TURNS_AWAY.search(line):
            continue
        between: list[int] = []
        for j in range(i + 1, min(i + 2 + _AT_MOST, len(lines))):
            if _TURNS_IN.match(lines[j]):
                out.update(dict.fromkeys((k for k in between if lines[k].strip()), REASON))
                break
            if len(re.sub(r"\s+", "", lines[j])) > _HEADER or re.search(r"[。；，]", lines[j]):
                break
            between.append(j)
    return out


__all__ = ["REASON", "page_headers"]
