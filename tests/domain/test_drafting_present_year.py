"""An undated text (no title year, no date, no dispatch number) is dated by the year it speaks
of as its present; 年底前 and 全年 with no year written are that year's. Our own sentences."""

from __future__ import annotations

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.present_year import FORWARD, THIS_YEAR, present_year


@pytest.mark.parametrize("rule", [*FORWARD, THIS_YEAR])
def test_each_rules_example_matches(rule: Named) -> None:
    assert rule.pattern.search(rule.example)


@pytest.mark.parametrize(
    ("paras", "year"),
    [
        (["为促进消费，制定本方案。", "一、扩大就业。2031年新增城镇就业岗位500个。"], 2031),
        (["一、稳定工业。2032全年新增规上企业120家，力争2033年建成园区。"], 2032),
        (["一、稳定工业。力争2032年底前建成园区3个。截至2030年底，已建成园区2个。"], 2032),
        (["确定2031年度新建住房价格涨幅控制目标为6%，不超过2030年度涨幅。", "2031年度…"], 2031),
        (["为促进消费，制定本方案。", "一、扩大就业。新增城镇就业岗位500个。"], None),
    ],
)
def test_the_present_of_an_undated_text(paras: list[str], year: int | None) -> None:
    got = present_year(paras)
    assert (got[0] if got else None) == year


@pytest.mark.parametrize(
    ("clause", "this"),
    [
        ("确保全年新增规上企业30户", True),
        ("政府投资项目年底前完成投资80%以上", True),
        ("每年年底前报送进展情况", False),
        ("全年平均气温", False),
        ("上年底已建成", False),
    ],
)
def test_this_years_end(clause: str, this: bool) -> None:
    assert bool(THIS_YEAR.pattern.search(clause)) == this


MEASURES = """为稳定经济运行，结合我市实际，制定以下措施。
一、扩大有效投资。确保全年新增规上企业30户。2031年地方政府专项债券项目年底前支付率达到100%。
二、做好冬春生产。力争2032年春耕前新增设施蔬菜2万亩。2032年3月底前完成土地流转手续办理的比例达到90%。"""


def _dues(text: str) -> dict[int, int]:
    d = extract(text, default_year=2040)
    end = d.period[1].year
    return {int(t.value): t.due.year if t.due else end for t in d.targets if t.numeric and t.value is not None}


def test_an_undated_text_is_due_by_the_years_it_sets_work_for_not_by_the_clock() -> None:
    d = extract(MEASURES, default_year=2040)
    assert (d.period[0].year, d.period[1].year) == (2031, 2032)
    assert d.period_stated and d.period_note and "undated" in d.period_note
    dues = _dues(MEASURES)
    assert (dues[30], dues[100]) == (2031, 2031)
    assert (dues[2], dues[90]) == (2032, 2032)


def test_an_undated_text_naming_one_year_is_that_years() -> None:
    text = (
        "为稳定房地产市场，制定本方案。\n确定2031年度新建商品住房价格涨幅控制目标为不超过6%。\n"
        "2031年度土地供应计划按去化周期确定。"
    )
    d = extract(text, default_year=2040)
    assert (d.period[0].year, d.period[1].year) == (2031, 2031)
    assert d.period_note and "undated" in d.period_note
    (t,) = [t for t in d.targets if t.numeric]
    assert t.review and "check" in t.review


def test_a_horizon_is_not_the_present_and_does_not_count_the_years_within() -> None:
    text = (
        "为加快科技创新，制定如下措施。\n到2031年，新培育技术经纪人800人。\n三年内建成孵化器6家。\n"
        "重点打造15个应用场景。"
    )
    d = extract(text, default_year=2040)
    assert (d.period[0].year, d.period[1].year) == (2031, 2031)


def test_undated_standing_quotas_are_due_at_the_horizon_the_text_names_most() -> None:
    from targetctl.domain.drafting.present_year import GOAL_HORIZON

    assert GOAL_HORIZON.pattern.search(GOAL_HORIZON.example)
    text = (
        "为改善民生，提出以下措施。\n"
        "一、养老服务。到2033年，社区养老服务站覆盖率达到90%以上。力争2032年新建护理床位500张。\n"
        "二、托育服务。到2033年，每千人口拥有托位数达到4.5个。\n"
        "三、就业增收。每年新增城镇就业岗位8万个以上。\n"
        "四、医疗服务。到2033年，县级医院全部达到二级甲等水平。2035年所有县均建成1所三级医院。\n"
    )
    d = extract(text, default_year=2040)
    quota = next(t for t in d.targets if t.value == 8)
    assert quota.due is not None and quota.due.year == 2033
    assert quota.review and "2033" in quota.review
    hospital = next(t for t in d.targets if t.value == 1)
    assert hospital.due is not None and hospital.due.year == 2035


def test_a_year_from_which_a_rule_applies_is_no_goal_horizon() -> None:
    from targetctl.domain.drafting.present_year import goal_horizon

    paras = [
        "2031年起，不再发放纸质证明。",
        "自2032年起，补贴标准按年调整；2032年起实行网上申领。",
        "2032年起执行新标准。",
    ]
    assert goal_horizon(paras, 2030) is None
    assert goal_horizon(["到2033年建成10个。", "到2033年达到90%。", "2033年底前完成改造。"], 2030) == 2033
