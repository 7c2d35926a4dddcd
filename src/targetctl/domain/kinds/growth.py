"""Growth in percent against a base period (增长6%左右, 年均增长, 下降4%): the kind `growth`."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, model_validator

from targetctl.domain.kinds.base import (
    SIGNS,
    Bounds,
    Comparator,
    Direction,
    NonNegative,
    Number,
    NumericBase,
    RateRules,
    Text,
    between,
    number,
    percent,
    plain,
    tolerance_only_about,
)
from targetctl.domain.messages import Invalid, Msg


class Growth(NumericBase):
    """Growth of a measure (`of`) in percent against a base period (`against`; by convention the
    year before). `direction: decrease` is a fall (下降, 降低, 减少) with `percent` its size, and
    `annual` an average annual (compound) rate from `base_year` (年均增长)."""

    kind: Literal["growth"]
    comparator: Comparator
    percent: Number
    percent_max: Number | None = None
    tolerance: NonNegative | None = None
    direction: Direction = "increase"
    annual: bool = False
    base_year: Annotated[int, Field(ge=1900, le=2200)] | None = None
    of: Text
    against: Text | None = None

    @model_validator(mode="after")
    def _shape(self) -> Growth:
        between(self.comparator, self.percent, self.percent_max, "percent")
        tolerance_only_about(self.comparator, self.tolerance)
        if self.base_year is not None and not self.annual:
            raise Invalid(Msg("model.base_year_annual"))
        if self.direction == "decrease" and self.percent < 0:
            raise Invalid(Msg("model.decrease_positive"))
        return self


class GrowthRules(RateRules):
    target: Growth
    bounds: ClassVar[Bounds] = "any"

    def goal(self, lang: str) -> str:
        t, zh = self.target, lang == "zh"
        if t.direction == "decrease":
            fall = f"{number(t.percent)}" + (f"–{number(t.percent_max)}" if t.percent_max is not None else "")
            text = f"{SIGNS.get(t.comparator, '')} {'下降' if zh else 'fall '}{fall}%".strip()
        elif t.percent_max is not None:
            text = f"{percent(t.percent)[:-1]}–{number(t.percent_max)}%"
        else:
            text = f"{SIGNS[t.comparator]} {percent(t.percent)}"
        return f"{text} {'年均' if zh else 'a year'}" if t.annual else text

    def goal_json(self) -> dict[str, Any]:
        t = self.target
        out: dict[str, Any] = {"comparator": t.comparator, "percent": plain(t.percent), "unit": "percent"}
        if t.percent_max is not None:
            out["percent_max"] = plain(t.percent_max)
        if t.tolerance is not None:
            out["tolerance"] = plain(t.tolerance)
        if t.direction == "decrease" or t.annual:
            out |= {"direction": t.direction, "annual": t.annual, "base_year": t.base_year}
        return out
