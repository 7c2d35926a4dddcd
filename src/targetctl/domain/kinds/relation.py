"""A relation judged rather than computed (基本同步): the kind `relation`."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, Literal

from targetctl.domain.kinds.base import Bounds, Drawing, TargetBase, Text, number
from targetctl.domain.messages import Msg, NoHint


class Relation(TargetBase):
    """A relation judged rather than computed, e.g. 收入增长与经济增长基本同步."""

    kind: Literal["relation"]
    subject: Text
    reference: Text


@dataclass(frozen=True)
class RelationRules:
    target: Relation
    numeric: ClassVar[bool] = False
    judged: ClassVar[bool] = True
    counted: ClassVar[bool] = False
    drawing: ClassVar[Drawing] = "judgement"
    bounds: ClassVar[Bounds] = "none"

    @property
    def cumulative(self) -> bool:
        return False

    def goal(self, lang: str) -> str:
        return "研判" if lang == "zh" else "judged"

    def unit(self) -> None:
        return None

    def unit_words(self, lang: str) -> str:
        return ""

    def value_words(self, value: float | Decimal, lang: str, unit: bool = True) -> str:
        return number(value)  # pragma: no cover - judged targets hold no values

    def goal_number(self) -> None:
        return None

    def states(self) -> tuple[str, ...]:
        return ()

    def goal_json(self) -> dict[str, Any]:
        return {"judged": True}

    def value_hint(self) -> Msg | NoHint:
        return ""
