"""A count that sums up the names listed just before it (东湖、西岭、南山3个实验室): the names are
the content, the count repeats how many there are, so it is no target of its own. Where the list
is only examples of more (…等5个) or the count exceeds the names, the count stands. Pure.
"""

from __future__ import annotations

import re

from targetctl.domain.drafting.numbers import parse_number

_NAME = r"[\u4e00-\u9fff]{1,12}"  # a name in quotation marks is a slogan, its 、 no list
LISTED = re.compile(
    # the whole run of names: never from inside one, nor after a count (幼儿园3所、小学2所)
    rf"(?<![\u4e00-\u9fff\d])(?P<names>(?:{_NAME}、)+{_NAME}?)(?P<n>\d{{1,2}}|[一二两三四五六七八九十])(?:个|座|家|所|条|大|项|处|支|片)"
)


def counts_names(m: re.Match[str]) -> bool:
    """Whether a LISTED match's count equals the names before it (and the list is not 等, more)."""
    names = m["names"]
    if names.endswith("等"):
        return False
    try:
        n = parse_number(m["n"])
    except ValueError:
        return False
    return n == names.count("、") + 1


def names_counted(text: str) -> bool:
    return any(counts_names(m) for m in LISTED.finditer(text))
