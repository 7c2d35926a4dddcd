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

# a column a scope row splits: a year's, or one of values with no year (现状值, 目标值)
_SPLITS = re.compile(r"20\d\d|^(?:基期|基准|现状|目标|规划|预期)值?$")
# a scope under a year's column: a place or a part of it (全省, 三明, 城镇, 农村), words only
_SCOPE_WORD = re.compile(r"^[\u4e00-\u9fff]{1,6}$")
_NOT_SCOPE = re.compile(r"单位|指标|名称|属性|性质|序号|备注|目标|基期|现状|年")
_SCOPED = re.compile(r"^(?P<head>.+)（(?P<scope>[\u4e00-\u9fff]{1,6})）$")


def split(head: Sequence[str], below: Sequence[str]) -> tuple[list[str], int] | None:
    """`head` with each year's column split into the scopes that the row `below` names under every
    year in turn (全省 三明 全省 三明 under 2020年值 and 2025年目标值), and how many cells of
    `below` that row takes; None when `below` opens with no such row."""
    years = [k for k, cell in enumerate(head) if _SPLITS.search(cell)]
    if not years:
        return None
    for n in (2, 3, 4):
        row = list(below[: len(years) * n])
        if len(row) < len(years) * n:
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


def siblings(cells: Sequence[str], target: int | None, base: int | None) -> list[tuple[int, int | None, str]]:
    """Each scope's target column (2025年目标值（全省）, 2025年目标值（三明）) with the base column of
    its own scope and the scope's name, the target column first; none where the target column
    names no scope."""
    parts = [m if (m := _SCOPED.match(c)) and not _NOT_SCOPE.search(m["scope"]) else None for c in cells]
    m = parts[target] if target is not None else None
    others = [k for k, p in enumerate(parts) if p and m and k != target and p["head"] == m["head"]]
    if m is None or target is None or not others:
        return []  # one column with a word in brackets (2026年（目标）) is no scope
    based = parts[base] if base is not None else None
    out: list[tuple[int, int | None, str]] = []
    for k in [target, *others]:
        scope = parts[k]
        assert scope is not None
        own = (
            j for j, p in enumerate(parts) if p and based and (p["head"], p["scope"]) == (based["head"], scope["scope"])
        )
        out.append((k, next(own, None), scope["scope"]))
    return out


def under(cells: Sequence[str], head: Sequence[str]) -> list[str] | None:
    """A Word or Markdown table's header widened by its second row of scopes, or None for any
    other row: the scopes stand under each year's cell and the cells it was merged over (blank,
    or repeating it), in the same order under every year; every other cell is blank or repeats
    the header's."""
    filled = [(k, c) for k, c in enumerate(cells) if c]
    parent: dict[int, int] = {}
    for k, _ in filled:
        if k >= len(head):
            return None
        p = next((j for j in range(k, -1, -1) if head[j]), None)
        while p and head[p - 1] == head[p]:
            p -= 1  # a merged cell repeated over each of its columns (2025年目标值 | 2025年目标值)
        if p is not None and _SPLITS.search(head[p]) and (head[k] in ("", head[p])):
            parent[k] = p
        elif cells[k] != head[k]:
            return None
    spans: dict[int, list[str]] = {}
    for k, p in parent.items():
        spans.setdefault(p, []).append(cells[k])
    scopes = next(iter(spans.values()), [])
    if (
        len(spans) < 2
        or len(scopes) < 2
        or len(set(scopes)) != len(scopes)
        or any(s != scopes for s in spans.values())
        or not all(_SCOPE_WORD.match(w) and not _NOT_SCOPE.search(w) for w in scopes)
    ):
        return None
    wide = list(head) + [""] * (len(cells) - len(head))
    for k, p in parent.items():
        wide[k] = f"{head[p]}（{cells[k]}）"
    return wide
