"""A 分别 list shares its bound, as a clerk reads it: 分别达85%、92%、100% is at least each value,
分别增长5%、6.5%左右 is about each. A value with a bound of its own keeps it. Pure."""

from __future__ import annotations

import re

from targetctl.domain.drafting.draft import DraftTarget
from targetctl.domain.drafting.quantities import Number

# only separators between two values of the list: 85%、92%, 6%和7%
_BETWEEN = re.compile(r"[、和及与]?")


def share_bounds(flat: str, made: list[DraftTarget], numbers: list[Number]) -> None:
    """Give the values of a 分别 list in `flat` the bound written once: the word before the first
    (分别达, 分别不低于) forward, the suffix after the last (左右, 以上) back. `made[i]` was read
    from `numbers[i]`."""
    at = flat.find("分别")
    listed = [i for i, n in enumerate(numbers) if at >= 0 and n.start > at]
    if len(listed) < 2 or len(made) != len(numbers):
        return
    runs: list[list[int]] = [[listed[0]]]
    for i in listed[1:]:
        if _BETWEEN.fullmatch(flat[numbers[i - 1].end : numbers[i].start]) and not numbers[i - 1].suffix:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) < 2:
            continue
        first, last = run[0], run[-1]
        bare = [i for i in run if not numbers[i].suffix and made[i].comparator == "exactly"]
        if numbers[last].suffix and len(bare) == len(run) - 1:
            for i in bare:
                made[i].comparator = made[last].comparator  # 分别增长5%、6.5%左右
        elif not numbers[first].suffix and made[first].comparator != "exactly":
            for i in bare:
                made[i].comparator = made[first].comparator  # 分别达85%、92%、100%
