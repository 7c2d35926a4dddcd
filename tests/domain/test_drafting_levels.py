"""Scales (达到千亿级) and ranks (稳居全国前三) are levels to reach (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.levels import RANK, SCALE, levels
from targetctl.domain.drafting.quantities import find_numbers


@pytest.mark.parametrize("rule", [SCALE, RANK], ids=lambda r: r.name)
def test_each_rule_matches_its_own_example(rule: Named) -> None:
    assert rule.pattern.search(rule.example)


def test_a_scale_reached_and_a_rank_held() -> None:
    read = [(lv.value, lv.unit, lv.bound) for lv in levels("软件业营收迈上千亿级，装备产量稳居全国前5位")]
    assert read == [(Decimal(1000), "亿元", ""), (Decimal(5), "位", "以内")]


def test_a_scale_that_names_a_kind_or_a_place_among_the_best_is_no_level() -> None:
    assert levels("培育百亿级龙头企业，打造千亿级产业集群") == []
    assert levels("主要指标位居全省前列") == []


def test_drafted_as_at_least_and_at_most() -> None:
    d = extract("二、发展目标\n到2027年，全市软件业营收达到千亿级，装备出口额进入全国前三。\n", default_year=2026)
    read = sorted((t.value, t.comparator) for t in d.targets if t.value is not None)
    assert read == [(Decimal(3), "at-most"), (Decimal(1000), "at-least")]


def test_latin_letters_after_a_percent_start_the_noun() -> None:
    assert [(n.value, n.unit) for n in find_numbers("新建公共建筑实现100%BIM设计")] == [(Decimal(100), "%")]
