"""A list of values in one unit that runs to the end of its clause (分别超300万吨、40万吨、90万吨)
is a list of values, as a clerk reads it: the bound word before the first (超, 过) bounds each of
them. Only a list that ends before a noun (超5万元、超20万元的合作社) names kinds of things by their
size. Pure.
"""

from __future__ import annotations

import re

from targetctl.domain.drafting.grammar import Named

VALUE_LIST = Named(
    "values listed to the clause's end",
    # one further item of the list: its separator and number, its magnitude; its unit is checked apart
    re.compile(r"[、和及与]\d+(?:\.\d+)?[十百千万亿]*"),
    "values in one unit listed to the end of their clause (超300万吨、40万吨) are values, not sizes that name kinds",
    "确保稻谷、玉米产量分别超310万吨、42万吨。",
)
# what may close the list: a bound written once after its last value, then the clause's end
_END = re.compile(r"(?:及以上|以上|左右|以内)?(?:[，,。；;]|$)")


def listed_to_end(after: str, unit: str) -> bool:
    """Whether `after` (the text after a value in `unit`) is only further values in that unit
    up to the end of the clause (or of the text read)."""
    if not unit:
        return False
    pos, items = 0, 0
    while (m := VALUE_LIST.pattern.match(after, pos)) and after.startswith(unit, m.end()):
        pos, items = m.end() + len(unit), items + 1
    return items > 0 and _END.match(after, pos) is not None
