"""A premium of one measure over another, in percent (高于…): the kind `ratio`."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, Literal

from pydantic import model_validator

from targetctl.domain.kinds.base import (
    SIGNS,
    Bounds,
    Comparator,
    Drawing,
    NonNegative,
    Number,
    NumericBase,
    Text,
    one_value,
    percent,
    plain,
)
from targetctl.domain.messages import Msg, NoHint


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
        one_value(self.comparator, self.tolerance, Msg("model.two_targets"))
        return self


@dataclass(frozen=True)
class RatioRules:
    target: Ratio
    numeric: ClassVar[bool] = True
    judged: ClassVar[bool] = False
    counted: ClassVar[bool] = False
    drawing: ClassVar[Drawing] = "bar"
    bounds: ClassVar[Bounds] = "any"

    @property
    def cumulative(self) -> bool:
        return self.target.measure == "cumulative"

    def goal(self, lang: str) -> str:
        return f"{SIGNS[self.target.comparator]} {percent(self.target.percent)}"

    def unit(self) -> str:
        return "percent"

    def unit_words(self, lang: str) -> str:
        return "%"

    def value_words(self, value: float | Decimal, lang: str, unit: bool = True) -> str:
        return f"{value:+g}%"

    def goal_number(self) -> Decimal:
        return self.target.percent

    def states(self) -> tuple[str, ...]:
        return ()

    def goal_json(self) -> dict[str, Any]:
        t = self.target
        out: dict[str, Any] = {"comparator": t.comparator, "percent": plain(t.percent), "unit": "percent"}
        return out | ({"tolerance": plain(t.tolerance)} if t.tolerance is not None else {})

    def value_hint(self) -> Msg | NoHint:
        return Msg("record.percent_hint")
