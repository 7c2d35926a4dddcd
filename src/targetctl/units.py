"""The vocabulary of units a target may be measured in, with display names."""

from __future__ import annotations

from typing import Literal

Unit = Literal[
    "people", "projects", "items", "parks", "enterprises", "percent", "km2", "mu", "yuan", "10k-yuan", "100m-yuan"
]

UNITS: dict[str, tuple[str, str]] = {
    "people": ("人", "people"),
    "projects": ("个", "projects"),
    "items": ("项", "items"),
    "parks": ("个", "parks"),
    "enterprises": ("家", "enterprises"),
    "percent": ("%", "%"),
    "km2": ("平方公里", "km²"),
    "mu": ("亩", "mu"),
    "yuan": ("元", "yuan"),
    "10k-yuan": ("万元", "10k yuan"),
    "100m-yuan": ("亿元", "100m yuan"),
}


def unit_label(unit: str, lang: str = "en") -> str:
    zh, en = UNITS.get(unit, (unit, unit))
    return zh if lang == "zh" else en
