"""'Did you mean …?' for a mistyped id, unit or field."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from targetctl.domain.messages import Msg


def suggest(word: str, choices: Iterable[str]) -> Msg | Literal[""]:
    """'did you mean …?' for a near miss, or nothing."""
    import difflib  # only a miss asks: a command that finds its word need not import it

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return Msg("suggest", word=close[0]) if close else ""
