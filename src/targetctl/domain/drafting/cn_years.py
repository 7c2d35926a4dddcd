"""Years written in Chinese numerals (二〇二五年, 到二〇三〇年, 二〇二六年底前, 二〇二一—二〇二五年)
read as the digits every year rule expects, one character for one, so positions and quotes stay
the source's. Pure.
"""

from __future__ import annotations

import re

from targetctl.domain.drafting.grammar import Named

# a zero is written 〇, or in many documents ○ (a white circle), Ｏ or 零
_DIGIT = {"〇": "0", "○": "0", "Ｏ": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4"}
_DIGIT.update({"五": "5", "六": "6", "七": "7", "八": "8", "九": "9"})
_ANY = "〇○Ｏ零一二三四五六七八九"

CN_YEAR = Named(
    "chinese-numeral-year",
    # a year of this century or the last, digit by digit, before 年 or the dash of a span; not the
    # tail of a longer run of numerals (一二三四五六年 is no year)
    re.compile(rf"(?<![{_ANY}十百千万亿])(?:二[〇○Ｏ零][{_ANY}]{{2}}|一九[{_ANY}]{{2}})(?=年|\s*[-－—–～~至到])"),
    "a year written in Chinese numerals (二〇二五年) is the same year as 2025年 to every rule that reads years",
    "到二〇三〇年，全市公共充电桩达到一万个",
)


def arabic_years(text: str) -> str:
    """到二〇三〇年 → 到2030年, one character for one."""
    return CN_YEAR.pattern.sub(lambda m: "".join(_DIGIT[ch] for ch in m.group()), text)
