"""A specification inside a noun phrase (…达到60dB的传感器) is a level to reach (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.quantities import find_numbers
from targetctl.domain.drafting.specs import SPEC_BOUND, SPEC_LEVEL, states_level


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
