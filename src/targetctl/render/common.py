"""Helpers shared by the renderers: safe text, numbers and goals in words."""

from __future__ import annotations

from targetctl.domain.kinds import rules
from targetctl.domain.kinds.base import number as number  # shown by every renderer
from targetctl.domain.model import Target
from targetctl.render.console import OneLine as OneLine  # shared with the start-up fast path
from targetctl.render.console import cut as cut
from targetctl.render.console import fits as fits
from targetctl.render.console import literal as literal
from targetctl.render.console import safe_console as safe_console
from targetctl.render.console import to_text as to_text

# Rich is imported where it is used: the plain lines (`render.line`, a record's status line)
# need goal() from here, and a cold `record` should not load Rich's layout machinery for them.


def unit_text(target: Target, lang: str) -> str:
    """The unit a target's values are shown in, on its own: '人', 'people', '%' for a rate,
    nothing for a milestone or a judged target (a sheet's unit column, a chart's axis)."""
    return rules(target).unit_words(lang)


def goal(target: Target, lang: str = "en") -> str:
    """The target's goal in a few characters, e.g. '≥ 650 projects', '≈ +7%', '−4% (fall)'."""
    return rules(target).goal(lang)
