"""A value to end up between two (控制在3%—5%): the kind `range`."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar, Literal

from pydantic import model_validator

from targetctl.domain.kinds.base import (
    CountRules,
    Drawing,
    NonNegative,
    NumericBase,
    Text,
    UnitName,
    number,
    plain,
    unit_words,
)
from targetctl.domain.messages import Invalid, Msg


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


class RangeRules(CountRules):
    target: Range
    drawing: ClassVar[Drawing] = "band"

    def goal(self, lang: str) -> str:
        t = self.target
        return f"{number(t.min)}–{number(t.max)}{unit_words(t, t.unit, lang)}"

    def goal_number(self) -> Decimal:
        return self.target.max

    def goal_json(self) -> dict[str, Any]:
        t = self.target
        return {"min": plain(t.min), "max": plain(t.max), "unit": t.unit}
