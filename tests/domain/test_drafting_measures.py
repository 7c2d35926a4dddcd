"""Numbers, comparators and what each number measures (our own sentences in the grammar of plans)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import DraftTarget, extract, find_numbers
from targetctl.domain.drafting.subjects import UNNAMED, share_noun

PERIOD = (dt.date(2024, 1, 1), dt.date(2025, 12, 31))


def numeric(text: str) -> list[DraftTarget]:
    return [t for t in extract(text, default_year=2024, period=PERIOD).targets if t.numeric]


@pytest.mark.parametrize(
    ("sentence", "comparator"),
    [
        ("到2025年，全区养老机构护理型床位占比达到60%。", "at-least"),
        ("农村自来水普及率达98%。", "at-least"),
        ("城乡居民收入比缩小至2.1:1。", "at-most"),
        # a ratio after 小于, its sign the small colon ﹕ of some fonts
        ("全市新能源汽车车桩比例确保小于2.8﹕1。", "less-than"),
        ("公共充电桩方面小于8:1。", "less-than"),
        # a network's average radius aimed at, not a siting standard
        ("重点区域充电网络平均服务半径力争小于2公里。", "less-than"),
        ("单位产值能耗不超过全省平均水平的90%。", "at-most"),
        # 约 that ends a word (签约, 节约) is no "about"; 约 before a number is
        ("力争亿元以上产业项目新签约50个。", "exactly"),
        ("全年节约标准煤约3万吨。", "about"),
        # 集, 合 that end another word (筹集, 聚集, 整合) before 约: 约 is "about"
        ("全年筹集约2000套保障性租赁住房。", "about"),
        ("园区聚集约150家数字经济企业。", "about"),
    ],
)
def test_a_level_to_reach_and_a_bound_before_its_number(sentence: str, comparator: str) -> None:
    assert [t.comparator for t in numeric(sentence)] == [comparator]


def test_a_bound_a_few_words_before_a_percentage_gives_a_share() -> None:
    (t,) = numeric("规上工业企业研发投入不低于主营业务收入的2.5%。")
    assert (t.kind, t.comparator, t.value) == ("share", "at-least", Decimal("2.5"))
    assert (t.numerator, t.denominator) == ("规上工业企业研发投入", "主营业务收入")


@pytest.mark.parametrize(
    ("clause", "unit"),
    [("新增文旅消费新品80款", "款"), ("新增光伏装机容量2GW", "GW"), ("开发职业技能培训课程30门", "门")],
)
def test_a_unit_the_registry_lacks_is_kept_with_its_number(clause: str, unit: str) -> None:
    assert [n.unit for n in find_numbers(clause)] == [unit]


def test_a_verb_is_never_the_subject_the_noun_after_the_number_is() -> None:
    assert [t.of for t in numeric("建成投用4个污水处理厂。")] == ["污水处理厂"]
    assert [t.of for t in numeric("每年安排不少于800万元用于人才引育。")] == ["人才引育"]


def test_jun_shares_one_value_among_its_nouns() -> None:
    found = numeric("城镇和农村居民人均可支配收入均增长6.5%。")
    assert [(t.of, t.value) for t in found] == [
        ("城镇居民人均可支配收入", Decimal("6.5")),
        ("农村居民人均可支配收入", Decimal("6.5")),
    ]


def test_fenbie_keeps_the_noun_for_prefixes_of_different_lengths() -> None:
    found = numeric("培育国家级、省级专精特新企业分别达到12家和40家。")
    assert [(t.of, t.value) for t in found] == [("国家级专精特新企业", Decimal(12)), ("省级专精特新企业", Decimal(40))]
    assert share_noun(["市级", "区级示范社区"]) == ["市级示范社区", "区级示范社区"]


def test_a_share_names_its_part_and_its_whole_never_the_clause() -> None:
    (t,) = numeric("提高绿色建筑占新建建筑的比重至70%。")
    assert (t.numerator, t.denominator) == ("绿色建筑", "新建建筑")
    quantity, share = numeric("全区高新技术企业达到300家，占全市比重达到15%。")
    assert (share.numerator, share.denominator) == (quantity.of, "全市")
    assert share.review is not None
    (t,) = numeric("现代服务业增加值占比达到58%。")
    assert (t.numerator, t.denominator) == ("现代服务业增加值", UNNAMED)
    assert t.review is not None and "denominator" in t.review


def test_a_slogan_and_an_hour_circle_are_not_targets() -> None:
    assert numeric("叫响“2小时办结、3个工作日出证”政务品牌。") == []
    assert numeric("构建中心城区1小时通勤圈。") == []


def test_a_ratio_not_to_one_is_drafted_in_times_for_review() -> None:
    (t,) = numeric("医护比达到1:1.25。")
    assert (t.value, t.unit, t.comparator) == (Decimal("0.80"), "倍", "at-least")
    assert t.review is not None and "1:1.25" in t.review


def test_a_bound_set_by_someone_else_is_no_share() -> None:
    (t,) = numeric("森林覆盖率不低于省下达的46%。")
    assert (t.kind, t.comparator, t.value) == ("quantity", "at-least", Decimal(46))


def test_a_cluster_of_districts_is_not_a_unit() -> None:
    assert find_numbers("全面推进5组团建设") == []


def test_a_spending_verb_or_a_second_verb_is_not_part_of_the_subject() -> None:
    assert [t.of for t in numeric("区财政每年安排3000万元。")] == ["区财政资金"]
    assert [t.of for t in numeric("到2025年，力争建成投产亿元以上项目15个。")] == ["亿元以上项目"]


@pytest.mark.parametrize(
    ("clause", "value", "unit"),
    [("全市经济总量达到两万亿元", Decimal(2), "万亿元"), ("新增造林五万亩", Decimal(5), "万亩")],
)
def test_a_small_chinese_numeral_with_a_magnitude_is_a_number(clause: str, value: Decimal, unit: str) -> None:
    assert [(n.value, n.unit) for n in find_numbers(clause)] == [(value, unit)]
    assert find_numbers("抓好两个结合") == []


def test_a_verb_opening_the_subject_is_left_out_but_not_a_noun_that_starts_like_one() -> None:
    assert [t.of for t in numeric("办结民生实事25件。")] == ["民生实事"]
    assert [t.of for t in numeric("全区建成区面积达到55平方公里。")] == ["全区建成区面积"]


def test_a_rate_of_support_is_a_rule_not_a_target() -> None:
    assert numeric("按每亩280元标准给予耕地保护补贴。") == []


def test_a_fraction_of_a_noun_that_does_something_is_a_share_of_that_noun() -> None:
    (t,) = numeric("超过半数的社区建成完整社区。")
    assert (t.kind, t.comparator, t.value) == ("share", "more-than", Decimal(50))
    assert (t.numerator, t.denominator) == ("建成完整社区的社区", "社区")


def test_reaching_or_passing_is_at_least() -> None:
    assert [t.comparator for t in numeric("地表水优良水体比例达到或超过85%。")] == ["at-least"]
