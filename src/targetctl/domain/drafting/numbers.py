"""Numbers as Chinese plans write them: Arabic, full-width and Chinese numerals."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# Full-width digits and signs map one to one onto ASCII, so positions in the text stay the same;
# so do the hyphens, the figure dash and the minus sign a word processor may put between numbers
HALF_WIDTH = str.maketrans("０１２３４５６７８９．％－～，∶﹕／\u2010\u2011\u2012\u2212", "0123456789.%-~,::/----")

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10_000, "亿": 100_000_000}
CN_DIGITS = "零〇一二两三四五六七八九"
CN_NUMERAL = f"[{CN_DIGITS}十百千][{CN_DIGITS}十百千]*"
# digits before the point past which a number is no quantity a plan sets (万亿 is 13 digits): a
# typing or conversion slip, and a plan file could not hold it exactly
MAX_DIGITS = 15
BEYOND_MEASURE = "a number of more than 15 digits is no quantity a plan sets (a typing or conversion slip)"


def beyond_measure(value: Decimal) -> bool:
    """Whether `value` has more digits before its point than any quantity a plan sets."""
    return not value.is_finite() or value.adjusted() >= MAX_DIGITS


_ARABIC = re.compile(r"^\d+(?:,\d{3})*(?:\.\d+)?$")


def half_width(text: str) -> str:
    return text.translate(HALF_WIDTH)


def parse_number(text: str) -> Decimal:
    """`text` as a Decimal: '1,200.5', '１２', '一百二十', '两千', '十五', '三点五', '二〇二五'.
    Magnitudes 万 and 亿 are accepted inside a Chinese numeral ('一万二千') but callers keep
    a trailing magnitude in the unit instead. Raises ValueError for anything else."""
    text = half_width(text.strip())
    if _ARABIC.match(text):
        return Decimal(text.replace(",", ""))
    whole, point, frac = text.partition("点")
    if (
        not whole
        or any(ch not in _DIGITS and ch not in _SMALL and ch not in _LARGE for ch in whole)
        or (point and (not frac or any(ch not in _DIGITS for ch in frac)))
    ):
        raise ValueError(f"not a number: {text!r}")
    return _chinese(text)


def _chinese(text: str) -> Decimal:
    """A Chinese numeral, read by cn2an (imported here: it takes a quarter of a second to import,
    which only `draft` should pay). 百, 千 open a numeral as 一百, 一千 do."""
    import cn2an  # type: ignore[import-untyped]

    try:
        value = cn2an.cn2an("一" + text if text[0] in "百千" else text, "normal")
    except (ValueError, LookupError) as e:
        raise ValueError(f"not a number: {text!r}") from e
    return Decimal(str(value))


def number_text(value: Decimal) -> str:
    """A Decimal as written in a plan file: no exponent, no trailing zeros after the point."""
    try:
        text = format(value.normalize(), "f")
    except InvalidOperation:  # pragma: no cover - Decimal from parse_number is always finite
        text = str(value)
    return text


# what follows a measure's value, never a name's number: a magnitude, a share (GDP 1500亿元, CPI 3%)
_VALUE_AFTER = re.compile(r"\s*(?:[万亿]|%|‰|个百分点)")


def latin_named(text: str, start: int, end: int) -> bool:
    """Whether the number at `start`..`end` of `text` is part of a Latin name, right after its letters
    (IPv6升级, G228国道, H7N9, PM2.5): never a value, its 升 no litre. After a measure's Latin name
    (GDP, CPI), a number with a magnitude or a share is that measure's value (GDP 1500亿元, CPI 3%)."""
    if ((start > 0 and text[start - 1] == "%") or text.startswith("%", end)) and _escaped(text, start, end):
        return True  # deptName=%E7%9C%81: a web address's escaped bytes, no share
    letter = start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()
    return letter and not _VALUE_AFTER.match(text, end)


# a byte escaped in a web address with a hex letter in it (%E7, %9C): shares side by side (18%25%, 95%98%)
# have digits only; the bytes of a Chinese character always have one (its first is %E4 to %E9)
_URL_ESCAPE = re.compile(r"%(?:[A-Fa-f][0-9A-Fa-f]|[0-9][A-Fa-f])")
_ADDRESS_REACH = 64  # how far along an address a number's neighbours are looked at (linear however long)


def _escaped(text: str, start: int, end: int) -> bool:
    """Whether the unbroken run of ASCII around `start`..`end` (a web address) escapes a byte."""
    lo, hi = start, end
    while lo > max(0, start - _ADDRESS_REACH) and "!" <= text[lo - 1] <= "~":
        lo -= 1
    while hi < min(len(text), end + _ADDRESS_REACH) and "!" <= text[hi] <= "~":
        hi += 1
    return _URL_ESCAPE.search(text, lo, hi) is not None
