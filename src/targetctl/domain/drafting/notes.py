"""Notes under a table or a text: they explain a figure above, they set nothing. Pure.

A plan puts its notes after a table or at a section's end: 注：… (备注：, 注1：), or a line opened
by a circled mark (① 2025年为76万吨。) that a figure above refers to (稳定在80万吨以上①, a cell
99③). A circled mark that nothing above refers to numbers the items of a list (①新建…1座。),
which are the text's own. The reference marks themselves are no part of a target's title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_CIRCLED = "①-⑳"
# (name, pattern, reason): a line that is a note whatever stands above it
_NOTE_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "note",
        re.compile(r"^(?:注|注释|备注)\s*\d{0,2}\s*[：:]"),
        "a note (注：…): it explains a figure above and sets nothing",
    ),
)
_OPENING_MARK = re.compile(rf"^[{_CIRCLED}]")
_REFERENCE = re.compile(rf"(?<=[^\s{_CIRCLED}])[{_CIRCLED}]+")  # a mark after a word or a number
_REFERENCED = "a note under a figure marked {mark} above: it explains the figure and sets nothing"


def note_lines(lines: Sequence[str]) -> dict[int, str]:
    """The lines that are notes, by index, each with the reason it is no target."""
    out: dict[int, str] = {}
    referred: set[str] = set()
    note: str | None = None  # the reason of the 注： whose items may follow it
    for i, line in enumerate(lines):
        text = line.strip()
        rule = next((reason for _, pattern, reason in _NOTE_RULES if pattern.match(text)), None)
        opening = _OPENING_MARK.match(text)
        if rule is not None:
            out[i] = note = rule
        elif opening is not None and opening.group() in referred:
            out[i] = _REFERENCED.format(mark=opening.group())
        elif note is not None and opening is not None:
            out[i] = note  # 注：① … ② …: the note's further items, on lines of their own
        elif note is not None and text and _item_follows(lines, i):
            out[i] = note  # the end of an item broken over a line, with another item after it
        elif text:
            note = None
        referred.update(ch for m in _REFERENCE.finditer(text) for ch in m.group())
    return out


def _item_follows(lines: Sequence[str], i: int) -> bool:
    nxt = next((ln.strip() for ln in lines[i + 1 :] if ln.strip()), "")
    return bool(_OPENING_MARK.match(nxt))


def unmarked(title: str) -> str:
    """A title without the reference marks after its words (…以上① → …以上)."""
    return _REFERENCE.sub("", title)
