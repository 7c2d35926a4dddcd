"""The kind `share` asked directly: what it is, how its goal reads, what `status --json` gives.
Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from targetctl.domain.kinds import rules
from targetctl.domain.kinds.share import Share, ShareRules
from tests.domain.test_forms import make

FIELDS: dict[str, Any] = {
    "kind": "share",
    "comparator": "at-least",
    "percent": 40,
    "numerator": {"zh": "高新", "en": "high-tech"},
    "denominator": {"zh": "规上", "en": "industry"},
}


def test_it_says_what_it_is_and_how_it_is_drawn() -> None:
    _plan, t = make("高新技术产业产值占规上工业比重达到40%", **FIELDS)
    r = rules(t)
    assert (r.numeric, r.judged, r.counted, r.drawing, r.bounds) == (True, False, False, "bar", "share")


def test_its_goal_reads_in_each_language() -> None:
    _plan, t = make("高新技术产业产值占规上工业比重达到40%", **FIELDS)
    r = rules(t)
    assert (r.goal("en"), r.goal("zh")) == ("≥ 40%", "≥ 40%")
    assert (r.unit(), r.unit_words("en"), r.value_words(12.5, "en")) == ("percent", "%", "12.5%")


def test_status_json_gives_its_goal_and_a_refused_value_a_hint() -> None:
    _plan, t = make("高新技术产业产值占规上工业比重达到40%", **FIELDS)
    r = rules(t)
    assert r.goal_json() == {"comparator": "at-least", "percent": 40, "unit": "percent"}
    assert str(r.value_hint()) == "give the percent reported to date, e.g. 9.5"
    assert r.states() == ()


def test_a_share_is_at_most_a_hundred_percent() -> None:
    with pytest.raises(ValidationError):
        make("占比达到140%", **{**FIELDS, "percent": 140})


def test_a_plan_makes_this_modules_model_and_its_rules_answer_for_it() -> None:
    _plan, t = make("高新技术产业产值占规上工业比重达到40%", **FIELDS)
    found = rules(t)
    assert type(t) is Share and isinstance(found, ShareRules) and found.target is t
