"""The kind `principle` asked directly: what it is, how its goal reads, what `status --json` gives.
Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

from targetctl.domain.kinds import rules
from targetctl.domain.kinds.principle import Principle, PrincipleRules
from tests.domain.test_forms import make

FIELDS: dict[str, Any] = {"kind": "principle"}


def test_it_says_what_it_is_and_how_it_is_drawn() -> None:
    _plan, t = make("坚持创新驱动发展", **FIELDS)
    r = rules(t)
    assert (r.numeric, r.judged, r.counted, r.drawing, r.bounds) == (False, True, False, "judgement", "none")


def test_its_goal_reads_in_each_language() -> None:
    _plan, t = make("坚持创新驱动发展", **FIELDS)
    r = rules(t)
    assert (r.goal("en"), r.goal("zh")) == ("ongoing", "坚持")
    assert (r.unit(), r.unit_words("en"), r.value_words(12.5, "en")) == (None, "", "12.5")


def test_status_json_gives_its_goal_and_a_refused_value_a_hint() -> None:
    _plan, t = make("坚持创新驱动发展", **FIELDS)
    r = rules(t)
    assert r.goal_json() == {"judged": True}
    assert str(r.value_hint()) == ""
    assert r.states() == ()


def test_a_plan_makes_this_modules_model_and_its_rules_answer_for_it() -> None:
    _plan, t = make("坚持创新驱动发展", **FIELDS)
    found = rules(t)
    assert type(t) is Principle and isinstance(found, PrincipleRules) and found.target is t
