"""A topic stated first and its bound after a comma (…的再担保业务收费，原则上不高于…的0.5%): the
bound has no subject of its own, it measures the topic, so the two are read as one clause and the
target quotes both. Pure.
"""

from __future__ import annotations

import re

from targetctl.domain.drafting.clauses import Clause
from targetctl.domain.drafting.quantities import find_numbers

# a noun phrase that names a measure: what a bound can be set on
_TOPIC = re.compile(
    r"^[^，。；：:]{0,40}?(?:收费|费率|费用|价格|比例|占比|比重|金额|利率|额度|期限|规模|水平|强度|密度|浓度|指数)$"
)
# a verb at its start makes it a clause of its own (降低担保费率), and so does a result (稳中有降)
_ACTS = re.compile(
    r"^(?:降低|提高|提升|扩大|压降|降|增加|减少|控制|保持|推动|推进|加快|落实|完善|合理)|有降|有升|下降|上升"
)
_BOUND = re.compile(r"^(?:原则上|一般|一般应|均|应|须|必须)?(?:不高于|不低于|不超过|不少于|不多于|低于|高于|控制在)")


def join_topics(parts: list[Clause]) -> list[Clause]:
    """`parts` with each topic clause joined to the bound that follows it."""
    out: list[Clause] = []
    for c in parts:
        prev = out[-1] if out else None
        if (
            prev
            and c.start == prev.start + len(prev.full)
            and prev.full.endswith(("，", ","))
            and _TOPIC.match(prev.text)
            and not _ACTS.search(prev.text)
            and not find_numbers(prev.text)
            and _BOUND.match(c.text)
            and find_numbers(c.text)
        ):
            out[-1] = Clause(prev.full + c.text, prev.full + c.full, prev.start)
        else:
            out.append(c)
    return out
