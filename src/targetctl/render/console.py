"""Text through Rich, light enough for the start-up fast path (no models, no kinds): the
console that cleans every piece of file text, and a Rich Text that shows it literally."""

from __future__ import annotations

import io
from collections.abc import Iterable

from rich.console import Console, RenderableType
from rich.segment import Segment
from rich.text import Text

from targetctl.domain.problems import clean


def literal(value: object, style: str = "") -> Text:
    """A Rich Text that shows file text literally: '[bold]' stays '[bold]'."""
    return Text(clean(value), style=style)


class SafeConsole(Console):
    """A console that passes every piece of text through the terminal rule (`clean`) as it is
    written, so that no cell, title or label from a file can carry an escape code past it; only
    the console's own control segments (its colours) reach the terminal."""

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        return super()._render_buffer(
            segment if segment.control else Segment(clean(segment.text), segment.style) for segment in buffer
        )


def to_text(*renderables: RenderableType, width: int = 100, color: bool = False) -> str:
    """Render Rich objects to a string: colour only when asked (never for pipes or NO_COLOR)."""
    out = io.StringIO()
    SafeConsole(
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
