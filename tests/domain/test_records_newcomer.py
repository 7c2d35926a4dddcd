"""Values as a newcomer types them (newcomer review): '1 200', a number with a space inside, was
read as 1 in a unit called '200' ("unit '200' does not match"); it is not a number."""

from __future__ import annotations

import pytest

from targetctl.domain.records import BadValue, parse_number


@pytest.mark.parametrize("text", ["1 200", "1　200", "12 345.5", "3 5%"])
def test_a_number_with_a_space_inside_is_not_a_number(text: str) -> None:
    with pytest.raises(BadValue) as caught:
        parse_number(text)
    assert caught.value.message.id == "value.not_number"


@pytest.mark.parametrize(("text", "unit"), [("1200 人", "人"), ("12 万户", "户"), ("30 %", "%"), ("5 m2", "m2")])
def test_a_unit_after_a_space_is_still_a_unit(text: str, unit: str) -> None:
    assert parse_number(text)[1] == unit
