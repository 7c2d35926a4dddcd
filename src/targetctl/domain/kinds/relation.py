"""A relation judged rather than computed (基本同步): the kind `relation`."""

from __future__ import annotations

from typing import Literal

from targetctl.domain.kinds.base import JudgedRules, TargetBase, Text


class Relation(TargetBase):
    """A relation judged rather than computed, e.g. 收入增长与经济增长基本同步."""

    kind: Literal["relation"]
    subject: Text
    reference: Text


class RelationRules(JudgedRules):
    target: Relation

    def goal(self, lang: str) -> str:
        return "研判" if lang == "zh" else "judged"
