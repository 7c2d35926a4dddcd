"""The status of one target on one line, as `record` prints it after a write, and the words
of values, planned values and progress that every renderer shares. Imports no Rich: a cold
`record` prints this line without loading Rich's layout machinery."""

from __future__ import annotations

import math
from decimal import Decimal
from typing import TYPE_CHECKING

from targetctl.domain.kinds import rules
from targetctl.render.bars import BAR as BAR
from targetctl.render.bars import bar as bar
from targetctl.render.bars import percent_text as percent_text
from targetctl.render.common import goal
from targetctl.render.i18n import f as tf
from targetctl.render.i18n import t as tr

if TYPE_CHECKING:
    from targetctl.domain.model import Target
    from targetctl.domain.progress import Progress


def value_text(target: Target, value: float | Decimal | str | None, lang: str = "en", *, unit: bool = True) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):  # a milestone's state (or one of its own stage names)
        return tr(value, lang)
    return rules(target).value_words(value, lang, unit)


def expected_text(target: Target, value: float | None, lang: str = "en", *, unit: bool = True) -> str:
    """A planned value rounded to the goal's own precision, but to two significant figures
    at least: 513 projects, not 512.88; 1.5 km², not 1 (for a goal of 2)."""
    aim = rules(target).goal_number()
    if value is None or aim is None or not rules(target).counted:
        return value_text(target, value, lang, unit=unit)
    places = max(0, -aim.normalize().as_tuple().exponent)  # type: ignore[operator]
    if 0 < abs(value) < 10:
        places = max(places, 1 - math.floor(math.log10(abs(value))))
    return value_text(target, round(value, places), lang, unit=unit)


def status_line(p: Progress, lang: str = "en") -> str:
    """One line for after `record`: id, value vs goal, status."""
    t = p.target
    current = value_text(t, p.current, lang)
    parts = [f"{t.id}: {current} ({tf('status.goal', lang, goal=goal(t, lang))})", bar(p.fraction), tr(p.status, lang)]
    if p.expected is not None:
        parts.insert(2, tf("status.expected", lang, value=expected_text(t, p.expected, lang)))
    return "  ".join(parts)
