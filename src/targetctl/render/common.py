"""Helpers shared by the renderers: safe text, numbers and goals in words."""

from __future__ import annotations

import io

from rich.console import Console, RenderableType
from rich.text import Text

from targetctl.errors import clean
from targetctl.model import Growth, Milestone, Quantity, Range, Ratio, Target
from targetctl.units import unit_label

_SIGNS = {"at-least": "≥", "at-most": "≤", "exactly": "="}


def literal(value: object, style: str = "") -> Text:
    """A Rich Text that shows file text literally: '[bold]' stays '[bold]'."""
    return Text(clean(value), style=style)


def number(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"


def goal(target: Target, lang: str = "en") -> str:
    """The target's goal in a few characters, e.g. '≥ 650 projects' or '+11%'."""
    if isinstance(target, Quantity):
        return f"{_SIGNS[target.comparator]} {number(target.value)} {unit_label(target.unit, lang)}"
    if isinstance(target, Range):
        return f"{number(target.min)}–{number(target.max)} {unit_label(target.unit, lang)}"
    if isinstance(target, Growth | Ratio):
        return f"{_SIGNS[target.comparator]} {target.percent:+g}%"
    if isinstance(target, Milestone):
        return "完成" if lang == "zh" else "done"
    raise TypeError(type(target))


def to_text(*renderables: RenderableType, width: int = 100, color: bool = False) -> str:
    """Render Rich objects to a string: colour only when asked (never for pipes or NO_COLOR)."""
    out = io.StringIO()
    Console(
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
