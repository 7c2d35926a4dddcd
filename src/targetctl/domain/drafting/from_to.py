"""A change written from a starting level to a target (由当前的N家达到M家, 从目前的N%提高到M%):
当前/目前 after 由 or 从 dates the starting level, it states no current count the clause relies
on; the starting level is no target and the level reached is. Pure.
"""

from __future__ import annotations

import re

from targetctl.domain.drafting.grammar import Named

BASELINE_NOW = Named(
    "starting level dated now",
    re.compile(r"(?:由|从)(?:当前|目前|现在)"),
    "由当前的N…达到M: the current level is where a change starts, the level it reaches is the target",
    "到2028年，全市软件企业由当前的40家达到65家",
)
# for classify.CONTEXT_NUMBER: 当前/目前 that opens a starting level, not a statement of what is
NOT_AFTER_FROM = r"(?<!由)(?<!从)"
