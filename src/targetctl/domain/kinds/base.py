"""What every target kind shares: the field types, the base models and the rules of a
comparator. The kinds themselves are one module each in this package."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal, Protocol

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, StringConstraints
from pydantic_core import PydanticCustomError

from targetctl.domain.messages import Invalid, Msg, NoHint
from targetctl.domain.problems import clean
from targetctl.domain.units import unit_label

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


def exact(value: Any) -> Any:
    """A YAML number as the Decimal it was written as: 1.2 stays 1.2, not 1.19999…"""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(str(value))
    raise PydanticCustomError("float_type", "Input should be a valid number")


Number = Annotated[Decimal, BeforeValidator(exact), Field(allow_inf_nan=False)]
NonNegative = Annotated[Decimal, BeforeValidator(exact), Field(ge=0, allow_inf_nan=False)]
Review = Annotated[str, StringConstraints(min_length=1, max_length=1000)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, allow_inf_nan=False, defer_build=True)


class Text(Model):
    """A text in Chinese (as in the source) and its English translation. A missing
    translation is shown in Chinese and is a warning until somebody writes it."""

    zh: NonEmpty
    en: NonEmpty | None = None

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" or self.en is None else self.en


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


def between(comparator: str, low: Decimal, high: Decimal | None, what: str) -> None:
    if (comparator == "between") != (high is not None):
        raise Invalid(Msg("model.between_max", what=what))
    if high is not None and high < low:
        raise Invalid(Msg("model.max_below", what=what, high=high, low=low))


def tolerance_only_about(comparator: str, tolerance: Decimal | None) -> None:
    if tolerance is not None and comparator != "about":
        raise Invalid(Msg("model.tolerance_about"))


def one_value(comparator: str, tolerance: Decimal | None, instead: Msg) -> None:
    """The rules of a target with one goal value: no 'between', a tolerance only with 'about'."""
    if comparator == "between":
        raise Invalid(Msg("model.no_between", instead=instead))
    tolerance_only_about(comparator, tolerance)


SIGNS = {"at-least": "≥", "more-than": ">", "at-most": "≤", "less-than": "<", "about": "≈", "exactly": "="}
Drawing = Literal["bar", "band", "checklist", "judgement"]
"""How a kind is drawn: a bar towards a goal, a band to end in, a list of states, or only its latest judgement."""
Bounds = Literal["any", "count", "share", "none"]
"""What a recorded number must be: any number, not negative (a count or a size), 0 to 100, or none at all."""


def number(value: float | Decimal) -> str:
    if isinstance(value, Decimal):  # a plan's own figure, shown as written: 1.2 stays 1.2
        return f"{value.normalize():,f}" if value == value.to_integral_value() else f"{value:,f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"


def percent(value: Decimal, signed: bool = True) -> str:
    return f"{'+' if signed and value > 0 else ''}{number(value)}%"


def plain(value: Decimal | None) -> int | float | None:
    """A plan's Decimal as a JSON number: 100 stays 100, 1.2 stays 1.2."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def unit_words(target: TargetBase, unit: str, lang: str, value: Decimal | float | None = None) -> str:
    """A unit in words, with the labels the target's plan declares, said of one where `value`
    is 1; a leading space except for the percent sign (95%, 2 万户)."""
    text = clean(unit_label(unit, lang, target.declared_units, one=value == 1))  # a plan's own label is data
    return text if text in ("%", "‰") else f" {text}"


class Rules(Protocol):
    """What the rest of the program asks a target's kind instead of testing which kind it is.
    `kinds.rules(target)` gives the one for a target; each kind's module defines its own."""

    numeric: ClassVar[bool]
    """Its values are numbers (else states, or only judgements)."""
    judged: ClassVar[bool]
    """Its status comes only from judgements: nothing about it can be counted."""
    counted: ClassVar[bool]
    """A count or a size in a unit: never negative, and compared with its latest value for slips."""
    drawing: ClassVar[Drawing]
    bounds: ClassVar[Bounds]

    @property
    def cumulative(self) -> bool:
        """It records a running total (what was added since the start), which must not fall."""
        ...

    def goal(self, lang: str) -> str:
        """The goal in a few characters, e.g. '≥ 650 projects', '≈ +7%', '−4% (fall)'."""
        ...

    def unit(self) -> str | None:
        """The unit values are recorded in ('percent' for rates), or None where no number is."""
        ...

    def unit_words(self, lang: str) -> str:
        """The unit as shown on its own: '人', 'people', '%'; nothing for states and judgements."""
        ...

    def value_words(self, value: float | Decimal, lang: str, unit: bool = True) -> str:
        """A recorded number as shown: '+7%', '95%', '650 projects'."""
        ...

    def goal_number(self) -> Decimal | None:
        """The goal's figure as written (a range's top), or None where there is none."""
        ...

    def states(self) -> tuple[str, ...]:
        """The states a value may be: a milestone's; none for other kinds."""
        ...

    def goal_json(self) -> dict[str, Any]:
        """The goal as `status --json` gives it."""
        ...

    def value_hint(self) -> Msg | NoHint:
        """What to type when a value is refused."""
        ...


