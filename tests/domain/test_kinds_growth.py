"""The kind `growth` asked directly: what it is, how its goal reads, what `status --json` gives.
Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from targetctl.domain.kinds import rules
from targetctl.domain.kinds.growth import Growth, GrowthRules
from tests.domain.test_forms import make

FIELDS: dict[str, Any] = {"kind": "growth", "comparator": "about", "percent": 11, "of": {"zh": "产值", "en": "output"}}


def test_it_says_what_it_is_and_how_it_is_drawn() -> None:
    _plan, t = make("规上工业产值增长11%左右", **FIELDS)
    r = rules(t)
    assert (r.numeric, r.judged, r.counted, r.drawing, r.bounds) == (True, False, False, "bar", "any")


def test_its_goal_reads_in_each_language() -> None:
    _plan, t = make("规上工业产值增长11%左右", **FIELDS)
    r = rules(t)
    assert (r.goal("en"), r.goal("zh")) == ("≈ +11%", "≈ +11%")
    assert (r.unit(), r.unit_words("en"), r.value_words(12.5, "en")) == ("percent", "%", "+12.5%")


def test_status_json_gives_its_goal_and_a_refused_value_a_hint() -> None:
    _plan, t = make("规上工业产值增长11%左右", **FIELDS)
    r = rules(t)
    assert r.goal_json() == {"comparator": "about", "percent": 11, "unit": "percent"}
    assert str(r.value_hint()) == "give the percent reported to date, e.g. 9.5"
    assert r.states() == ()


def test_a_fall_is_a_positive_percent_and_a_base_year_needs_an_annual_rate() -> None:
    with pytest.raises(ValidationError, match="positive percent"):
        make("能耗下降4%", **{**FIELDS, "direction": "decrease", "percent": -4})
    with pytest.raises(ValidationError, match="annual"):
        make("年均增长6%", **{**FIELDS, "base_year": 2025})


def test_a_plan_makes_this_modules_model_and_its_rules_answer_for_it() -> None:
    _plan, t = make("规上工业产值增长11%左右", **FIELDS)
    found = rules(t)
    assert type(t) is Growth and isinstance(found, GrowthRules) and found.target is t
