"""A target cell that writes its own unit (>90万千瓦, 1000个以上), or two measures of one thing
side by side (>40万千瓦/80万千瓦时: a store's power and its energy). Pure."""

from __future__ import annotations

import re

from targetctl.domain.drafting.numbers import half_width
from targetctl.domain.drafting.quantities import NUMBER

_SIGN = re.compile(r"^(?:[≥≤>＞<＜]|不低于|不少于|不超过|大于|小于|达到|约)?")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def split(cell: str) -> tuple[str, str] | None:
    """The cell's first measure as a bare value with its bound (>90, 1000以上) and its unit
    (万千瓦, 个); None when the cell is no value with a unit of its own."""
    parts = pair(cell) or (cell,)
    return _one(parts[0])


def pair(cell: str) -> tuple[str, str] | None:
    """The two measures of a cell that writes one thing twice (>40万千瓦/80万千瓦时), each with
    the first one's bound; None for any other cell (a rate in 万吨/年 is one unit)."""
    first, slash, second = half_width(cell).partition("/")
    if not slash or "/" in second:
        return None
    own, sign = _sign(second), _sign(first)
    second = second if own else sign + second
    a, b = _one(first), _one(second)
    return (first, second) if a is not None and b is not None and a[1] != b[1] else None


# a rate's time after its unit (200万吨/年, 5万立方米/日): one unit with it
_PER = re.compile(r"/(?:年|日|天|月|小时)$")


def _one(cell: str) -> tuple[str, str] | None:
    cell = half_width(cell)
    per = _PER.search(cell)
    cell, per_unit = (cell[: per.start()], per.group()) if per else (cell, "")
    pre = _sign(cell)
    m = NUMBER.fullmatch(cell[len(pre) :])
    if m is None or m["pct"] or not re.fullmatch(r"[\d.]+", m["n1"]):
        return None
    if m["n2"]:  # a range (3-5个, 5-8万千瓦): one unit after its second number, no bound before it
        if pre or m["m1"] or m["u1"] or m["suffix"] not in (None, "左右") or not re.fullmatch(r"[\d.]+", m["n2"]):
            return None
        value = f"{m['n1']}-{m['n2']}"
    else:
        value = m["n1"]
    unit = "".join(m[g] or "" for g in ("m1", "u1", "pre", "mag", "approx", "unit"))
    if not unit or unit == "%" or (unit == "年" and _YEAR.match(m["n1"])) or m["approx"] or m["pre"]:
        return None
    return pre + value + (m["suffix"] or ""), unit + per_unit


def _sign(cell: str) -> str:
    m = _SIGN.match(cell)
    return m.group() if m else ""
