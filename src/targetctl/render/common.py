"""Helpers shared by the renderers: safe text, numbers and goals in words."""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from targetctl.domain.kinds import rules
from targetctl.domain.kinds.base import number as number  # shown by every renderer
from targetctl.domain.model import Target
from targetctl.render.console import literal as literal  # shared with the start-up fast path
from targetctl.render.console import safe_console as safe_console
from targetctl.render.console import to_text as to_text

# Rich is imported where it is used: the plain lines (`render.line`, a record's status line)
# need goal() from here, and a cold `record` should not load Rich's layout machinery for them.
if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult
    from rich.measure import Measurement
    from rich.table import Table
    from rich.text import Text


def unit_text(target: Target, lang: str) -> str:
    """The unit a target's values are shown in, on its own: '人', 'people', '%' for a rate,
    nothing for a milestone or a judged target (a sheet's unit column, a chart's axis)."""
    return rules(target).unit_words(lang)


def goal(target: Target, lang: str = "en") -> str:
    """The target's goal in a few characters, e.g. '≥ 650 projects', '≈ +7%', '−4% (fall)'."""
    return rules(target).goal(lang)


_NUMBERISH = re.compile(r"[\d０-９.,，．%]")


class OneLine:
    """Text kept to one line: cut with an ellipsis to the width it is given, but never
    just after a digit ('引进1…' could be any figure)."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        from rich.measure import Measurement

        return Measurement(min(8, self.text.cell_len), self.text.cell_len)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield cut(self.text, options.max_width)


def cut(text: Text, width: int) -> Text:
    """`text` in at most `width` cells: whole, or cut (never right after a digit) and ended with '…'."""
    if text.cell_len <= width:
        return text
    kept = text.copy()
    kept.truncate(max(0, width - 1))
    plain = kept.plain
    if plain and _NUMBERISH.match(plain[-1]):  # '…30…' could be 300: keep no part of a number
        keep = len(plain)
        while keep and _NUMBERISH.match(plain[keep - 1]):
            keep -= 1
        kept = kept[:keep]
    kept.append("…")
    kept.no_wrap = True
    return kept


def fits(table: Table, width: int) -> bool:
    """Whether the table shows every id, number and status whole in `width` columns (titles
    may be cut): each line of every cell but the titles must stand in the output as it is.
    The widest such line of each column, added up, settles most cases without rendering."""
    from rich.cells import cell_len
    from rich.console import Console, Group
    from rich.text import Text

    atoms: list[str] = []
    needed = 3 * len(table.columns) + 2  # padding and borders, at the most
    for column in table.columns:
        widest = 0
        for cell in column.cells:
            parts = cell.renderables if isinstance(cell, Group) else [cell]
            for part in parts:
                if isinstance(part, Text | str):
                    lines = [line.strip() for line in str(part).splitlines() if line.strip()]
                    atoms += lines
                    widest = max([widest, *(cell_len(line) for line in lines)])
        needed += max(widest, cell_len(str(column.header)))
    if needed <= width:
        return True
    out = io.StringIO()
    Console(file=out, width=width, no_color=True, legacy_windows=False, emoji=False).print(table)
    shown = out.getvalue()
    return all(atom in shown for atom in atoms)
