"""A share in percent, a part of a whole (占…比重, 比例): the kind `share`."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BeforeValidator, Field, model_validator

from targetctl.domain.kinds.base import (
    SIGNS,
    Bounds,
    Comparator,
    NonNegative,
    NumericBase,
    RateRules,
    Text,
    between,
    exact,
    number,
    percent,
    plain,
    tolerance_only_about,
)

_Percent = Annotated[Decimal, BeforeValidator(exact), Field(ge=0, le=100, allow_inf_nan=False)]


class Share(NumericBase):
    """A share in percent: `numerator` as a part of `denominator` (占…比重, 比例)."""

    kind: Literal["share"]
    comparator: Comparator
    percent: _Percent
    percent_max: _Percent | None = None  # 占比达到3%—5%: `between` percent and percent_max
    tolerance: NonNegative | None = None
    numerator: Text
    denominator: Text

    @model_validator(mode="after")
    def _shape(self) -> Share:
        between(self.comparator, self.percent, self.percent_max, "percent")
        tolerance_only_about(self.comparator, self.tolerance)
        return self


class ShareRules(RateRules):
    target: Share
    bounds: ClassVar[Bounds] = "share"

    def goal(self, lang: str) -> str:
        t = self.target
        if t.percent_max is not None:
            return f"{number(t.percent)}–{number(t.percent_max)}%"
        return f"{SIGNS[t.comparator]} {percent(t.percent, signed=False)}"

    def goal_json(self) -> dict[str, Any]:
        out = super().goal_json()
        return out | ({"percent_max": plain(self.target.percent_max)} if self.target.percent_max is not None else {})

    def value_words(self, value: float | Decimal, lang: str, unit: bool = True) -> str:
        return f"{value:g}%"
