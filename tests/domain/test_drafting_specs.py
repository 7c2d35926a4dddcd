"""A specification inside a noun phrase (…达到60dB的传感器) is a level to reach (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.quantities import find_numbers
from targetctl.domain.drafting.specs import COUNT_BOUND, SPEC_BOUND, SPEC_LEVEL, counted, states_level


@pytest.mark.parametrize("rule", [SPEC_LEVEL, SPEC_BOUND], ids=lambda r: r.name)
def test_each_rule_matches_its_own_example(rule: Named) -> None:
    assert rule.pattern.search(rule.example)


def test_a_measure_and_its_comparator_before_the_number_state_a_level() -> None:
    assert states_level("定位精度达到", None)
    assert states_level("待机功耗0.5W以内的终端、响应时间", "以内")
    assert not states_level("使用", None)  # 使用超过20年的管道 names the pipes
    assert not states_level("改造", "以上")


@pytest.mark.parametrize(
    ("clause", "values"),
    [
        ("分辨率达到8μm、定位精度达到2um的检测设备实现量产", [Decimal(2)]),
        ("启动时间20ms以内的控制器实现批量应用", [Decimal(20)]),
        ("改造超过20年的老旧管网", []),  # a kind of pipe, no target
    ],
)
def test_find_numbers_keeps_a_specification_before_a_noun(clause: str, values: list[Decimal]) -> None:
    assert [n.value for n in find_numbers(clause)] == values


def test_a_bounded_count_of_the_noun_after_a_verb_that_brings_it_about() -> None:
    assert counted("新引进", "家", "以上")
    assert not counted("支持投资", "元", "以上")  # an amount sizes the projects
    assert not counted("引进", "家", None)
    assert COUNT_BOUND.pattern.search(COUNT_BOUND.example)
    assert [(n.value, n.suffix) for n in find_numbers("培育10家以上的专精特新企业")] == [(Decimal(10), "以上")]
    assert find_numbers("支持投资5000万元以上的项目") == []


def test_a_fleets_tonnage() -> None:
    assert [(n.value, n.unit) for n in find_numbers("港口船舶运力达到120万载重吨")] == [(Decimal(120), "万载重吨")]


@pytest.mark.parametrize("verb", ["构建", "形成", "搭建", "开发", "推出", "遴选", "举办"])
def test_a_count_made_by_any_verb_that_makes_the_thing(verb: str) -> None:
    assert counted(verb, "个", "以上")
    assert [n.value for n in find_numbers(f"{verb}200个以上的应用场景")] == [Decimal(200)]
