"""What `draft` produces, before it is a plan file: the draft's programmes, targets and
exclusions. Its own module, so that every stage (tables, subjects, the extractor) can build
them without importing the extractor."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from targetctl.domain.drafting.notes import unmarked
from targetctl.domain.kinds import is_numeric


class DraftTooLarge(ValueError):
    """The draft's quotes alone pass `max_quoted` bytes: drafting stops there."""


@dataclass
class DraftProgramme:
    number: int
    title: str
    quote: str | None
    children: list[DraftProgramme] = field(default_factory=list)
    review: str | None = None


@dataclass
class DraftTarget:
    kind: str
    quote: str
    title: str
    programme: int
    comparator: str | None = None
    value: Decimal | None = None
    value_max: Decimal | None = None
    unit: str | None = None
    measure: str | None = None
    of: str | None = None
    numerator: str | None = None
    denominator: str | None = None
    direction: str = "increase"
    annual: bool = False
    against: str | None = None
    subject: str | None = None
    reference: str | None = None
    due: dt.date | None = None
    checkpoints: list[tuple[dt.date, Decimal]] = field(default_factory=list)
    open_ended: bool = False
    review: str | None = None
    baseline: tuple[Decimal, dt.date | None] | None = None

    @property
    def numeric(self) -> bool:
        return is_numeric(self.kind)


@dataclass
class DraftExclusion:
    quote: str
    reason: str
    review: str | None = None


@dataclass
class Draft:
    title: str | None
    period: tuple[dt.date, dt.date]
    period_stated: bool
    programmes: list[DraftProgramme]
    targets: list[DraftTarget]
    excluded: list[DraftExclusion]
    period_note: str | None = None  # where a stated period is only a guess, why

    def __post_init__(self) -> None:
        for t in self.targets:
            t.title = unmarked(t.title)  # …以上① refers to a note: the mark is no part of the title
        for p in self.all_programmes():
            p.title = unmarked(p.title)

    def all_programmes(self) -> list[DraftProgramme]:
        out: list[DraftProgramme] = []
        stack = list(reversed(self.programmes))
        while stack:
            p = stack.pop()
            out.append(p)
            stack.extend(reversed(p.children))
        return out


def fit_dates(targets: list[DraftTarget], period: tuple[dt.date, dt.date]) -> None:
    """Dates outside the plan period would not validate: keep them as review marks instead."""
    for t in targets:
        if t.due and not period[0] <= t.due <= period[1]:
            t.review = f"the text gives {t.due.year} as the year, outside the plan period: check the period or the date"
            t.due = None
        if t.baseline and t.baseline[1] and t.baseline[1] > period[1]:
            said = f"a baseline of {t.baseline[0]} ({t.baseline[1].year}) is after the plan period and was left out"
            t.review = f"{t.review}; {said}" if t.review else said
            t.baseline = None
        kept = [(d, v) for d, v in t.checkpoints if period[0] <= d <= period[1] and (t.due is None or d < t.due)]
        if len(kept) != len(t.checkpoints):
            t.review = t.review or "a checkpoint year outside the plan period was left out"
        t.checkpoints = kept
