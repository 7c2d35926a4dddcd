"""The kind `ratio` asked directly: what it is, how its goal reads, what `status --json` gives.
Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from targetctl.domain.kinds import rules
from targetctl.domain.kinds.ratio import Ratio, RatioRules
from tests.domain.test_forms import make

FIELDS: dict[str, Any] = {
    "kind": "ratio",
    "comparator": "at-least",
    "percent": 20,
    "numerator": {"zh": "农民", "en": "farmers"},
    "denominator": {"zh": "全市", "en": "city"},
}


def test_it_says_what_it_is_and_how_it_is_drawn() -> None:
    _plan, t = make("农民人均收入高于全市平均20%", **FIELDS)
    r = rules(t)
    assert (r.numeric, r.judged, r.counted, r.drawing, r.bounds) == (True, False, False, "bar", "any")


def test_its_goal_reads_in_each_language() -> None:
    _plan, t = make("农民人均收入高于全市平均20%", **FIELDS)
    r = rules(t)
    assert (r.goal("en"), r.goal("zh")) == ("≥ +20%", "≥ +20%")
    assert (r.unit(), r.unit_words("en"), r.value_words(12.5, "en")) == ("percent", "%", "+12.5%")


def test_status_json_gives_its_goal_and_a_refused_value_a_hint() -> None:
    _plan, t = make("农民人均收入高于全市平均20%", **FIELDS)
    r = rules(t)
    assert r.goal_json() == {"comparator": "at-least", "percent": 20, "unit": "percent"}
    assert str(r.value_hint()) == "give the percent reported to date, e.g. 9.5"
    assert r.states() == ()


def test_a_ratio_has_one_goal_value() -> None:
    with pytest.raises(ValidationError, match="two targets"):
        make("高于全市平均20%至30%", **{**FIELDS, "comparator": "between"})


def test_a_plan_makes_this_modules_model_and_its_rules_answer_for_it() -> None:
    _plan, t = make("农民人均收入高于全市平均20%", **FIELDS)
    found = rules(t)
    assert type(t) is Ratio and isinstance(found, RatioRules) and found.target is t
