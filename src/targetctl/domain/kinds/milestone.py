"""A qualitative commitment, done or not (建成, 出台): the kind `milestone`."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import model_validator

from targetctl.domain.kinds.base import MILESTONE_STATES, Drawing, StageName, TargetBase, UncountedRules
from targetctl.domain.messages import Invalid, Msg
from targetctl.domain.vocabulary import STATE_WORDS


class Milestone(TargetBase):
    """A qualitative commitment: not started, in progress (optionally by named stage), done."""

    kind: Literal["milestone"]
    stages: list[StageName] = []

    @model_validator(mode="after")
    def _distinct_stages(self) -> Milestone:
        clash = [s for s in self.stages if s in MILESTONE_STATES or s in STATE_WORDS]
        if clash or len(set(self.stages)) != len(self.stages):
            states = ", ".join((*MILESTONE_STATES, *STATE_WORDS))
            raise Invalid(Msg("model.stages_distinct", states=states))
        return self


class MilestoneRules(UncountedRules):
    target: Milestone
    judged: ClassVar[bool] = False
    drawing: ClassVar[Drawing] = "checklist"

    def goal(self, lang: str) -> str:
        return "完成" if lang == "zh" else "done"

    def states(self) -> tuple[str, ...]:
        return (*MILESTONE_STATES, *self.target.stages)

    def goal_json(self) -> dict[str, Any]:
        return {"states": ["not-started", "in-progress", *self.target.stages, "done"]}
