"""Source articles: matching quotes against OCR'd text, and tracing sentences to targets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from targetctl.model import Plan

_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[。！？；!?;]”?")

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
    """Split normalised text into sentences at Chinese full stops and semicolons."""
    out: list[Sentence] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        out.append(Sentence(text[start : m.end()], start, m.end()))
        start = m.end()
    if start < len(text):
        out.append(Sentence(text[start:], start, len(text)))
    return out


def trace(plan: Plan, source_text: str) -> list[Sentence]:
    """Each sentence of the source, marked by the targets, programmes or exclusions that quote it."""
    text = normalise(source_text)
    result = sentences(text)
    quoted = [(t.id, t.quote) for t in plan.targets]
    quoted += [(p.id, p.quote) for _, p in plan.all_programmes() if p.quote]
    for ident, quote in quoted:
        for a, b in spans(quote, text):
            for s in result:
                if s.start < b and a < s.end and ident not in s.ids:
                    s.ids.append(ident)
                    s.status = "mapped"
    for ex in plan.excluded:
        for a, b in spans(ex.quote, text):
            for s in result:
                if s.start < b and a < s.end and s.status == "unmapped":
                    s.status = "excluded"
                    s.reasons.append(ex.reason)
    return result
