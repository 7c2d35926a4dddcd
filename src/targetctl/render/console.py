"""Text through Rich, light enough for the start-up fast path (no models, no kinds): the
console that cleans every piece of file text, and a Rich Text that shows it literally.

Rich is imported where it is used: the plain lines (`render.line`, a record's status line)
come through `render.common`, and a cold `record` should not load Rich's layout machinery."""

from __future__ import annotations

import functools
import io
from collections.abc import Iterable
from typing import TYPE_CHECKING

from targetctl.domain.problems import clean

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
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
