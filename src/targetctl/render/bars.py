"""Progress bars and whole percents: shared by the one line after `record` (`render.line`, no
Rich) and the overview the start-up fast path composes (`render.overview`, no models)."""

from __future__ import annotations

BAR = 10


def percent_text(fraction: float) -> str:
    """A share as a whole percent that never claims 100% before it is reached."""
    whole = round(fraction * 100)
    if whole >= 100 > fraction * 100:
        whole = 99
    return f"{whole}%"


def bar(fraction: float | None, cells: int = BAR) -> str:
    """A progress bar that is full only at 100%, with the percent beside it."""
    if fraction is None:
        return "—"
    share = min(1.0, max(0.0, fraction))
    filled = cells if share >= 1.0 else min(cells - 1, round(share * cells))
    return "█" * filled + "░" * (cells - filled) + f" {percent_text(fraction)}"
