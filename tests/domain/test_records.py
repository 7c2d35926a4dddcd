from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from targetctl.domain.model import Target
from targetctl.domain.records import BadValue, misfit, parse_number, value_for
from targetctl.workspace import load
from tests.conftest import GOLDEN

TARGETS = load(GOLDEN / "valid", records=False, strict=False).targets


def target(ident: str) -> Target:
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

    pairs: list[tuple[type[BaseModel], Any]] = [
        (ValueRecord, ValueRow),
        (VoidRecord, VoidRow),
        (JudgementRecord, JudgementRow),
    ]
    for model, row in pairs:
        assert set(model.model_fields) == set(row.__annotations__)


_BASES: dict[str, dict[str, object]] = {
    "value": {"type": "value", "target": "t-1", "as_of": "2025-06-30", "value": 5},
    "void": {"type": "void", "void": "abcdefabcdee", "reason": "typo"},
    "judgement": {"type": "judgement", "target": "t-1", "as_of": "2025-06-30", "rating": "red", "reason": "late"},
}
_FIELDS = ["id", "recorded", "by", "type", "target", "as_of", "value", "provisional", "note", "evidence", "void",
           "reason", "rating", "extra"]  # fmt: skip
_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["", "x", "in-progress", "Not A State", "done", "2025-02-30", "2025-06-30", "abcdefabcdef",
                     "2025-07-01T00:00:00", "2025-07-01T00:00:00+08:00", "red", "value", "void", "t-1", "XYZ"]),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
)  # fmt: skip


@pytest.mark.slow
@given(
    kind=st.sampled_from(sorted(_BASES)),
    changes=st.dictionaries(st.sampled_from(_FIELDS), _VALUES, max_size=3),
    dropped=st.sets(st.sampled_from(_FIELDS), max_size=2),
)
@settings(max_examples=400, deadline=None)
def test_rows_and_models_agree_on_every_record(kind: str, changes: dict[str, object], dropped: set[str]) -> None:
    """The fast reading path (TypedDict rows) accepts exactly what the pydantic models accept."""
    import json

    from pydantic import TypeAdapter, ValidationError

    from targetctl.domain.records import ROW, Record

    base = {"id": "abcdefabcdef", "recorded": "2025-07-01T00:00:00+08:00", "by": "x", **_BASES[kind]}
    data = {k: v for k, v in {**base, **changes}.items() if k not in dropped}
    text = json.dumps(data)
    outcomes = []
    for adapter in (TypeAdapter(Record), ROW):
        try:
            adapter.validate_json(text)
            outcomes.append(True)
        except ValidationError:
            outcomes.append(False)
    assert outcomes[0] == outcomes[1], data
