"""各 inside a list of items, as a clerk reads it: 新增停车位800个、公厕和口袋公园各6个 gives the 6
to each noun of its own item (公厕 6, 口袋公园 6), while the other items keep their own numbers.
A clause with one number is read by subjects.numeric's 均/各 rule; this reads the items of a
clause with several. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from targetctl.domain.drafting.draft import DraftTarget
from targetctl.domain.drafting.quantities import Number

# what ends the item before: its number's measure word (个、, 家、) and the separator after it
_ITEM_START = re.compile(r"^[^、，,；;]{0,4}?[、，,；;]")


def items(flat: str, numbers: list[Number]) -> list[tuple[int, str]]:
    """For each of `numbers` written right after 各 (…各6个), its index and the words of its item
    before 各: from the separator after the number before it, or from the clause's start."""
    out: list[tuple[int, str]] = []
    for i, num in enumerate(numbers):
        if flat[num.start - 1 : num.start] != "各":
            continue
        start = numbers[i - 1].end if i else 0
        head = flat[start : num.start - 1]
        if i:
            cut = _ITEM_START.match(head)
            if cut is None:
                continue  # no separator: the number before belongs to this item
            head = head[cut.end() :]
        out.append((i, head))
    return out


def split(
    flat: str,
    made: list[DraftTarget],
    numbers: list[Number],
    nouns: Callable[[str], list[str]],
    title: str,
) -> list[DraftTarget]:
    """`made` (`made[i]` read from `numbers[i]`) with each count or growth written after 各 in a
    clause of several numbers given once to each noun of its item that `nouns` finds."""
    if len(numbers) < 2 or len(made) != len(numbers):
        return made
    out = list(made)
    for i, head in reversed(items(flat, numbers)):
        named = nouns(head)
        if len(named) > 1 and made[i].kind in ("quantity", "growth"):
            out[i : i + 1] = [replace(made[i], of=s, title=f"{s}：{title}") for s in named]
    return out


__all__ = ["items", "split"]
