"""The kind `quantity` asked directly: what it is, how its goal reads, what `status --json` gives.
Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from targetctl.domain.kinds import rules
from targetctl.domain.kinds.quantity import Quantity, QuantityRules
from tests.domain.test_forms import make

FIELDS: dict[str, Any] = {"kind": "quantity", "comparator": "at-least", "value": 60, "unit": "家"}


def test_it_says_what_it_is_and_how_it_is_drawn() -> None:
    _plan, t = make("新引进企业60家", **FIELDS)
    r = rules(t)
    assert (r.numeric, r.judged, r.counted, r.drawing, r.bounds) == (True, False, True, "bar", "count")


def test_its_goal_reads_in_each_language() -> None:
    _plan, t = make("新引进企业60家", **FIELDS)
    r = rules(t)
    assert (r.goal("en"), r.goal("zh")) == ("≥ 60 enterprises", "≥ 60 家")
    assert (r.unit(), r.unit_words("en"), r.value_words(12.5, "en")) == ("家", "enterprises", "12.5 enterprises")


def test_status_json_gives_its_goal_and_a_refused_value_a_hint() -> None:
    _plan, t = make("新引进企业60家", **FIELDS)
    r = rules(t)
    assert r.goal_json() == {"comparator": "at-least", "value": 60, "unit": "家"}
    assert str(r.value_hint()) == "give a number, e.g. 42"
    assert r.states() == ()


def test_a_quantity_between_two_values_is_a_range() -> None:
    with pytest.raises(ValidationError, match="kind 'range'"):
        make("新引进企业60至80家", **{**FIELDS, "comparator": "between"})
    assert rules(make("新引进企业60家", **FIELDS)[1]).cumulative
    assert not rules(make("达到60家", **{**FIELDS, "measure": "level"})[1]).cumulative


def test_a_plan_makes_this_modules_model_and_its_rules_answer_for_it() -> None:
    _plan, t = make("新引进企业60家", **FIELDS)
    found = rules(t)
    assert type(t) is Quantity and isinstance(found, QuantityRules) and found.target is t
