"""Values listed after a bound word are values, not thresholds that name kinds (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.value_lists import VALUE_LIST, listed_to_end


def _read(sentence: str) -> list[tuple[Decimal | None, str | None]]:
    d = extract("二、主要任务\n" + sentence + "\n", default_year=2026)
    return sorted((t.value, t.comparator) for t in d.targets if t.value is not None)


def test_the_rule_matches_its_own_example() -> None:
    assert VALUE_LIST.pattern.search(VALUE_LIST.example)


def test_values_in_one_unit_to_the_clause_end_are_a_list_of_values() -> None:
    assert listed_to_end("、40万吨、90万吨。", "吨")
    assert listed_to_end("、40万吨、90万吨以上，", "吨")
    assert listed_to_end("和45亿元", "元")


def test_thresholds_before_a_noun_are_no_list_of_values() -> None:
    assert not listed_to_end("、超20万元的合作社", "元")
    assert not listed_to_end("、40万吨企业。", "吨")
    assert not listed_to_end("企业30家。", "元")
    assert not listed_to_end("、40万吨、90家。", "吨")


def test_a_respective_list_after_a_single_character_bound_keeps_its_first_value() -> None:
    assert _read("确保稻谷、玉米、薯类产量分别超310万吨、42万吨、96万吨。") == [
        (Decimal(42), "more-than"),
        (Decimal(96), "more-than"),
        (Decimal(310), "more-than"),
    ]


def test_a_threshold_naming_a_kind_is_still_no_target() -> None:
    assert _read("对年营收超5万元、超20万元的合作社给予奖励。") == []
