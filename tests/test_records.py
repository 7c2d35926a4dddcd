from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from targetctl.domain.records import BadValue, misfit, parse_number, value_for
from targetctl.workspace import load
from tests.conftest import GOLDEN

TARGETS = load(GOLDEN / "valid", records=False, strict=False).targets


def target(ident: str):  # type: ignore[no-untyped-def]
    return TARGETS[ident][1]


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("42", Decimal(42), ""),
        ("１２３", Decimal(123), ""),
        ("1,234.5", Decimal("1234.5"), ""),
        ("1.2万", Decimal(12000), ""),
        ("3.5亿元", Decimal(350000000), "元"),
        ("12.3%", Decimal("12.3"), "%"),
        ("-2.5", Decimal("-2.5"), ""),
        ("30 人", Decimal(30), "人"),
        ("０.１", Decimal("0.1"), ""),
    ],
)
def test_parse_number_as_people_write_it(text: str, number: Decimal, unit: str) -> None:
    assert parse_number(text) == (number, unit)


@pytest.mark.parametrize("text", ["", "abc", "--1", "万", ".5"])
def test_parse_number_refuses_non_numbers(text: str) -> None:
    with pytest.raises(BadValue):
        parse_number(text)


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=4, allow_nan=False))
def test_parse_number_is_exact(number: Decimal) -> None:
    assert parse_number(f"{number:f}")[0] == number


@given(st.integers(0, 10**8))
def test_wan_multiplies_exactly(n: int) -> None:
    assert parse_number(f"{Decimal(n) / 10000}万")[0] == n


def test_value_for_each_kind() -> None:
    assert value_for(target("demo-people"), "30人") == 30.0
    assert value_for(target("demo-people"), "30 people") == 30.0
    assert value_for(target("demo-growth"), "9.5%") == 9.5
    assert value_for(target("demo-growth"), "-2") == -2.0
    assert value_for(target("demo-park-size"), "600亩") == 600.0
    assert value_for(target("demo-hall"), "venue") == "venue"


@pytest.mark.parametrize(
    ("ident", "text", "message"),
    [
        ("demo-people", "-1", "cannot be negative"),
        ("demo-people", "3%", "unit '%' does not match target 'demo-people', which is measured in people (人)"),
        ("demo-growth", "3亩", "unit '亩' does not match"),
        ("demo-hall", "finished", "'finished' is not a state of milestone 'demo-hall'"),
        ("demo-people", "done", "'done' is not a number"),
        ("demo-people", "1e99", "unit 'e99' does not match"),
        ("demo-people", "9" * 20, "too large"),
    ],
)
def test_value_for_refuses(ident: str, text: str, message: str) -> None:
    with pytest.raises(BadValue, match=message.replace("(", r"\(").replace(")", r"\)")):
        value_for(target(ident), text)


def test_misfit_of_stored_values() -> None:
    assert misfit(target("demo-people"), "done") == "target 'demo-people' is a quantity and needs a number, not 'done'"
    assert misfit(target("demo-people"), -1.0) == "'demo-people' is measured in people and cannot be negative: -1"
    assert misfit(target("demo-park-size"), -5.0) is not None
    assert misfit(target("demo-hall"), 3.0) is not None
    assert misfit(target("demo-growth"), -3.0) is None


def test_rows_and_models_have_the_same_fields() -> None:
    """Bulk reading validates TypedDict rows; they must accept exactly what the models accept."""
    from targetctl.domain.records import JudgementRecord, JudgementRow, ValueRecord, ValueRow, VoidRecord, VoidRow

    for model, row in [(ValueRecord, ValueRow), (VoidRecord, VoidRow), (JudgementRecord, JudgementRow)]:
        assert set(model.model_fields) == set(row.__annotations__)


def test_rows_and_models_agree_on_values() -> None:
    import json

    from pydantic import ValidationError

    from targetctl.domain.records import RECORD, ROW

    base = {"id": "abcdefabcdef", "recorded": "2025-07-01T00:00:00+08:00", "by": "x", "type": "value",
            "target": "t-1", "as_of": "2025-06-30", "value": 5}  # fmt: skip
    cases = [
        {},
        {"value": "in-progress"},
        {"note": None},
        {"provisional": True},
        {"value": True},
        {"recorded": "2025-07-01T00:00:00"},
        {"id": "XYZ"},
        {"by": ""},
        {"as_of": "2025-02-30"},
        {"extra": 1},
        {"value": "Not A State"},
    ]
    for change in cases:
        text = json.dumps({**base, **change})
        outcomes = []
        for adapter in (RECORD, ROW):
            try:
                adapter.validate_json(text)
                outcomes.append(True)
            except ValidationError:
                outcomes.append(False)
        assert outcomes[0] == outcomes[1], change
