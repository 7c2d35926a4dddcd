"""What each number measures, where one clause lists several (our own sentences)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract

PERIOD = (dt.date(2024, 1, 1), dt.date(2027, 12, 31))


def measured(sentence: str) -> list[tuple[Decimal | None, str, str | None]]:
    d = extract(sentence, default_year=2024, period=PERIOD)
    return [(t.value, t.kind, t.of) for t in d.targets if t.numeric]


def test_numbers_before_their_nouns_each_measure_their_own_noun() -> None:
    assert measured("培育8家链主企业、60家配套企业。") == [
        (Decimal(8), "quantity", "链主企业"),
        (Decimal(60), "quantity", "配套企业"),
    ]


def test_a_noun_then_its_verb_then_the_number_is_measured_as_the_work() -> None:
    got = measured("完成农村危房改造300户、惠及群众900人。")
    assert got[0] == (Decimal(300), "quantity", "农村危房改造")


def test_fenbie_over_town_and_country_gives_each_its_own_noun() -> None:
    assert measured("城乡居民人均可支配收入分别增长6%和7.5%。") == [
        (Decimal(6), "growth", "城镇居民人均可支配收入"),
        (Decimal("7.5"), "growth", "农村居民人均可支配收入"),
    ]


def test_fenbie_over_one_noun_keeps_the_noun_and_the_verb_for_each_value() -> None:
    got = measured("第一产业和第二产业增加值分别增长3%、6%。")
    assert [k for _, k, _ in got] == ["growth", "growth"]
    assert all(of and "分别" not in of for _, _, of in got)


@pytest.mark.parametrize(
    ("sentence", "of"),
    [
        ("二〇二五年全县油菜种植面积稳定在30万亩。", "全县油菜种植面积"),
        ("力争三年内高新技术企业数量达到200家。", "高新技术企业数量"),
    ],
)
def test_a_leading_time_is_not_part_of_the_subject(sentence: str, of: str) -> None:
    assert measured(sentence)[0][2] == of


def test_a_target_within_n_years_is_due_n_years_on_from_the_year_of_issue() -> None:
    d = extract("力争三年内高新技术企业数量达到200家。", default_year=2025, period=(PERIOD[0], dt.date(2029, 12, 31)))
    assert [t.due.year if t.due else None for t in d.targets if t.numeric] == [2026]


def test_a_value_kept_after_last_years_figure_measures_what_that_figure_measured() -> None:
    d = extract("去年全市粮食产量达到120万吨，今年力争稳定在120万吨以上。", default_year=2024, period=PERIOD)
    assert [t.of for t in d.targets if t.numeric] == ["全市粮食产量"]


def test_a_later_item_that_names_only_its_level_takes_the_noun_of_the_first() -> None:
    got = [of for _, _, of in measured("争取创建国家级现代农业园区1个、省级4个。")]
    assert got == ["国家级现代农业园区", "省级现代农业园区"]


def test_a_total_after_an_increase_is_the_total_of_the_same_thing() -> None:
    assert [of for _, _, of in measured("全市高新技术企业新增50家、总数达到600家。")] == [
        "全市高新技术企业",
        "全市高新技术企业总数",
    ]


def test_a_place_before_the_number_is_not_what_it_counts() -> None:
    assert [of for _, _, of in measured("在全县8个乡镇开展试点。")] == ["乡镇"]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("新建8个口袋公园。", 8, "个"),
        ("新增3个门诊部。", 3, "个"),
        ("打造5个块状特色产业集群。", 5, "个"),
    ],
)
def test_a_measure_word_then_a_noun_starting_like_a_unit_is_counted(sentence: str, value: int, unit: str) -> None:
    d = extract(sentence, default_year=2024, period=PERIOD)
    assert [(t.value, t.unit) for t in d.targets if t.numeric] == [(Decimal(value), unit)]


def test_a_magnitude_before_people_counts_those_people() -> None:
    d = extract("为20万学生开展脊柱侧弯筛查。", default_year=2024, period=PERIOD)
    assert [(t.value, t.unit) for t in d.targets if t.numeric] == [(Decimal(20), "万人")]


def test_ge_inside_a_list_gives_each_noun_of_its_item_the_value() -> None:
    # 各 shares the value among the nouns of its own item, where other items carry their own numbers
    assert measured("新增停车位800个、社区食堂和口袋公园各6个。") == [
        (Decimal(800), "quantity", "停车位"),
        (Decimal(6), "quantity", "社区食堂"),
        (Decimal(6), "quantity", "口袋公园"),
    ]


def test_ge_in_the_first_item_of_a_list_gives_each_noun_the_value() -> None:
    got = measured("新增高新技术企业和“专精特新”企业各4家、科技型中小企业25家。")
    assert [(v, of) for v, _, of in got] == [
        (Decimal(4), "高新技术企业"),
        (Decimal(4), "“专精特新”企业"),
        (Decimal(25), "科技型中小企业"),
    ]


def test_ge_after_one_noun_in_a_list_stays_one_target() -> None:
    # 各 after a single noun (each town builds 2): one target, the count per item
    got = measured("建设示范村10个、每个乡镇各2个。")
    assert [v for v, _, _ in got] == [Decimal(10), Decimal(2)]


def test_ge_over_nouns_that_share_no_word_keeps_each_noun_as_written() -> None:
    # 公厕 and 口袋公园 are two kinds of facility: 公厕 takes nothing from 口袋公园
    assert measured("新增停车位800个、公厕和口袋公园各6个。") == [
        (Decimal(800), "quantity", "停车位"),
        (Decimal(6), "quantity", "公厕"),
        (Decimal(6), "quantity", "口袋公园"),
    ]
