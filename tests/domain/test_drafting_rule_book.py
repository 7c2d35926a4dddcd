"""A subsidy rule book's parameters are not targets, and a bound forbidden to be passed is a
ceiling (our own sentences in the grammar of implementation rules and plans)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import DraftTarget, extract

PERIOD = (dt.date(2025, 1, 1), dt.date(2027, 12, 31))


def numeric(text: str) -> list[DraftTarget]:
    return [t for t in extract(text, default_year=2025, period=PERIOD).targets if t.numeric]


@pytest.mark.parametrize(
    "sentence",
    [
        "县级农业农村部门应于10个工作日内完成资料审核。",
        "审核结果公示时间为7个工作日。",
        "公示期满无异议后5个工作日内报送财政部门。",
        "单台烘干设备补贴限额不超过8万元。",
        "丘陵山区适用机具的补贴额测算比例可提高至40%。",
        "对地方特色机具，补助标准按购置价格的25%执行。",
        "验收合格后拨付60%的补助资金。",
        "试点机具分别按照定额补贴资金的15%、10%予以奖补。",
        "本省补贴范围为12大类30个小类75个品目。",
    ],
)
def test_a_rule_books_parameters_are_not_drafted_as_targets(sentence: str) -> None:
    assert numeric(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("企业开办时间压缩至1个工作日。", Decimal(1)),
        ("全年新增农机购置补贴资金2亿元。", Decimal(2)),
    ],
)
def test_a_target_near_those_words_stays_a_target(sentence: str, value: Decimal) -> None:
    assert [t.value for t in numeric(sentence)] == [value]


@pytest.mark.parametrize(
    ("sentence", "comparator"),
    [
        ("项目管理费用占比不得超过3%。", "at-most"),
        ("每个项目自筹资金比例不得低于20%。", "at-least"),
        ("全市产业集群数量超15个。", "more-than"),
    ],
)
def test_a_bound_that_may_not_be_passed_and_a_short_beyond(sentence: str, comparator: str) -> None:
    got = [t.comparator for t in extract(sentence, default_year=2025, period=PERIOD).targets if t.numeric]
    assert got == [comparator]
