"""A premium of one measure over another, in percent (高于…): the kind `ratio`."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import model_validator

from targetctl.domain.kinds.base import (
    SIGNS,
    Bounds,
    Comparator,
    NonNegative,
    Number,
    NumericBase,
    RateRules,
    Text,
    one_value,
    percent,
)
from targetctl.domain.messages import Msg


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


class RatioRules(RateRules):
    target: Ratio
    bounds: ClassVar[Bounds] = "any"

    def goal(self, lang: str) -> str:
        return f"{SIGNS[self.target.comparator]} {percent(self.target.percent)}"
