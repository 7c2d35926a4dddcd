"""The plan model: what a valid plan file contains. No I/O here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from targetctl.units import Unit

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=80)]
NonEmpty = Annotated[str, StringConstraints(min_length=1, max_length=4000)]
Comparator = Literal["at-least", "at-most", "exactly"]
Measure = Literal["cumulative", "level"]
Cadence = Literal["weekly", "monthly", "quarterly", "yearly"]
Kind = Literal["quantity", "range", "growth", "ratio", "milestone"]
MILESTONE_STATES = ("not-started", "in-progress", "done")


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, allow_inf_nan=False)


class Text(Model):
    """A text in Chinese (as in the source) and its English translation."""

    zh: NonEmpty
    en: NonEmpty

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Period(Model):
    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")
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
    programmes: list[Programme] = []


class Baseline(Model):
    value: float
    date: dt.date | None = None
    source: str | None = None


class Checkpoint(Model):
    """A planned value on the way to the target, e.g. a quarterly milestone."""

    date: dt.date
    value: float


class TargetBase(Model):
    id: Id
    programme: Id
    title: Text
    quote: NonEmpty
    due: dt.date | None = None
    lead_unit: str | None = None
    supporting_units: list[NonEmpty] = []
    cadence: Cadence | None = None
    note: str | None = None


class NumericBase(TargetBase):
    measure: Measure = "level"
    baseline: Baseline | None = None
    checkpoints: list[Checkpoint] = []


class Quantity(NumericBase):
    """A number to reach: at least, at most or exactly `value` `unit`."""

    kind: Literal["quantity"]
    comparator: Comparator
    value: Annotated[float, Field(ge=0)]
    unit: Unit
    measure: Measure = "cumulative"


class Range(NumericBase):
    """A value that should end up between `min` and `max` (inclusive)."""

    kind: Literal["range"]
    min: Annotated[float, Field(ge=0)]
    max: Annotated[float, Field(ge=0)]
    unit: Unit

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.max < self.min:
            raise ValueError(f"range max ({self.max:g}) is below min ({self.min:g})")
        return self


class Growth(NumericBase):
    """Growth of a measure (`of`) in percent against a baseline period (`against`)."""

    kind: Literal["growth"]
    comparator: Comparator
    percent: float
    of: Text
    against: Text


class Ratio(NumericBase):
    """A premium of one measure over another, in percent: (numerator / denominator - 1) × 100."""

    kind: Literal["ratio"]
    comparator: Comparator
    percent: float
    numerator: Text
    denominator: Text


class Milestone(TargetBase):
    """A qualitative commitment: not started, in progress (optionally by named stage), done."""

    kind: Literal["milestone"]
    stages: list[Id] = []

    @model_validator(mode="after")
    def _distinct_stages(self) -> Milestone:
        clash = [s for s in self.stages if s in MILESTONE_STATES]
        if clash or len(set(self.stages)) != len(self.stages):
            raise ValueError(f"stages must be distinct and differ from {', '.join(MILESTONE_STATES)}")
        return self


Target = Annotated[Quantity | Range | Growth | Ratio | Milestone, Field(discriminator="kind")]
NumericTarget = Quantity | Range | Growth | Ratio


class Exclusion(Model):
    """A source sentence deliberately not mapped to any target, and why."""

    quote: NonEmpty
    reason: NonEmpty


class Plan(Model):
    id: Id
    title: Text
    lead_unit: str | None = None
    period: Period
    source: Source
    programmes: list[Programme] = []
    targets: list[Target] = []
    excluded: list[Exclusion] = []

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


def programme_loc(index: tuple[int, ...]) -> tuple[str | int, ...]:
    """The location in the YAML of the programme at a nesting index path."""
    loc: list[str | int] = []
    for i in index:
        loc += ["programmes", i]
    return tuple(loc)


KIND_FIELDS: dict[str, set[str]] = {
    "quantity": set(Quantity.model_fields),
    "range": set(Range.model_fields),
    "growth": set(Growth.model_fields),
    "ratio": set(Ratio.model_fields),
    "milestone": set(Milestone.model_fields),
}
