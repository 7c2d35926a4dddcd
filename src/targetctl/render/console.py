"""Text through Rich, light enough for the start-up fast path (no models, no kinds): the
console that cleans every piece of file text, and a Rich Text that shows it literally.

Rich is imported where it is used: the plain lines (`render.line`, a record's status line)
come through `render.common`, and a cold `record` should not load Rich's layout machinery."""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from targetctl.domain.problems import clean

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.measure import Measurement
    from rich.table import Table
    from rich.text import Text


def literal(value: object, style: str = "") -> Text:
    """A Rich Text that shows file text literally: '[bold]' stays '[bold]'."""
    from rich.text import Text

    return Text(clean(value), style=style)


@functools.cache
def safe_console() -> type[Console]:
    """The console class of `to_text`, made on first use (it subclasses Rich's Console)."""
    from rich.console import Console
    from rich.segment import Segment

    class SafeConsole(Console):
        """A console that passes every piece of text through the terminal rule (`clean`) as it is
        written, so that no cell, title or label from a file can carry an escape code past it; only
        the console's own control segments (its colours) reach the terminal."""

        def _render_buffer(self, buffer: Iterable[Segment]) -> str:
            return super()._render_buffer(
                segment if segment.control else Segment(clean(segment.text), segment.style) for segment in buffer
            )

    return SafeConsole


def to_text(*renderables: RenderableType, width: int = 100, color: bool = False) -> str:
    """Render Rich objects to a string: colour only when asked (never for pipes or NO_COLOR)."""
    out = io.StringIO()
    safe_console()(
        file=out,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    ).print(*renderables)
    return out.getvalue()


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
