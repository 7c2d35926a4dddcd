"""A value to end up between two (控制在3%—5%): the kind `range`."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, Literal

from pydantic import model_validator

from targetctl.domain.kinds.base import (
    Bounds,
    Drawing,
    NonNegative,
    NumericBase,
    Text,
    UnitName,
    number,
    plain,
    unit_words,
)
from targetctl.domain.messages import Invalid, Msg, NoHint


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


@dataclass(frozen=True)
class RangeRules:
    target: Range
    numeric: ClassVar[bool] = True
    judged: ClassVar[bool] = False
    counted: ClassVar[bool] = True
    drawing: ClassVar[Drawing] = "band"
    bounds: ClassVar[Bounds] = "count"

    @property
    def cumulative(self) -> bool:
        return self.target.measure == "cumulative"

    def goal(self, lang: str) -> str:
        t = self.target
        return f"{number(t.min)}–{number(t.max)}{unit_words(t, t.unit, lang)}"

    def unit(self) -> str:
        return self.target.unit

    def unit_words(self, lang: str) -> str:
        return unit_words(self.target, self.target.unit, lang).strip()

    def value_words(self, value: float | Decimal, lang: str, unit: bool = True) -> str:
        return f"{number(value)}{unit_words(self.target, self.target.unit, lang) if unit else ''}"

    def goal_number(self) -> Decimal:
        return self.target.max

    def states(self) -> tuple[str, ...]:
        return ()

    def goal_json(self) -> dict[str, Any]:
        t = self.target
        return {"min": plain(t.min), "max": plain(t.max), "unit": t.unit}

    def value_hint(self) -> Msg | NoHint:
        return Msg("record.number_hint")
