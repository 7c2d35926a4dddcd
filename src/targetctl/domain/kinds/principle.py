"""A standing principle (坚持…, 始终…): the kind `principle`."""

from __future__ import annotations

from typing import Literal

from targetctl.domain.kinds.base import JudgedRules, TargetBase


class Principle(TargetBase):
    """A standing principle (坚持…, 始终…): ongoing, never done; only judged."""

    kind: Literal["principle"]


class PrincipleRules(JudgedRules):
    target: Principle

    def goal(self, lang: str) -> str:
        return "坚持" if lang == "zh" else "ongoing"
