"""domain.suggest: 'did you mean …?' for a near miss only."""

from __future__ import annotations

from targetctl.domain.suggest import suggest


def test_a_near_miss_names_the_closest_choice() -> None:
    assert suggest("demo-peple", ["demo-people", "demo-projects"]) == "did you mean 'demo-people'?"
    assert suggest("statsu", iter(["status", "show"])) == "did you mean 'status'?", "any iterable of choices"


def test_nothing_close_is_no_suggestion() -> None:
    assert suggest("xyz", ["demo-people", "demo-projects"]) == ""
    assert suggest("anything", []) == ""
