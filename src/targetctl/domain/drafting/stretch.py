"""A stretch value after a target (增长2.5%，力争3%): the same indicator, measured the same way,
aimed higher. A clerk reads 力争3% as a second growth rate of what grew 2.5%, not as a bare 3%
of nothing; its quote takes in the clause that names what grows. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from targetctl.domain.drafting.draft import DraftTarget

# a clause that is only the aim and its value: 力争3%, 争取达到6%左右
STRETCH = re.compile(r"^(?:力争|争取|努力)(?:达到|实现)?\d+(?:\.\d+)?%(?:左右|以上)?$")


def stretched(clause: str, made: list[DraftTarget], before: DraftTarget | None, sentence: str) -> list[DraftTarget]:
    """`made` from `clause`, read as a stretch of `before` (the target drafted just before it in
    `sentence`) where the clause is only an aim and a percentage after a growth rate."""
    if before is None or before.kind != "growth" or len(made) != 1 or made[0].unit != "%":
        return made
    if not STRETCH.match(clause):
        return made
    start = sentence.find(before.quote)
    end = sentence.find(clause, start + len(before.quote)) if start >= 0 else -1  # 力争12% may be written twice
    if start < 0 or end < start:
        return made
    aim = made[0]
    quote = sentence[start : end + len(clause)]
    # the aim replaces the range it stretches (增长5%—6%，力争7%): no upper bound of the range is kept
    return [
        replace(
            before,
            value=aim.value,
            value_max=aim.value_max,
            comparator=aim.comparator,
            quote=quote,
            title=quote,
            checkpoints=[],
        )
    ]
