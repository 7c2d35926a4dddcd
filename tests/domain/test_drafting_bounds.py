"""Bounds written away from their number (drafting.bounds): a bound after the last value of a
list, a share of units that reach a standard, a red line, a bare whole; and values that several nouns
share (our own sentences)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting import bounds
from targetctl.domain.drafting.extract import extract

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def drafted(text: str) -> list[tuple[Decimal | None, str | None]]:
    d = extract(text, default_year=2026, period=PERIOD)
    return [(t.value, t.comparator) for t in d.targets if t.numeric]


@pytest.mark.parametrize("rule", bounds.RULES, ids=lambda r: r.name)
def test_every_rule_reads_its_own_example(rule: bounds.Bound) -> None:
    assert rule.pattern.search(rule.example), rule.name
    assert [c for _, c in drafted(rule.example + "。")] == list(rule.expect), rule.name


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the bound written once after the last value of a list is each value's
        ("新增科技型企业800家、创新平台50个左右。", [(Decimal(800), "about"), (Decimal(50), "about")]),
        ("茶园面积60万亩、干毛茶产量12万吨以上。", [(Decimal(60), "at-least"), (Decimal(12), "at-least")]),
        # measures named once before their list of values (面积和产量稳定在A、B以上): each bounded
        ("茶叶种植面积和产量稳定在60万亩、12万吨以上。", [(Decimal(60), "at-least"), (Decimal(12), "at-least")]),
        # things a verb adds, listed: 以上 is the last count's own
        ("新增限上商贸企业120家、规上服务业企业30家以上。", [(Decimal(120), "exactly"), (Decimal(30), "at-least")]),
        ("盘活闲置低效用地1000亩、困难企业15家以上。", [(Decimal(1000), "exactly"), (Decimal(15), "at-least")]),
        # a verb's characters in a noun (建成区 a built-up area) open no list of their own
        ("城市建成区绿地面积3000亩、公园面积1200亩以上。", [(Decimal(3000), "at-least"), (Decimal(1200), "at-least")]),
        # a value with a bound of its own, a rate listed beside a count, or a second measure of
        # the same thing (no noun of its own) keeps its own
        ("改造燃气管网300处、1.5万米以上。", [(Decimal(300), "exactly"), (Decimal("1.5"), "at-least")]),
        ("新增就业2万人、城镇调查失业率5.5%左右。", [(Decimal(2), "exactly"), (Decimal("5.5"), "about")]),
        ("新增科技型企业不少于800家、创新平台50个左右。", [(Decimal(800), "at-least"), (Decimal(50), "about")]),
        # a count of things and an amount of money measure unlike things: the bound is the money's
        ("开工建设市级重点项目260个、完成投资1200亿元以上。", [(Decimal(260), "exactly"), (Decimal(1200), "at-least")]),
        ("引进招商项目40个、总投资80亿元左右。", [(Decimal(40), "exactly"), (Decimal(80), "about")]),
        # a share of the units that reach a standard: at least that share
        ("确保85%的乡镇卫生院达到服务能力标准。", [(Decimal(85), "at-least")]),
        # or pass a level: the share is at least its value too, the level picks out which count
        ("力争实现30%的村集体年收入超过20万元。", [(Decimal(30), "at-least")]),
        ("二级以上医院100%达到智慧服务标准。", [(Decimal(100), "at-least")]),
        # a bare whole (100%执行) is a level stated, as a whole kept is: exactly
        ("新建公共建筑100%执行绿色建筑标准。", [(Decimal(100), "exactly")]),
        ("黑臭水体消除比例保持100%。", [(Decimal(100), "exactly")]),
        # a rate named before its value (…率100%) is a level stated, not a share of units that act
        ("农村供水工程水质检测覆盖率100%。", [(Decimal(100), "exactly")]),
        ("确保新建小区雨污分流比例100%。", [(Decimal(100), "exactly")]),
        # a change of 100% is a change, not a whole
        ("跨境电商交易额增长100%。", [(Decimal(100), "exactly")]),
    ],
)
def test_bounds_written_away_from_their_number(sentence: str, expected: list[tuple[Decimal, str]]) -> None:
    assert drafted(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # 均 before a verb of keeping: each noun keeps the level
        ("稻谷、玉米、马铃薯产量均稳定在50万吨以上。", 3),
        # 均超 (超 for 超过) and 均 right before the value: each noun reaches it
        ("全年谋划省级重点项目、市级重点项目均超120个。", 2),
        ("全年签约亿元以上项目、外资项目均60个以上。", 2),
        # several indicators before one 增速: each grows by it
        ("数字文创、智能装备、现代物流增速保持在12%以上。", 3),
        # 分别 before one value: each noun reaches it
        ("新增规上企业、专精特新企业分别达到150家以上。", 2),
    ],
)
def test_one_value_several_nouns_share(sentence: str, count: int) -> None:
    d = extract(sentence, default_year=2026, period=PERIOD)
    made = [t for t in d.targets if t.numeric]
    assert len(made) == count
    assert len({t.of for t in made}) == count


def test_a_unit_written_once_after_a_list_of_amounts_is_each_ones() -> None:
    sentence = "食品、纺织、建材产业营业收入分别达1.5万亿、1.2万亿、9000亿元。"
    d = extract(sentence, default_year=2026, period=PERIOD)
    made = [(t.value, t.unit) for t in d.targets if t.numeric]
    assert made == [(Decimal("1.5"), "万亿元"), (Decimal("1.2"), "万亿元"), (Decimal(9000), "亿元")]


def test_a_level_to_reach_before_a_list_of_rates_is_each_rates() -> None:
    # 达到 governs the rates listed after it, each naming its own rate with no verb of its own
    assert drafted("农村卫生厕所普及率达到95%、生活污水处理率70%、垃圾治理率99%。") == [
        (Decimal(95), "at-least"),
        (Decimal(70), "at-least"),
        (Decimal(99), "at-least"),
    ]
    # a rate with its own verb keeps its own reading
    assert drafted("普及率达到95%、处理率提高到70%。")[1] == (Decimal(70), "at-least")
    assert drafted("普及率达到95%、增长率下降3%。")[1][1] != "at-least"


def test_a_rate_of_harm_after_a_level_to_reach_gets_no_floor() -> None:
    # the pollution rate is kept low: 达到 before the good rate is no floor for it
    assert drafted("空气质量优良天数比率达到85%、重度及以上污染天数比率0.5%。")[1] == (Decimal("0.5"), "exactly")
    assert drafted("耕地保护率达到100%、土壤污染率3%。")[1] == (Decimal(3), "exactly")


def test_a_stock_kept_as_a_red_line_is_a_floor_and_a_level_kept_is_not() -> None:
    assert drafted("守牢120万亩永久基本农田保护红线，粮食总产量稳定在30亿斤。") == [
        (Decimal(120), "at-least"),
        (Decimal(30), "exactly"),
    ]
