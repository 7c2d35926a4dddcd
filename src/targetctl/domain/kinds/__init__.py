"""The target kinds, one module each: its model (the fields a plan file gives it) and its
rules (`base.Rules`: is it numeric, how its goal reads, how a value fits it, how it is drawn).
The rest of the program asks `rules(target)` instead of testing which kind a target is.

Adding a kind: see "Adding a target kind" in docs/architecture.md. The `match` in `rules`
ends in `assert_never`, so mypy names this place (and every other exhaustive one) until the
new kind is handled."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import assert_never

from targetctl.domain.kinds.base import NumericBase, Rules, TargetBase
from targetctl.domain.kinds.growth import Growth, GrowthRules
from targetctl.domain.kinds.milestone import Milestone, MilestoneRules
from targetctl.domain.kinds.principle import Principle, PrincipleRules
from targetctl.domain.kinds.quantity import Quantity, QuantityRules
from targetctl.domain.kinds.range_ import Range, RangeRules
from targetctl.domain.kinds.ratio import Ratio, RatioRules
from targetctl.domain.kinds.relation import Relation, RelationRules
from targetctl.domain.kinds.share import Share, ShareRules
from targetctl.domain.kinds.zero import Zero, ZeroRules
from targetctl.domain.vocabulary import Kind

AnyTarget = Quantity | Range | Growth | Share | Ratio | Milestone | Principle | Relation | Zero
Target = Annotated[AnyTarget, Field(discriminator="kind")]
MODELS: tuple[type[TargetBase], ...] = (Quantity, Range, Growth, Share, Ratio, Milestone, Principle, Relation, Zero)
"""The kinds' models in the order of `vocabulary.KINDS` (a test keeps the two equal)."""
RULES: dict[str, type[Rules]] = {
    "quantity": QuantityRules,
    "range": RangeRules,
    "growth": GrowthRules,
    "share": ShareRules,
    "ratio": RatioRules,
    "milestone": MilestoneRules,
    "principle": PrincipleRules,
    "relation": RelationRules,
    "zero": ZeroRules,
}
"""Each kind's rules by its name, for code that holds only the name (a draft's targets)."""


def rules(target: AnyTarget) -> Rules:
    """What `target`'s kind says about it."""
    match target:
        case Quantity():
            return QuantityRules(target)
        case Range():
            return RangeRules(target)
        case Growth():
            return GrowthRules(target)
        case Share():
            return ShareRules(target)
        case Ratio():
            return RatioRules(target)
        case Milestone():
            return MilestoneRules(target)
        case Principle():
            return PrincipleRules(target)
        case Relation():
            return RelationRules(target)
        case Zero():
            return ZeroRules(target)
        case _:
            assert_never(target)


def numeric(target: AnyTarget) -> NumericBase | None:
    """The target as a numeric one (its values are numbers: it has a measure, a baseline and
    checkpoints), or None: the one definition of "numeric"."""
    return target if rules(target).numeric and isinstance(target, NumericBase) else None


def is_numeric(kind: Kind | str) -> bool:
    """Whether the kind named `kind` records numbers (for a draft, which holds only the name)."""
    found = named(kind)
    return found is not None and found.numeric


def named(kind: Kind | str) -> type[Rules] | None:
    """The rules of the kind named `kind`, for code that holds only the name (a draft's
    targets), or None for a name that is no kind."""
    return RULES.get(kind)


def kind_fields() -> dict[str, set[str]]:
    """The fields of each kind's model, by kind."""
    return {kind: set(model.model_fields) for kind, model in zip(RULES, MODELS, strict=True)}


__all__ = [
    "AnyTarget",
    "Growth",
    "Milestone",
    "Principle",
    "Quantity",
    "Range",
    "Ratio",
    "Relation",
    "Rules",
    "Share",
    "Target",
    "Zero",
    "numeric",
    "rules",
]