@dataclass(frozen=True)
class Ruled:
    """A kind's rules over one target: the one dataclass of the nine kinds' rules. Each kind's
    class inherits its `__init__`, equality, hash and repr rather than generating its own with
    `@dataclass`, which compiles them anew for every class: about 3 M instructions each, 1 % of
    a cold command for the nine."""

    target: Any  # the kind's model: narrowed by each kind's rules


class CountRules(Ruled):
    """What the kinds counted in a unit share (quantity, range, zero): never negative, the
    unit the plan names, and a running total when `measure` is cumulative."""

    numeric: ClassVar[bool] = True
    judged: ClassVar[bool] = False
    counted: ClassVar[bool] = True
    bounds: ClassVar[Bounds] = "count"

    @property
    def cumulative(self) -> bool:
        return bool(self.target.measure == "cumulative")

    def unit(self) -> str:
        return str(self.target.unit)

    def unit_words(self, lang: str) -> str:
        return unit_words(self.target, self.target.unit, lang).strip()

    def value_words(self, value: float | Decimal, lang: str, unit: bool = True) -> str:
        return f"{number(value)}{unit_words(self.target, self.target.unit, lang, value) if unit else ''}"

    def states(self) -> tuple[str, ...]:
        return ()

    def value_hint(self) -> Msg | NoHint:
        return Msg("record.number_hint")


class RateRules(Ruled):
    """What the kinds in percent share (growth, share, ratio): one figure, `percent`, and a
    value typed as the percent reported to date."""

    numeric: ClassVar[bool] = True
    judged: ClassVar[bool] = False
    counted: ClassVar[bool] = False
    drawing: ClassVar[Drawing] = "bar"

    @property
    def cumulative(self) -> bool:
        return bool(self.target.measure == "cumulative")

    def unit(self) -> str:
        return "percent"

    def unit_words(self, lang: str) -> str:
        return "%"

    def value_words(self, value: float | Decimal, lang: str, unit: bool = True) -> str:
        return f"{value:+g}%"

    def goal_number(self) -> Decimal:
        return Decimal(self.target.percent)

    def states(self) -> tuple[str, ...]:
        return ()

    def goal_json(self) -> dict[str, Any]:
        t = self.target
        out: dict[str, Any] = {"comparator": t.comparator, "percent": plain(t.percent), "unit": "percent"}
        return out | ({"tolerance": plain(t.tolerance)} if t.tolerance is not None else {})

    def value_hint(self) -> Msg | NoHint:
        return Msg("record.percent_hint")


class UncountedRules(Ruled):
    """What the kinds without numbers share (milestone, principle, relation): no unit, no
    figure and no value to type."""

    numeric: ClassVar[bool] = False
    counted: ClassVar[bool] = False
    bounds: ClassVar[Bounds] = "none"

    @property
    def cumulative(self) -> bool:
        return False

    def unit(self) -> None:
        return None

    def unit_words(self, lang: str) -> str:
        return ""

    def value_words(self, value: float | Decimal, lang: str, unit: bool = True) -> str:
        return number(value)  # pragma: no cover - these kinds hold states or judgements

    def goal_number(self) -> None:
        return None

    def states(self) -> tuple[str, ...]:
        return ()

    def value_hint(self) -> Msg | NoHint:
        return ""


class JudgedRules(UncountedRules):
    """What the kinds only judged share (principle, relation)."""

    judged: ClassVar[bool] = True
    drawing: ClassVar[Drawing] = "judgement"

    def goal_json(self) -> dict[str, Any]:
        return {"judged": True}
