"""A share in percent, a part of a whole (占…比重, 比例): the kind `share`."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BeforeValidator, Field, model_validator

from targetctl.domain.kinds.base import (
    SIGNS,
    Bounds,
    Comparator,
    Drawing,
    NonNegative,
    NumericBase,
    Text,
    exact,
    one_value,
    percent,
    plain,
)
from targetctl.domain.messages import Msg, NoHint


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


@dataclass(frozen=True)
class ShareRules:
    target: Share
    numeric: ClassVar[bool] = True
    judged: ClassVar[bool] = False
    counted: ClassVar[bool] = False
    drawing: ClassVar[Drawing] = "bar"
    bounds: ClassVar[Bounds] = "share"

    @property
    def cumulative(self) -> bool:
        return self.target.measure == "cumulative"

    def goal(self, lang: str) -> str:
        return f"{SIGNS[self.target.comparator]} {percent(self.target.percent, signed=False)}"

    def unit(self) -> str:
        return "percent"

    def unit_words(self, lang: str) -> str:
        return "%"

    def value_words(self, value: float | Decimal, lang: str, unit: bool = True) -> str:
        return f"{value:g}%"

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
