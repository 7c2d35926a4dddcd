"""Quotation marks a PDF's text layer puts in the wrong place, put back where they were printed.

An office suite prints “ ” in a Latin font inside Chinese text, and may write each font's glyphs as
a run of their own: the Chinese run with a gap where each mark stands (推动74项 跨省通办 事项), and
the Latin run at the place of its first glyph, its marks spaced out by their offsets (74 “ ” “ ”).
Read in the order written, the marks cut numbers from their units (74 “ ” “ ”项), and the words they
quoted stand apart. Where a line holds as many such displaced marks as gaps between Chinese
characters, and none is left in its place, each mark goes into its gap, in order; any other line is
left as read. Pure.
"""

from __future__ import annotations

import re

_MARK = "“”‘’"
# marks read apart from their words: a space before one, or marks with only spaces between them
DISPLACED = re.compile(rf" [{_MARK}](?:[ \u3000]*[{_MARK}])*|[{_MARK}](?:[ \u3000]+[{_MARK}])+")
# a gap a mark was printed in: one space between two Chinese characters or Chinese punctuation
_CJK = r"\u3001-\u303f\u4e00-\u9fff\uff01-\uffef"
GAP = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")


def put_back(line: str) -> str:
    """`line` with its displaced quotation marks in the gaps they were printed in, or as it was."""
    found = list(DISPLACED.finditer(line))
    if not found:
        return line
    marks = [c for m in found for c in m.group() if c in _MARK]
    kept = DISPLACED.sub("", line)
    if any(c in _MARK for c in kept):
        return line  # a mark still in its place: the line was not split by font, its spaces are the writer's
    gaps = [m.start() for m in GAP.finditer(kept)]
    if len(gaps) != len(marks):
        return line  # the marks cannot be placed with certainty: the line stays as read
    out, last = [], 0
    for at, mark in zip(gaps, marks, strict=True):
        out += [kept[last:at], mark]
        last = at + 1
    return "".join(out) + kept[last:]


def marks_put_back(text: str) -> str:
    """Every line of a page's text with its displaced marks put back."""
    if not any(c in text for c in _MARK):
        return text
    return "\n".join(put_back(line) for line in text.split("\n"))


__all__ = ["DISPLACED", "GAP", "marks_put_back", "put_back"]
