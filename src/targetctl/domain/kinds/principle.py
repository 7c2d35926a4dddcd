"""A standing principle (坚持…, 始终…): the kind `principle`."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, Literal

from targetctl.domain.kinds.base import Bounds, Drawing, TargetBase, number
from targetctl.domain.messages import Msg, NoHint


class Principle(TargetBase):
    """A standing principle (坚持…, 始终…): ongoing, never done; only judged."""

    kind: Literal["principle"]


@dataclass(frozen=True)
class PrincipleRules:
    target: Principle
    numeric: ClassVar[bool] = False
    judged: ClassVar[bool] = True
    counted: ClassVar[bool] = False
    drawing: ClassVar[Drawing] = "judgement"
    bounds: ClassVar[Bounds] = "none"

    @property
    def cumulative(self) -> bool:
        return False

    def goal(self, lang: str) -> str:
        return "坚持" if lang == "zh" else "ongoing"

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
