"""Columns split by scope under a header over two rows.

A city's plan often sets its targets beside the province's: each year's column (2020年值,
2025年目标值) stands over one cell for each scope (全省 | 三明), and the row under the header
names them, in the same order under every year. A clerk reads each scope as a column of its own:
each scope's target column gives a target due in its year, measured from the same scope's base
value, never from another scope's. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_YEAR = re.compile(r"20\d\d")
# a scope under a year's column: a place or a part of it (全省, 三明, 城镇, 农村), words only
_SCOPE_WORD = re.compile(r"^[\u4e00-\u9fff]{1,6}$")
_NOT_SCOPE = re.compile(r"单位|指标|名称|属性|性质|序号|备注|目标|基期|现状|年")
_SCOPED = re.compile(r"^(?P<head>.+)（(?P<scope>[\u4e00-\u9fff]{1,6})）$")


def split(head: Sequence[str], below: Sequence[str]) -> tuple[list[str], int] | None:
    """`head` with each year's column split into the scopes that the row `below` names under every
    year in turn (全省 三明 全省 三明 under 2020年值 and 2025年目标值), and how many cells of
    `below` that row takes; None when `below` opens with no such row."""
    years = [k for k, cell in enumerate(head) if _YEAR.search(cell)]
    for n in (2, 3, 4):
        row = list(below[: len(years) * n])
        if not years or len(row) < len(years) * n:
            return None
        first = row[:n]
        if (
            len(set(first)) == n
            and all(_SCOPE_WORD.match(w) and not _NOT_SCOPE.search(w) for w in first)
            and all(w == first[i % n] for i, w in enumerate(row))
        ):
            out: list[str] = []
            for k, cell in enumerate(head):
                out += [f"{cell}（{w}）" for w in first] if k in years else [cell]
            return out, len(row)
    return None


def siblings(cells: Sequence[str], target: int | None, base: int | None) -> tuple[list[int], dict[int, int]]:
    """The target column's columns of the other scopes (2025年目标值（三明） beside 2025年目标值（全省）),
    and for each of them the base column of its own scope."""
    m = _SCOPED.match(cells[target]) if target is not None else None
    if m is None:
        return [], {}
    parts = [_SCOPED.match(c) for c in cells]
    others = [k for k, p in enumerate(parts) if p and k != target and p["head"] == m["head"]]
    based = parts[base] if base is not None else None
    bases: dict[int, int] = {}
    for k in others:
        scope = parts[k]
        for j, p in enumerate(parts):
            if p and based and scope and (p["head"], p["scope"]) == (based["head"], scope["scope"]):
                bases[k] = j
    return others, bases
