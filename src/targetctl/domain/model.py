"""The plan model: what a valid plan file contains. No I/O here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from targetctl.domain.messages import Invalid, Msg
from targetctl.domain.vocabulary import STATE_WORDS

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=80)]
NonEmpty = Annotated[str, StringConstraints(min_length=1, max_length=4000)]
Comparator = Literal["at-least", "more-than", "at-most", "less-than", "about", "exactly", "between"]
Measure = Literal["cumulative", "level"]
Cadence = Literal["weekly", "monthly", "quarterly", "yearly"]
Direction = Literal["increase", "decrease"]
MILESTONE_STATES = ("not-started", "in-progress", "done")
UNIT_PATTERN = r"^[^\s]+$"
STAGE_PATTERN = r"^[^\s,;]+$"
UnitName = Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=UNIT_PATTERN)]
StageName = Annotated[str, StringConstraints(min_length=1, max_length=80, pattern=STAGE_PATTERN)]


def _exact(value: Any) -> Any:
    """A YAML number as the Decimal it was written as: 1.2 stays 1.2, not 1.19999…"""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(str(value))
    raise PydanticCustomError("float_type", "Input should be a valid number")


Number = Annotated[Decimal, BeforeValidator(_exact), Field(allow_inf_nan=False)]
NonNegative = Annotated[Decimal, BeforeValidator(_exact), Field(ge=0, allow_inf_nan=False)]
Review = Annotated[str, StringConstraints(min_length=1, max_length=1000)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, allow_inf_nan=False)


class Text(Model):
    """A text in Chinese (as in the source) and its English translation. A missing
    translation is shown in Chinese and is a warning until somebody writes it."""

    zh: NonEmpty
    en: NonEmpty | None = None

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" or self.en is None else self.en


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


class Baseline(Model):
    value: Number
    date: dt.date | None = None
    source: str | None = None


class Checkpoint(Model):
    """A planned value on the way to the target, e.g. 到2023年达到40家 before 到2025年60家."""

    date: dt.date
    value: Number


class UnitDeclaration(Model):
    """A unit the registry lacks, declared by the plan that uses it."""

    zh: NonEmpty
    en: NonEmpty | None = None


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
    review: Review | None = None
    open_ended: bool = False
    _units: dict[str, UnitDeclaration] = PrivateAttr(default_factory=dict)

    @property
    def declared_units(self) -> dict[str, UnitDeclaration]:
        """The units its plan declares, for labels (set when the plan is validated)."""
        return self._units


class NumericBase(TargetBase):
    measure: Measure = "level"
    baseline: Baseline | None = None
    checkpoints: list[Checkpoint] = []


def _between(comparator: str, low: Decimal, high: Decimal | None, what: str) -> None:
    if (comparator == "between") != (high is not None):
        raise Invalid(Msg("model.between_max", what=what))
    if high is not None and high < low:
        raise Invalid(Msg("model.max_below", what=what, high=high, low=low))


def _tolerance(comparator: str, tolerance: Decimal | None) -> None:
    if tolerance is not None and comparator != "about":
        raise Invalid(Msg("model.tolerance_about"))


def _one_value(comparator: str, tolerance: Decimal | None, instead: Msg) -> None:
    """The rules of a target with one goal value: no 'between', a tolerance only with 'about'."""
    if comparator == "between":
        raise Invalid(Msg("model.no_between", instead=instead))
    _tolerance(comparator, tolerance)


class Quantity(NumericBase):
    """A number to reach: at least, more than, at most, less than, about or exactly `value` `unit`.
    `cumulative` counts what was added since the start (新增, 净增, 引进); `level` is a level to reach (达到)."""

    kind: Literal["quantity"]
    comparator: Comparator
    value: NonNegative
    unit: UnitName
    tolerance: NonNegative | None = None
    of: Text | None = None
    measure: Measure = "cumulative"

    @model_validator(mode="after")
    def _comparator(self) -> Quantity:
        _one_value(self.comparator, self.tolerance, Msg("model.use_range"))
        return self


class Range(NumericBase):
    """A value that should end up between `min` and `max` (inclusive)."""

    kind: Literal["range"]
    min: NonNegative
    max: NonNegative
    unit: UnitName
    of: Text | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.max < self.min:
            raise Invalid(Msg("model.range_order", high=self.max, low=self.min))
        return self


class Growth(NumericBase):
    """Growth of a measure (`of`) in percent against a base period (`against`; by convention the
    year before). `direction: decrease` is a fall (下降, 降低, 减少) with `percent` its size, and
    `annual` an average annual (compound) rate from `base_year` (年均增长)."""

    kind: Literal["growth"]
    comparator: Comparator
    percent: Number
    percent_max: Number | None = None
    tolerance: NonNegative | None = None
    direction: Direction = "increase"
    annual: bool = False
    base_year: Annotated[int, Field(ge=1900, le=2200)] | None = None
    of: Text
    against: Text | None = None

    @model_validator(mode="after")
    def _shape(self) -> Growth:
        _between(self.comparator, self.percent, self.percent_max, "percent")
        _tolerance(self.comparator, self.tolerance)
        if self.base_year is not None and not self.annual:
            raise Invalid(Msg("model.base_year_annual"))
        if self.direction == "decrease" and self.percent < 0:
            raise Invalid(Msg("model.decrease_positive"))
        return self


class Share(NumericBase):
    """A share in percent: `numerator` as a part of `denominator` (占…比重, 比例)."""

    kind: Literal["share"]
    comparator: Comparator
    percent: Annotated[Decimal, BeforeValidator(_exact), Field(ge=0, le=100, allow_inf_nan=False)]
    tolerance: NonNegative | None = None
    numerator: Text
    denominator: Text

    @model_validator(mode="after")
    def _shape(self) -> Share:
        _one_value(self.comparator, self.tolerance, Msg("model.two_targets"))
        return self


class Ratio(NumericBase):
    """A premium of one measure over another, in percent: (numerator / denominator - 1) × 100."""

    kind: Literal["ratio"]
    comparator: Comparator
    percent: Number
    tolerance: NonNegative | None = None
    numerator: Text
    denominator: Text

    @model_validator(mode="after")
    def _shape(self) -> Ratio:
        _one_value(self.comparator, self.tolerance, Msg("model.two_targets"))
        return self


class Milestone(TargetBase):
    """A qualitative commitment: not started, in progress (optionally by named stage), done."""

    kind: Literal["milestone"]
    stages: list[StageName] = []

    @model_validator(mode="after")
    def _distinct_stages(self) -> Milestone:
        clash = [s for s in self.stages if s in MILESTONE_STATES or s in STATE_WORDS]
        if clash or len(set(self.stages)) != len(self.stages):
            states = ", ".join((*MILESTONE_STATES, *STATE_WORDS))
            raise Invalid(Msg("model.stages_distinct", states=states))
        return self


class Principle(TargetBase):
    """A standing principle (坚持…, 始终…): ongoing, never done; only judged."""

    kind: Literal["principle"]


class Relation(TargetBase):
    """A relation judged rather than computed, e.g. 收入增长与经济增长基本同步."""

    kind: Literal["relation"]
    subject: Text
    reference: Text


Target = Annotated[
    Quantity | Range | Growth | Share | Ratio | Milestone | Principle | Relation, Field(discriminator="kind")
]
Judged = Principle | Relation
"""Targets whose status comes only from judgements: nothing about them can be counted."""


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


KIND_FIELDS: dict[str, set[str]] = {
    "quantity": set(Quantity.model_fields),
    "range": set(Range.model_fields),
    "growth": set(Growth.model_fields),
    "share": set(Share.model_fields),
    "ratio": set(Ratio.model_fields),
    "milestone": set(Milestone.model_fields),
    "principle": set(Principle.model_fields),
    "relation": set(Relation.model_fields),
}
