"""What `draft` produces, before it is a plan file: the draft's programmes, targets and
exclusions. Its own module, so that every stage (tables, subjects, the extractor) can build
them without importing the extractor."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from targetctl.domain.kinds import is_numeric


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

    def all_programmes(self) -> list[DraftProgramme]:
        out: list[DraftProgramme] = []
        stack = list(reversed(self.programmes))
        while stack:
            p = stack.pop()
            out.append(p)
            stack.extend(reversed(p.children))
        return out
