"""A text written in traditional characters (a reprint from Hong Kong or Taiwan, a Big5 file):
read in simplified characters, in which the drafting grammar is written. The plan still quotes
the text's own characters (`domain.drafting.verbatim`).

OpenCC's converter (with its phrase tables, so that 乾 and 覆 are read in context) does the
reading. A text is taken as traditional only when many of its characters change: a simplified
text holds a few characters OpenCC would change (乾隆, 覆盖), and those are never touched."""

from __future__ import annotations

import re

TRADITIONAL_SHARE = 0.05
"""The share of a text's Han characters that must change for it to be read as traditional."""
TRADITIONAL_LEAST = 3

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def simplified(text: str) -> str | None:
    """The text in simplified characters, character for character (each line keeps its length,
    so a place in one is the same place in the other), or None when it is not traditional."""
    han = len(_HAN.findall(text))
    if han < TRADITIONAL_LEAST:
        return None
    import opencc  # loaded only by draft, where a text needs it

    convert = opencc.OpenCC("t2s.json").convert
    read: str = convert(text)
    if len(read) != len(text):
        # a phrase read as one of another length: those lines keep their own characters
        read = "\n".join(r if len(r := convert(line)) == len(line) else line for line in text.split("\n"))
    changed = sum(1 for a, b in zip(text, read, strict=True) if a != b)
    if changed < TRADITIONAL_LEAST or changed < TRADITIONAL_SHARE * han:
        return None
    return read
