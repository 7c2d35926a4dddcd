"""The unit registry: what a unit name means, its labels, and which units measure the same thing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.model import UnitDeclaration
from targetctl.domain.units import describe, same_base, unit_label


@pytest.mark.parametrize(
    ("unit", "base", "scale", "en"),
    [
        ("户", "户", 1, "households"),
        ("万户", "户", 10_000, "10k households"),
        ("万元", "元", 10_000, "10k yuan"),
        ("亿元", "元", 100_000_000, "100m yuan"),
        ("km2", "平方公里", 1, "km²"),
    ],
)
def test_a_magnitude_prefix_scales_its_base(unit: str, base: str, scale: int, en: str) -> None:
    info = describe(unit)
    assert info.known and (info.base, info.scale, info.en) == (base, Decimal(scale), en)


def test_a_compound_unit_is_its_two_parts() -> None:
    info = describe("万元/户")
    assert info.known and info.base == "元/户" and info.scale == Decimal(10_000)
    assert info.en == "10k yuan/households"


def test_an_unknown_unit_stands_for_itself() -> None:
    info = describe("xyz")
    assert not info.known and (info.zh, info.en, info.base, info.scale) == ("xyz", "xyz", "xyz", Decimal(1))
    assert not describe("a/b/c").known, "more than one slash is not a compound"


def test_a_plans_own_declaration_comes_first() -> None:
    declared = {"标准地": UnitDeclaration(zh="标准地", en="standard plots"), "户": UnitDeclaration(zh="户数")}
    assert unit_label("标准地", "en", declared) == "standard plots"
    assert unit_label("标准地", "zh", declared) == "标准地"
    assert unit_label("户", "en", declared) == "户数", "without an English label the Chinese one is shown"
    assert unit_label("标准地", "en") == "标准地"


def test_labels_by_language() -> None:
    assert (unit_label("万元", "en"), unit_label("万元", "zh")) == ("10k yuan", "万元")
    assert unit_label("人") == "people"


@pytest.mark.parametrize(
    ("written", "unit", "factor"),
    [
        ("万户", "户", Decimal(10_000)),
        ("户", "万户", Decimal("0.0001")),
        ("", "户", Decimal(1)),
        ("名", "人", Decimal(1)),  # people are counted in 人, 名 or 位
        ("公里", "千米", Decimal(1)),
        ("people", "人", Decimal(1)),  # the English label of the target's unit
        ("KM2", "km2", Decimal(1)),  # case does not matter
        ("吨", "户", None),
        ("亩", "人", None),
    ],
)
def test_same_base_is_the_factor_between_units(written: str, unit: str, factor: Decimal | None) -> None:
    assert same_base(written, unit) == factor


@pytest.mark.parametrize(("unit", "en"), [("起", "incidents"), ("例", "cases")])
def test_the_units_a_zero_target_counts_in_are_known(unit: str, en: str) -> None:
    """安全事故零发生 counts 起, 重大疫情 例: the kind `zero` documents both."""
    assert describe(unit).known and unit_label(unit, "en") == en and unit_label(unit, "zh") == unit


@pytest.mark.parametrize(
    ("unit", "one", "many"),
    [("起", "1 incident", "2 incidents"), ("人", "1 person", "2 people"), ("座", "1 facility", "2 facilities")],
)
def test_one_of_a_counted_unit_is_said_in_the_singular(unit: str, one: str, many: str) -> None:
    from targetctl.domain.kinds import rules
    from targetctl.domain.model import Quantity

    target = Quantity.model_validate(
        {
            "id": "t",
            "programme": "p",
            "title": {"zh": "新建"},
            "kind": "quantity",
            "comparator": "at-most",
            "value": 1,
            "unit": unit,
            "quote": "新建",
        }
    )
    assert rules(target).value_words(Decimal(1), "en") == one
    assert rules(target).value_words(Decimal(2), "en") == many
    assert rules(target).goal("en") == f"≤ {one}"
    assert rules(target).value_words(Decimal(1), "zh") == f"1 {unit_label(unit, 'zh')}"


def test_a_plans_own_label_is_kept_as_written_for_one() -> None:
    declared = {"篇章": UnitDeclaration(zh="篇章", en="chapters")}
    assert unit_label("篇章", "en", declared, one=True) == "chapters"
    assert unit_label("起", "en", None, one=True) == "incident"
