"""Full-width digits made half-width, once, before any reader of tables or numbers sees the text.

A document typed with a Chinese input method in full-width mode writes ２０２５年, ４１．２ and
％; every table reader and number rule is written for 2025年, 41.2 and %. A full-width point
is a decimal point only between two digits (１．２); elsewhere (一、1．) it stays as written. Pure.
"""

from __future__ import annotations

import re

_DIGITS = {0xFF10 + i: 0x30 + i for i in range(10)} | {0xFF05: 0x25}  # ０-９, ％
_POINT = re.compile(r"(?<=\d)．(?=\d)")


def half_width(text: str) -> str:
    """The text with full-width digits, per cent signs and decimal points half-width."""
    if not any("\uff05" <= ch <= "\uff19" for ch in text):
        return text
    return _POINT.sub(".", text.translate(_DIGITS))
