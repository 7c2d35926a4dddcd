"""The kind `range` asked directly: what it is, how its goal reads, what `status --json` gives.
Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from targetctl.domain.kinds import rules
from targetctl.domain.kinds.range_ import Range, RangeRules
from tests.domain.test_forms import make

FIELDS: dict[str, Any] = {"kind": "range", "min": 1000, "max": 2000, "unit": "亩"}


def test_it_says_what_it_is_and_how_it_is_drawn() -> None:
    _plan, t = make("改造农田1000至2000亩", **FIELDS)
    r = rules(t)
    assert (r.numeric, r.judged, r.counted, r.drawing, r.bounds) == (True, False, True, "band", "count")


def test_its_goal_reads_in_each_language() -> None:
    _plan, t = make("改造农田1000至2000亩", **FIELDS)
    r = rules(t)
    assert (r.goal("en"), r.goal("zh")) == ("1,000–2,000 mu", "1,000–2,000 亩")
    assert (r.unit(), r.unit_words("en"), r.value_words(12.5, "en")) == ("亩", "mu", "12.5 mu")


def test_status_json_gives_its_goal_and_a_refused_value_a_hint() -> None:
    _plan, t = make("改造农田1000至2000亩", **FIELDS)
    r = rules(t)
    assert r.goal_json() == {"min": 1000, "max": 2000, "unit": "亩"}
    assert str(r.value_hint()) == "give a number, e.g. 42"
    assert r.states() == ()


def test_a_range_is_ordered_and_its_goal_number_is_its_top() -> None:
    with pytest.raises(ValidationError, match="max"):
        make("改造农田2000至1000亩", **{**FIELDS, "min": 2000, "max": 1000})
    assert rules(make("改造农田1000至2000亩", **FIELDS)[1]).goal_number() == 2000


def test_a_plan_makes_this_modules_model_and_its_rules_answer_for_it() -> None:
    _plan, t = make("改造农田1000至2000亩", **FIELDS)
    found = rules(t)
    assert type(t) is Range and isinstance(found, RangeRules) and found.target is t
