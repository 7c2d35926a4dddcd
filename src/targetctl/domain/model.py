"""The plan model: what a valid plan file contains. No I/O here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated

from pydantic import StringConstraints, model_validator

from targetctl.domain.kinds import (
    AnyTarget,
    Growth,
    Milestone,
    Principle,
    Quantity,
    Range,
    Ratio,
    Relation,
    Share,
    Target,
    kind_fields,
)
from targetctl.domain.kinds.base import (
    ID_PATTERN,
    MILESTONE_STATES,
    STAGE_PATTERN,
    UNIT_PATTERN,
    Baseline,
    Cadence,
    Checkpoint,
    Comparator,
    Direction,
    Id,
    Measure,
    Model,
    NonEmpty,
    NonNegative,
    Number,
    NumericBase,
    Review,
    StageName,
    TargetBase,
    Text,
    UnitDeclaration,
    UnitName,
)
from targetctl.domain.messages import Invalid, Msg

Judged = Principle | Relation
"""Targets whose status comes only from judgements: nothing about them can be counted."""


class Period(Model):
    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end < self.start:
            raise Invalid(Msg("model.period_order", end=self.end, start=self.start))
        return self

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


class Source(Model):
    """Where the plan's wording comes from. `file` is relative to the plans folder."""

    file: Annotated[str, StringConstraints(pattern=r"^[^/\\:]+(?:/[^/\\:]+)*$", max_length=255)]
    publication: str | None = None
    compiler: str | None = None
    date: dt.date | None = None
    note: str | None = None


class Programme(Model):
    """An area of work, or a named programme, project or campaign inside one."""

    id: Id
    title: Text
    quote: NonEmpty | None = None
    review: Review | None = None
    programmes: list[Programme] = []


class Exclusion(Model):
    """A source sentence deliberately not mapped to any target, and why."""

    quote: NonEmpty
    reason: NonEmpty
    review: Review | None = None


class Plan(Model):
    id: Id
    title: Text
    lead_unit: str | None = None
    period: Period
    source: Source
    units: dict[UnitName, UnitDeclaration] = {}
    programmes: list[Programme] = []
    targets: list[Target] = []
    excluded: list[Exclusion] = []

    @model_validator(mode="after")
    def _share_units(self) -> Plan:
        if self.units:
            for t in self.targets:
                t._units = self.units  # a private attribute: the plan stays frozen
        return self

    def all_programmes(self) -> Iterator[tuple[tuple[int, ...], Programme]]:
        """Every programme, depth first, with its index path in the nesting."""
        stack: list[tuple[tuple[int, ...], Programme]] = [((i,), p) for i, p in enumerate(self.programmes)]
        stack.reverse()
        while stack:
            index, prog = stack.pop()
            yield index, prog
            stack.extend(reversed([((*index, i), p) for i, p in enumerate(prog.programmes)]))

    def due(self, target: TargetBase) -> dt.date:
        return target.due or self.period.end

    def deadline(self, target: TargetBase) -> dt.date | None:
        """The due date as shown: none for an open-ended target (逐步实现…), which is measured
        against no date (no expected path, never behind or missed); `due` stays the period's
        end for the checks that need a date."""
        return None if target.open_ended else self.due(target)


def programme_loc(index: tuple[int, ...]) -> tuple[str | int, ...]:
    """The location in the YAML of the programme at a nesting index path."""
    loc: list[str | int] = []
    for i in index:
        loc += ["programmes", i]
    return tuple(loc)


KIND_FIELDS: dict[str, set[str]] = kind_fields()

__all__ = [
    "ID_PATTERN",
    "KIND_FIELDS",
    "MILESTONE_STATES",
    "STAGE_PATTERN",
    "UNIT_PATTERN",
    "AnyTarget",
    "Baseline",
    "Cadence",
    "Checkpoint",
    "Comparator",
    "Direction",
    "Exclusion",
    "Growth",
    "Id",
    "Judged",
    "Measure",
    "Milestone",
    "Model",
    "NonEmpty",
    "NonNegative",
    "Number",
    "NumericBase",
    "Period",
    "Plan",
    "Principle",
    "Programme",
    "Quantity",
    "Range",
    "Ratio",
    "Relation",
    "Review",
    "Share",
    "Source",
    "StageName",
    "Target",
    "TargetBase",
    "Text",
    "UnitDeclaration",
    "UnitName",
    "programme_loc",
]
