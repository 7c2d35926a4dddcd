"""A count that must stay at zero (安全事故零发生, 零容忍): the kind `zero`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, ClassVar, Literal

from pydantic import model_validator

from targetctl.domain.kinds.base import (
    CountRules,
    Drawing,
    Measure,
    NumericBase,
    Text,
    UnitName,
    unit_words,
)
from targetctl.domain.messages import Invalid, Msg, NoHint
from targetctl.domain.vocabulary import Status


class Zero(NumericBase):
    """A count of what must not happen (`of`: 安全事故, 重大疫情), in `unit` (起, 例, 次). `cumulative`
    (the default) counts since the period's start, so one occurrence misses the target for good;
    `level` is a count per report (this month's), which may return to zero."""

    kind: Literal["zero"]
    of: Text
    unit: UnitName
    measure: Measure = "cumulative"

    @model_validator(mode="after")
    def _no_path(self) -> Zero:
        if self.checkpoints:
            raise Invalid(Msg("model.zero_checkpoints"))
        return self


def standing(target: Zero, count: float, as_of: dt.date, due: dt.date, late: bool) -> tuple[Status, float]:
    """Where a zero target stands on a count as of `as_of`: at zero it is on track, and achieved
    once the count covers the due date; above zero a running count has missed for good, and a
    count per report is behind until the due date passes."""
    if count <= 0:
        final = not target.open_ended and (late or as_of >= due)
        return ("achieved" if final else "on-track"), 1.0
    if target.measure == "cumulative" or late:
        return "missed", 0.0
    return "behind", 0.0


class ZeroRules(CountRules):
    target: Zero
    drawing: ClassVar[Drawing] = "bar"

    def goal(self, lang: str) -> str:
        return "零发生" if lang == "zh" else f"= 0{unit_words(self.target, self.target.unit, lang)}"

    def goal_number(self) -> Decimal:
        return Decimal(0)

    def goal_json(self) -> dict[str, Any]:
        return {"comparator": "exactly", "value": 0, "unit": self.target.unit}

    def value_hint(self) -> Msg | NoHint:
        return Msg("record.zero_hint")
