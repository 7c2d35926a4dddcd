"""A number to reach (引进60家, 达到650个): the kind `quantity`."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar, Literal

from pydantic import model_validator

from targetctl.domain.kinds.base import (
    SIGNS,
    Comparator,
    CountRules,
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
from targetctl.domain.messages import Msg


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


class QuantityRules(CountRules):
    target: Quantity
    drawing: ClassVar[Drawing] = "bar"

    def goal(self, lang: str) -> str:
        t = self.target
        return f"{SIGNS[t.comparator]} {number(t.value)}{unit_words(t, t.unit, lang, t.value)}"

    def goal_number(self) -> Decimal:
        return self.target.value

    def goal_json(self) -> dict[str, Any]:
        t = self.target
        out: dict[str, Any] = {"comparator": t.comparator, "value": plain(t.value), "unit": t.unit}
        return out | ({"tolerance": plain(t.tolerance)} if t.tolerance is not None else {})
