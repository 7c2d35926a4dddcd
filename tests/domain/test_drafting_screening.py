"""The second table of numbers that are not targets (drafting.screening): counts that total a list
of names, norms for each unit, a plant's size, rates of a tax or an allowance, shares by which a
fund is split; and the targets beside them that stay targets (our own sentences)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract, find_numbers
from targetctl.domain.drafting.screening import RULES, Screen, screen, support_terms

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def drafted(text: str) -> list[tuple[Decimal | None, str | None]]:
    d = extract(text, default_year=2026, period=PERIOD)
    return [(t.value, t.comparator) for t in d.targets if t.numeric]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_matches_its_own_example_and_gives_a_reason(rule: Screen) -> None:
    _kept, first = screen(rule.example, find_numbers(rule.example), rule.book)
    assert first is rule, rule.name
    assert rule.reason and rule.name


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_no_number_a_rule_covers_in_its_example_is_drafted(rule: Screen) -> None:
    numbers = find_numbers(rule.example)
    kept, _ = screen(rule.example, numbers, rule.book)
    covered = {n.value for n in numbers} - {n.value for n in kept}
    assert covered, rule.name
    title = "青川区支持科技创新若干政策措施\n" if rule.book else ""  # a book of support rules
    assert not [v for v, _ in drafted(title + rule.example + "。") if v in covered]


@pytest.mark.parametrize(
    "sentence",
    [
        # a count that only totals the names listed before it
        "推动青川、远山、白河3个综合保税区提档升级。",
        "做大做强智能家居、精细化工和文旅康养3个百亿级产业。",
        "加快建设东坪、西岭2个抽水蓄能电站。",
        # each plant's size, after the count of a named set
        "加快东坪、西岭2座30万千瓦光伏电站建设。",
        # a plant's configuration
        "加快推进白河电厂2×35万千瓦机组项目建设。",
        # a count of the work itself
        "重点抓好燃气管网改造、电动车充电治理2件事。",
        # a tax rate and an allowance standard are the rules' parameters
        "对符合条件的企业减按20%的税率征收所得税。",
        "城乡义务教育生均公用经费标准从650元提高至800元。",
        # a grant per head raised, the per-head word after 由
        "乡村教师生活补助经费由年人均1.2万元提高到1.5万元。",
        # tiers of a grant each beneficiary gets, in a plan as in a book of support rules
        "对牵头制定国际标准、国家标准的企业，分别资助50万元、30万元。",
        "对通过数据管理能力评估的企业，分别给予15万、25万元资金补助。",
        "对首次认定的链主企业，一次性奖励100万元。",
        # the share by which a fund is split
        "风险补偿金按贷款余额的2%计提。",
        # a norm for each unit
        "各乡镇至少配备1名专职调解员、1个标准化调解室。",
        "引导各区每年打造2-3个特色街区。",
        # a set named by what the past made of it
        "推动此前签约的12个招商项目尽快开工。",
        # a base that exists, named by its size
        "巩固30万亩油茶示范基地。",
        # an idiom of many, and a round magnitude that names a place or a programme
        "让清洁取暖走进千家万户。",
        "种好致富田，温暖千万家。",
        "开展万人助企帮扶行动。",
        "打造东坪千亩花海观光带。",
    ],
)
def test_numbers_that_name_total_or_set_a_rule_are_not_drafted(sentence: str) -> None:
    assert drafted(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # what is built new is counted: the list names its kinds
        ("投资80亿元建设数字、绿色、康养等3个产业园区。", [Decimal(80), Decimal(3)]),
        ("培育国家级、省级专精特新企业60家。", [Decimal(60)]),
        # a list closed by 等 is open: the count is more than the names, and the plan's own
        ("推进东坪、西岭等9个水库工程建设。", [Decimal(9)]),
        # an institution set up is new, however fast
        ("年内设立青川科技学院、远山医学院2所本科高校。", [Decimal(2)]),
        ("新建2座20万千瓦光伏电站。", [Decimal(2)]),
        # where the work is done is no target; what is done there is
        ("在8个乡镇和县城新建公共充电桩500个。", [Decimal(500)]),
        ("在20个乡镇开展试点。", [Decimal(20)]),
        # values listed before are no names: the count after them is the plan's own
        ("突破关键技术30项、转化科技成果40个。", [Decimal(30), Decimal(40)]),
        # a count per unit with no 各 is the plan's own
        ("建设普惠托育机构30家。", [Decimal(30)]),
        # a list of kinds to apply for, open or complete is counted
        ("申报智慧康养、数字文旅2个省级示范区。", [Decimal(2)]),
        ("启动东坪、西岭2个片区更新。", [Decimal(2)]),
        # things prepared before, to start this year, are counted
        ("推动前期谋划的30个项目年内开工。", [Decimal(30)]),
        # a count before a size is no idiom
        ("建设百个千亩粮油示范片。", [Decimal(100)]),
        # a round magnitude with its bound, or per thousand people, stays a number
        ("粮食产量稳定在百万吨以上。", [Decimal(100)]),
        ("每千人口拥有执业医师3.5人。", [Decimal("3.5")]),
        # a standard raised with no per-head word is a target
        ("全市最低工资标准提高到2400元。", [Decimal(2400)]),
        # a fund the plan sets up stays a target, even where it is granted in tiers afterwards
        ("安排专项资金3亿元，分别支持智能制造和绿色制造项目。", [Decimal(3)]),
        ("分别新增省级、市级专精特新企业30家、50家。", [Decimal(30), Decimal(50)]),
    ],
)
def test_targets_beside_those_rules_stay_targets(sentence: str, values: list[Decimal]) -> None:
    assert [v for v, _ in drafted(sentence)] == values


def test_the_total_investment_of_listed_projects_is_a_target_and_their_capacities_are_names() -> None:
    sentence = "开工建设青川化工30万吨乙二醇、远山新材5万吨碳纤维等总投资200亿元以上的新材料项目。"
    assert drafted(sentence) == [(Decimal(200), "at-least")]


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # 对 whoever meets a condition, then what each is granted: a support rule's terms
        ("对牵头制定国际标准的企业，分别资助50万元、30万元。", True),
        ("对获评省级质量奖的，奖励20万元。", True),
        ("鼓励企业上云用数，对通过数据管理能力评估的企业，分别给予15万、25万元补助。", True),
        ("对组织外地游客来县过夜的旅行社，按每人次50元予以奖补。", True),
        ("对新评为国家4A级旅游景区的，按每家30万元予以扶持。", True),
        ("对获评省级示范的园区，扶持资金上调15%。", True),
        # the plan's own work, or a grant with no condition before it, is no rule's terms
        ("对重点企业开展上门服务，新增规上企业50家。", False),
        ("新引进的博士、硕士分别给予10万元、5万元安家补贴。", False),
    ],
)
def test_a_sentence_in_the_form_of_a_support_rule_is_read_as_one(sentence: str, terms: bool) -> None:
    assert support_terms(sentence) is terms


def test_grants_offered_in_a_plan_with_yuyi_are_terms_not_targets() -> None:
    text = (
        "某县文旅产业三年行动方案（2024—2026年）\n一、重点任务\n"
        "到2026年，全县接待游客突破1000万人次。\n"
        "对组织外地游客来县过夜的旅行社，按每人次50元予以奖补。\n"
        "对获评省级示范的园区，扶持资金上调15%。\n"
    )
    got = [t.value for t in extract(text, default_year=2024).targets if t.numeric]
    assert got == [Decimal(1000)]
