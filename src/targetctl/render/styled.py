"""Styled text as Rich holds it, and the pieces of Rich's table layout that the plain writers
(`render/plain_table.py`, `render/plain_overview.py`, `render/plain_show.py`) share: light
enough for a cold `show`, which needs none of status's tables (their module, its patterns and
its dataclasses were about 2 % of one)."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from rich._ratio import ratio_reduce
from rich.cells import cell_len, set_cell_size

# the styles of status's table, for Rich's table (`render/status_table.py`) and this writer alike
STYLE = {
    "achieved": "bold green",
    "on-track": "green",
    "at-risk": "yellow",
    "behind": "red",
    "missed": "bold red",
    "not-started": "dim",
    "no-data": "dim",
}
RATING_STYLE = {"green": "green", "amber": "yellow", "red": "red"}

_ATTRIBUTES = {"bold": 1, "dim": 2, "italic": 3}
_COLOURS = {"red": "31", "green": "32", "yellow": "33", "magenta": "35", "cyan": "36"}


class _Decline(Exception):
    """Something Rich would do that this writer does not: Rich renders instead."""


@functools.cache
def _sgr(styles: tuple[str, ...]) -> str:
    """Rich's standard-colour codes for styles combined in order."""
    attributes: set[int] = set()
    colour = None
    for style in styles:
        for word in style.split():
            if word in _ATTRIBUTES:
                attributes.add(_ATTRIBUTES[word])
            elif word in _COLOURS:
                colour = _COLOURS[word]
            else:
                raise _Decline(word)
    return ";".join([*(str(a) for a in sorted(attributes)), *([colour] if colour else [])])


@dataclass
class Styled:
    """One line of a Rich Text: its characters, its own style, its spans (start, end, style)."""

    plain: str
    style: str = ""
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def __add__(self, other: Styled) -> Styled:
        """`Text.__add__`: the other's own style becomes a span."""
        at = len(self.plain)
        spans = [*self.spans, *([(at, at + len(other.plain), other.style)] if other.style else [])]
        spans += [(s + at, e + at, style) for s, e, style in other.spans]
        return Styled(self.plain + other.plain, self.style, spans)

    def cropped(self, plain: str) -> Styled:
        """The `plain` setter of a shorter text: spans past its end cut or dropped."""
        n = len(plain)
        return Styled(plain, self.style, [(s, min(e, n), st) for s, e, st in self.spans if s < n])

    def head(self, n: int) -> Styled:
        """`text[:n]`."""
        return Styled(self.plain[:n], self.style, [(s, min(e, n), st) for s, e, st in self.spans if s < n and e > 0])

    def runs(self, width: int, cell: str = "") -> list[tuple[str, str]]:
        """The line justified left to `width` cells (the pad in its own style), as segments."""
        size = cell_len(self.plain)
        if size > width:
            raise _Decline("cropped")
        plain = self.plain + " " * (width - size)
        if not self.spans:  # most lines: one segment
            return [(plain, _sgr((cell, self.style)))]
        cuts = sorted({0, len(plain), *(s for s, _e, _st in self.spans), *(e for _s, e, _st in self.spans)})
        out = []
        for start, end in itertools.pairwise(cuts):
            if end <= start:
                continue
            styles = [cell, self.style, *(st for s, e, st in self.spans if s <= start and e >= end)]
            out.append((plain[start:end], _sgr(tuple(styles))))
        return out


def lines(text: str, style: str = "", spans: Sequence[tuple[int, int, str]] = ()) -> list[Styled]:
    """`Text.split('\\n')`: each line keeps the part of each span over it."""
    out, at = [], 0
    for line in text.split("\n"):
        end = at + len(line)
        mine = [(max(s, at) - at, min(e, end) - at, st) for s, e, st in spans if s < end and e > at]
        out.append(Styled(line, style, mine))
        at = end + 1
    return out


def _centred(text: Styled, width: int, overflow_ellipsis: bool) -> Styled:
    """`Lines.justify('center')` of one line: trailing spaces stripped, cut, padded either side."""
    plain = text.plain.rstrip()
    line = text.cropped(plain) if plain != text.plain else text
    if cell_len(line.plain) > width:
        if not overflow_ellipsis:
            raise _Decline("caption cropped")
        line = line.cropped(set_cell_size(line.plain, width - 1) + "…")
    left = (width - cell_len(line.plain)) // 2
    moved = [(s + left, e + left, st) for s, e, st in line.spans]
    padded = " " * left + line.plain
    return Styled(padded + " " * (width - cell_len(padded)), line.style, moved)


def _written(runs: Sequence[tuple[str, str]], color: bool) -> str:
    if not color:
        return "".join(text for text, _code in runs)
    return "".join(f"\x1b[{code}m{text}\x1b[0m" if code and text else text for text, code in runs)


def collapse(widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:
    """Rich's `Table._collapse_widths`: narrow the widest columns that may wrap, in steps down
    to the next widest, until the table fits or no step is left."""
    total = sum(widths)
    excess = total - max_width
    while total and excess > 0 and any(wrapable):
        widest = max(w for w, wrap in zip(widths, wrapable, strict=True) if wrap)
        second = max(w if wrap and w != widest else 0 for w, wrap in zip(widths, wrapable, strict=True))
        ratios = [1 if (w == widest and wrap) else 0 for w, wrap in zip(widths, wrapable, strict=True)]
        if not any(ratios) or not widest - second:
            break
        widths = ratio_reduce(excess, ratios, [min(excess, widest - second)] * len(widths), widths)
        total = sum(widths)
        excess = total - max_width
    return widths
