"""A work verb that opens a clause acts on the things it lists (整治A、B等N公里河道): their count
is the target, not a count of what the work relies on (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.listed_objects import ACTED_ON, ACTED_ON_BY_DUI


def _read(sentence: str) -> list[tuple[Decimal | None, str | None]]:
    d = extract("二、主要任务\n" + sentence + "\n", default_year=2026)
    return sorted((t.value, t.comparator) for t in d.targets if t.value is not None)


@pytest.mark.parametrize("rule", [ACTED_ON, ACTED_ON_BY_DUI], ids=lambda r: r.name)
def test_each_rule_matches_its_own_example(rule: object) -> None:
    assert rule.pattern.match(rule.example)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("整治东河、西河、北河等31公里河道。", 31),
        ("增设社保、医保、公积金等25个主题专区，方便群众办理。", 25),
        ("提速文化路西延、和平路东延等13条道路建设。", 13),
        ("全面实施教育、医疗、养老等18个领域“一网通办”示范创建。", 18),
        ("继续对建设路、人民街、胜利街等9条城区道路进行改扩建。", 9),
        ("推出开办企业、迁移登记等8项套餐服务。", 8),
    ],
)
def test_the_listed_things_a_work_verb_acts_on_are_counted(sentence: str, value: int) -> None:
    assert _read(sentence) == [(Decimal(value), "exactly")]


def test_the_places_a_plan_relies_on_are_still_context() -> None:
    assert _read("扎实推进东山、西湖等6个景区基础设施改造。") == []
    assert _read("整治东河、西河等5条段共计40公里河道。") == []
    assert _read("依托东城、西城等12个产业园区，发展特色产业。") == []
    assert _read("围绕装备、材料等5个领域，加强协同。") == []
