"""A reading set into the words of a text: the pinyin a page puts after a character, in brackets
(學(xué)校, 亳(bó)州). The grammar reads the words without it; the plan still quotes the text as it
stands (`domain.drafting.verbatim`). Pure."""

from __future__ import annotations

import re

# a syllable with its tone marked, so that an abbreviation after a word (指数(PMI), 总值(gdp)) is no reading
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_READING = re.compile(
    rf"(?<=[\u3400-\u4dbf\u4e00-\u9fff])[（(](?=[a-zü{_TONED}]{{0,5}}[{_TONED}])[a-zü{_TONED}]{{1,6}}[）)]"
)


def without_readings(text: str) -> tuple[str, list[int]] | None:
    """The text without the readings set into its words, and the place in `text` of each of its
    characters; None when it has none."""
    cuts = [m.span() for m in _READING.finditer(text)]
    if not cuts:
        return None
    kept: list[int] = []
    pieces: list[str] = []
    at = 0
    for start, end in [*cuts, (len(text), len(text))]:
        pieces.append(text[at:start])
        kept.extend(range(at, start))
        at = end
    return "".join(pieces), kept
