"""A number to reach (引进60家, 达到650个): the kind `quantity`."""

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
    Measure,
    NonNegative,
    NumericBase,
    Text,
    UnitName,
    number,
    one_value,
    plain,
    unit_words,
)
from targetctl.domain.messages import Msg, NoHint


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
        one_value(self.comparator, self.tolerance, Msg("model.use_range"))
        return self


@dataclass(frozen=True)
class QuantityRules:
    target: Quantity
    numeric: ClassVar[bool] = True
    judged: ClassVar[bool] = False
    counted: ClassVar[bool] = True
    drawing: ClassVar[Drawing] = "bar"
    bounds: ClassVar[Bounds] = "count"

    @property
    def cumulative(self) -> bool:
        return self.target.measure == "cumulative"

    def goal(self, lang: str) -> str:
        t = self.target
        return f"{SIGNS[t.comparator]} {number(t.value)}{unit_words(t, t.unit, lang)}"

    def unit(self) -> str:
        return self.target.unit

    def unit_words(self, lang: str) -> str:
        return unit_words(self.target, self.target.unit, lang).strip()

    def value_words(self, value: float | Decimal, lang: str, unit: bool = True) -> str:
        return f"{number(value)}{unit_words(self.target, self.target.unit, lang) if unit else ''}"

    def goal_number(self) -> Decimal:
        return self.target.value

    def states(self) -> tuple[str, ...]:
        return ()

    def goal_json(self) -> dict[str, Any]:
        t = self.target
        out: dict[str, Any] = {"comparator": t.comparator, "value": plain(t.value), "unit": t.unit}
        return out | ({"tolerance": plain(t.tolerance)} if t.tolerance is not None else {})

    def value_hint(self) -> Msg | NoHint:
        return Msg("record.number_hint")
