"""A header over two rows whose target cell is merged over its years (序号 | 指标 | 目标, then
2024年 | 2025年 | 2026年 under 目标): each year a target column of its own. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from targetctl.domain.drafting.numbers import half_width

# a cell that is a year alone (2026年, 2026年度): a column's year, or a row's in a table by year
YEAR_CELL = re.compile(r"^(?P<y>20\d\d)年?(?:度)?$")


def years_under(cells: Sequence[str], head: Sequence[str], target: int) -> list[str] | None:
    """The header widened by its second row of years, or None for any other row. The years stand
    under the merged cell, the cells beside them blank (a Word table, Markdown: | | | 2024年 |) or
    repeating the cells above (序号 | 指标 | 2024年); or, the merged cells lost, they are written
    from the row's first cell on."""
    filled = [(k, c) for k, c in enumerate(cells) if c]
    years = [(k, c) for k, c in filled if YEAR_CELL.match(half_width(c))]
    if len(years) < 2 or target >= len(head):
        return None
    if len(years) == len(filled) and cells[0]:  # 2024年 | 2025年 | 2026年 from the first cell on
        rest = list(head[target + 1 :])
        while rest and not rest[0] and len(rest) > len(head) - target - len(years):
            rest.pop(0)  # the blank cells the merged one spread over (目标 | | |)
        return [*head[:target], *(head[target] + y for _, y in years), *rest]
    at = [k for k, _ in years]
    if at != list(range(target, target + len(at))):
        return None
    if any(k not in at and (k >= len(head) or c != head[k]) for k, c in filled):
        return None  # a cell beside the years that is no repeat of its header's: a data row
    if any(k < len(head) and head[k] not in ("", head[target]) for k in at[1:]):
        return None  # a column of its own above a year (基期值 | 目标值 over 2020年 | 2025年)
    wide = [*head, *[""] * (at[-1] + 1 - len(head))]
    for k, y in years:
        wide[k] = head[target] + y
    return wide
