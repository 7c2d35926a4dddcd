"""Expected values keep two significant figures at least: a goal of 2 km² is not expected to be
'1' when the path says 1.5 (a break-it review found the Word report saying so)."""

from __future__ import annotations

from targetctl.domain.model import Quantity
from targetctl.render.status import expected_text


def _quantity(value: str) -> Quantity:
    return Quantity.model_validate(
        {
            "id": "t",
            "programme": "p",
            "title": {"zh": "面积"},
            "quote": "q",
            "kind": "quantity",
            "comparator": "at-least",
            "value": float(value),  # as YAML gives it
            "unit": "people",
        }
    )


def test_small_values_keep_two_significant_figures() -> None:
    two = _quantity("2")
    assert expected_text(two, 1.4959, unit=False) == "1.5"
    assert expected_text(two, 0.25, unit=False) == "0.25"
    assert expected_text(two, 0.7, unit=False) == "0.7"


def test_large_values_keep_the_goals_precision() -> None:
    assert expected_text(_quantity("650"), 512.88, unit=False) == "513"
    assert expected_text(_quantity("1.2"), 0.8333, unit=False) == "0.83"
    assert expected_text(_quantity("650"), 0.0, unit=False) == "0"
