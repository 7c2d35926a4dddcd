"""A share in percent, a part of a whole (占…比重, 比例): the kind `share`."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, ClassVar, Literal

from pydantic import BeforeValidator, Field, model_validator

from targetctl.domain.kinds.base import (
    SIGNS,
    Bounds,
    Comparator,
    NonNegative,
    NumericBase,
    RateRules,
    Text,
    exact,
    one_value,
    percent,
)
from targetctl.domain.messages import Msg


class Share(NumericBase):
    """A share in percent: `numerator` as a part of `denominator` (占…比重, 比例)."""

    kind: Literal["share"]
    comparator: Comparator
    percent: Annotated[Decimal, BeforeValidator(exact), Field(ge=0, le=100, allow_inf_nan=False)]
    tolerance: NonNegative | None = None
    numerator: Text
    denominator: Text

    @model_validator(mode="after")
    def _shape(self) -> Share:
        one_value(self.comparator, self.tolerance, Msg("model.two_targets"))
        return self


class ShareRules(RateRules):
    target: Share
    bounds: ClassVar[Bounds] = "share"

    def goal(self, lang: str) -> str:
        return f"{SIGNS[self.target.comparator]} {percent(self.target.percent, signed=False)}"

    def value_words(self, value: float | Decimal, lang: str, unit: bool = True) -> str:
        return f"{value:g}%"
