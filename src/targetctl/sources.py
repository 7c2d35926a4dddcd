"""Source articles: matching quotes against OCR'd text, and tracing sentences to targets."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from targetctl.model import Plan

_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[。！？；!?;，,：:]”?")
_PUNCT = re.compile(r"[\W_]")

SentenceStatus = Literal["mapped", "excluded", "unmapped"]


def normalise(text: str) -> str:
    """OCR'd columns break lines inside words: compare texts with all white space removed."""
    return _SPACE.sub("", text)


def spans(quote: str, text: str) -> list[tuple[int, int]]:
    """Every place the (normalised) quote stands in the normalised text."""
    needle = normalise(quote)
    found: list[tuple[int, int]] = []
    start = text.find(needle) if needle else -1
    while start >= 0:
        found.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return found


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    status: SentenceStatus = "unmapped"
    ids: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


def sentences(text: str) -> list[Sentence]:
    """Split normalised text into clauses: at Chinese full stops, semicolons, commas and colons,
    so that a commitment forgotten inside a long sentence still shows as its own clause."""
    out: list[Sentence] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        out.append(Sentence(text[start : m.end()], start, m.end()))
        start = m.end()
    if start < len(text):
        out.append(Sentence(text[start:], start, len(text)))
    return out


def _overlapping(units: list[Sentence], starts: list[int], a: int, b: int) -> Iterator[Sentence]:
    i = max(0, bisect.bisect_right(starts, a) - 1)
    while i < len(units) and units[i].start < b:
        if a < units[i].end:
            yield units[i]
        i += 1


def trace(plan: Plan, source_text: str) -> list[Sentence]:
    """Each clause of the source: mapped when a target or programme quotes any of it; excluded
    when the plan's exclusions cover all of its words; otherwise unmapped."""
    text = normalise(source_text)
    result = sentences(text)
    starts = [s.start for s in result]
    quoted = [(t.id, t.quote) for t in plan.targets]
    quoted += [(p.id, p.quote) for _, p in plan.all_programmes() if p.quote]
    for ident, quote in quoted:
        for a, b in spans(quote, text):
            for s in _overlapping(result, starts, a, b):
                if ident not in s.ids:
                    s.ids.append(ident)
                    s.status = "mapped"
    excluded = bytearray(len(text))
    reasons: dict[int, list[str]] = {}
    for ex in plan.excluded:
        for a, b in spans(ex.quote, text):
            excluded[a:b] = b"\x01" * (b - a)
            for s in _overlapping(result, starts, a, b):
                reasons.setdefault(s.start, []).append(ex.reason)
    for s in result:
        words = [k for k in range(s.start, s.end) if not _PUNCT.match(text[k])]
        if s.status == "unmapped" and words and all(excluded[k] for k in words):
            s.status = "excluded"
            s.reasons = list(dict.fromkeys(reasons.get(s.start, [])))
    return result
