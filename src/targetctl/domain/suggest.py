"""'Did you mean …?' for a mistyped id, unit or field."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Literal

from targetctl.domain.messages import Msg


def suggest(word: str, choices: Iterable[str]) -> Msg | Literal[""]:
    """'did you mean …?' for a near miss, or nothing."""
    import difflib  # only a miss asks: a command that finds its word need not import it

    options = list(choices)
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not close:  # capitals (a sheet's autocorrect, caps lock), full-width forms (an input method)
        plain = unicodedata.normalize("NFKC", word).strip().lower()
        close = difflib.get_close_matches(plain, options, n=1, cutoff=0.6) if plain != word else []
    return Msg("suggest", word=close[0]) if close else ""
