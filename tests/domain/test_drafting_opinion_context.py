"""An opinion's or a plan's statements of what is and what is forecast are not targets; the
same words with a commitment still are (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract

HEAD = "青川市关于推进养老服务高质量发展的实施意见\n一、主要目标\n"


def drafted(sentence: str) -> list[Decimal | None]:
    d = extract(HEAD + sentence, default_year=2025)
    return [t.value for t in d.targets if t.numeric]


@pytest.mark.parametrize(
    "sentence",
    [
        "预计到2030年，全市60岁以上老年人口将达到120万人。",
        "经测算，到2030年全市用水需求将超过9亿立方米。",
        "到2030年，全市老龄化率有可能达到28%左右。",
        "我市现有省级以上开发区12个。",
        "当前全市每千人口拥有3岁以下婴幼儿托位数为2.6个。",
        "全市常住人口为380万人。",
        "经过多年努力，全市建成国家级园区5个。",
    ],
)
def test_forecasts_and_the_state_of_things_are_not_targets(sentence: str) -> None:
    assert drafted(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("到2027年，全市新增养老床位3000张，预计带动就业2000人。", Decimal(3000)),
        ("力争到2027年，全市养老机构护理型床位占比达到65%，预计惠及老人10万人。", Decimal(65)),
        ("到2027年，全市每千人口拥有3岁以下婴幼儿托位数达到4.5个。", Decimal("4.5")),
        ("到2027年，全市城镇化率为72%。", Decimal(72)),
    ],
)
def test_a_commitment_beside_such_words_is_still_drafted(sentence: str, value: Decimal) -> None:
    assert value in drafted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "对新建护理型床位，按每张床位给予2万元一次性建设补贴。",
        "对更新改造的设备，每台给予5000元补助。",
    ],
)
def test_a_support_rules_amount_is_a_parameter_not_a_target(sentence: str) -> None:
    assert drafted(sentence) == []


def test_at_least_a_few_words_before_its_number_bounds_it() -> None:
    d = extract(HEAD + "每个街道至少建设1个综合为老服务中心。", default_year=2025)
    assert [(t.value, t.comparator) for t in d.targets if t.numeric] == [(Decimal(1), "at-least")]


def test_three_years_of_effort_ahead_is_the_plan_not_the_past() -> None:
    assert drafted("经过3年努力，到2027年全市建成示范养老社区50个。") == [Decimal(50)]
    assert drafted("经过三年努力，全市建成示范养老社区50个。") == [Decimal(50)]


def test_a_goal_written_with_wei_under_a_goals_heading_is_still_a_target() -> None:
    d = extract("青川市“十四五”规划（2021—2025年）\n二、主要目标\n城镇化率为70%，森林覆盖率为45%。", default_year=2025)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(70), Decimal(45)]


PLAN_2025 = "青川市2025年数字基础设施建设工作方案\n一、主要目标\n"


def test_a_running_total_in_the_plans_own_year_is_a_target() -> None:
    d = extract(PLAN_2025 + "2025年全市新建5G基站3000个，累计达到2.5万个。", default_year=2025)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(3000), Decimal("2.5")]


def test_a_running_total_of_a_year_before_the_plan_is_still_the_past() -> None:
    d = extract(PLAN_2025 + "2024年全市新建5G基站3000个，累计达到2万个。", default_year=2025)
    assert [t.value for t in d.targets if t.numeric] == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("森林覆盖率在上年基础上提高2个百分点。", Decimal(2)), ("研发投入在去年基础上增长10%。", Decimal(10))],
)
def test_a_change_to_make_on_last_years_level_is_a_target(sentence: str, value: Decimal) -> None:
    d = extract("青川市2026年国民经济和社会发展计划\n一、主要目标\n" + sentence, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [value]


def test_last_years_figure_itself_stays_the_past() -> None:
    d = extract("青川市2026年国民经济和社会发展计划\n一、主要目标\n上年全市粮食产量为120万吨。", default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == []
