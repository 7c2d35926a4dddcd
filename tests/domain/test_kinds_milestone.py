"""The kind `milestone` asked directly: what it is, how its goal reads, what `status --json` gives.
Sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from targetctl.domain.kinds import rules
from targetctl.domain.kinds.milestone import Milestone, MilestoneRules
from tests.domain.test_forms import make

FIELDS: dict[str, Any] = {"kind": "milestone", "stages": ["立项", "施工"]}


def test_it_says_what_it_is_and_how_it_is_drawn() -> None:
    _plan, t = make("建成区级数据平台", **FIELDS)
    r = rules(t)
    assert (r.numeric, r.judged, r.counted, r.drawing, r.bounds) == (False, False, False, "checklist", "none")


def test_its_goal_reads_in_each_language() -> None:
    _plan, t = make("建成区级数据平台", **FIELDS)
    r = rules(t)
    assert (r.goal("en"), r.goal("zh")) == ("done", "完成")
    assert (r.unit(), r.unit_words("en"), r.value_words(12.5, "en")) == (None, "", "12.5")


def test_status_json_gives_its_goal_and_a_refused_value_a_hint() -> None:
    _plan, t = make("建成区级数据平台", **FIELDS)
    r = rules(t)
    assert r.goal_json() == {"states": ["not-started", "in-progress", "立项", "施工", "done"]}
    assert str(r.value_hint()) == ""
    assert r.states() == ("not-started", "in-progress", "done", "立项", "施工")


def test_stages_are_distinct_and_are_not_states() -> None:
    with pytest.raises(ValidationError, match="distinct"):
        make("建成区级数据平台", kind="milestone", stages=["立项", "立项"])
    with pytest.raises(ValidationError, match="distinct"):
        make("建成区级数据平台", kind="milestone", stages=["done"])


def test_a_plan_makes_this_modules_model_and_its_rules_answer_for_it() -> None:
    _plan, t = make("建成区级数据平台", **FIELDS)
    found = rules(t)
    assert type(t) is Milestone and isinstance(found, MilestoneRules) and found.target is t
