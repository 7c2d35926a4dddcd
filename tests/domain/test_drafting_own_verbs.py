"""A bound after the last item of a list is not the items' that have verbs of their own (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.own_verbs import OWN_VERB


def _read(sentence: str) -> list[tuple[Decimal | None, str | None]]:
    d = extract("二、主要任务\n" + sentence + "\n", default_year=2026)
    return [(t.value, t.comparator) for t in d.targets if t.value is not None]


def test_the_rule_matches_its_own_example() -> None:
    assert OWN_VERB.pattern.search(OWN_VERB.example.split("、")[1])


def test_items_with_verbs_of_their_own_keep_their_values_exact() -> None:
    assert _read("全年完成技能培训3万人次、新增技能人才1.5万人、培养高技能人才0.6万人以上。") == [
        (Decimal(3), "exactly"),
        (Decimal("1.5"), "exactly"),
        (Decimal("0.6"), "at-least"),
    ]
    assert _read("全年光伏开工300万千瓦、投产200万千瓦以上。") == [
        (Decimal(300), "exactly"),
        (Decimal(200), "at-least"),
    ]


def test_items_that_only_name_what_is_measured_still_share_the_bound() -> None:
    assert _read("茶园面积稳定在50万亩、茶叶产量10万吨以上。") == [
        (Decimal(50), "at-least"),
        (Decimal(10), "at-least"),
    ]
