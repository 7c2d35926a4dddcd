"""A long work report's grammar: counts before nouns, levels to reach, a part that reviews and
then looks ahead, a five-year plan's first year, labels that look like numbers (our own texts)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.quantities import find_numbers

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def numeric(text: str, period: tuple[dt.date, dt.date] | None = PERIOD) -> list[tuple[Decimal | None, str | None, str]]:
    d = extract(text, default_year=2026, period=period)
    return [(t.value, t.comparator, t.quote) for t in d.targets if t.numeric]


@pytest.mark.parametrize(
    ("clause", "value", "unit"),
    [
        ("今年新建10个项目", 10, "个"),
        ("新增300张家庭照护床位", 300, "张"),
        ("培育12家头部企业", 12, "家"),
        ("建设6个片区综合服务站", 6, "个"),
        ("改造40个台区", 40, "个"),
        ("新建5个人才驿站", 5, "个"),
    ],
)
def test_a_count_before_a_noun_that_starts_like_a_unit_keeps_its_number(clause: str, value: int, unit: str) -> None:
    assert [(n.value, n.unit) for n in find_numbers(clause)] == [(Decimal(value), unit)]


def test_an_amount_that_names_a_kind_of_project_is_still_no_count() -> None:
    assert find_numbers("支持800万元项目落地") == []


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("治理违规电动三四轮车", 34),
        ("推动形成百亿成势的产业格局", 100),
        ("公交与轨道50米内换乘比例提升至93%", 50),
        ("实施住房保障等十条支持措施", 10),
        ("设置了24个主要指标", 24),
        ("包括8个约束性指标", 8),
        ("等16个预期性指标", 16),
        ("从质量、效率、动力4个维度设置了20项主要指标", 4),
    ],
)
def test_labels_qualifiers_and_counts_of_indicators_are_not_targets(clause: str, label: int) -> None:
    got = numeric(f"一、2026年重点工作\n今年要{clause}。")
    assert Decimal(label) not in [v for v, _, _ in got]


def test_the_indicator_share_beside_a_count_of_indicators_is_still_a_target() -> None:
    got = numeric("一、2026年重点工作\n今年要实现公交与轨道50米内换乘比例达到93%。")
    assert [(v, c) for v, c, _ in got] == [(Decimal(93), "at-least")]


@pytest.mark.parametrize(
    ("clause", "label"),
    [
        ("做好今年工作，重点抓好以下十二个方面：", 12),
        ("扎实推进25项为民办实事项目", 25),
        ("培育一批营收过百亿元食品加工企业", 100),
    ],
)
def test_counts_of_the_work_and_a_size_that_qualifies_are_not_targets(clause: str, label: int) -> None:
    got = numeric(f"一、2026年重点工作\n今年要{clause}。")
    assert Decimal(label) not in [v for v, _, _ in got]


def test_a_count_of_industries_sized_by_a_magnitude_counts_the_industries() -> None:
    got = numeric("一、2026年重点工作\n今年要打造新材料、新能源等3个千亿级新兴产业。")
    assert [(v, c) for v, c, _ in got] == [(Decimal(3), "exactly")]
    d = extract("一、2026年重点工作\n今年要打造新材料、新能源等3个千亿级新兴产业。", default_year=2026, period=PERIOD)
    assert [t.unit for t in d.targets if t.numeric] == ["个"]


def test_a_rate_per_an_amount_is_one_target_with_its_unit() -> None:
    def read(sentence: str) -> list[tuple[Decimal | None, str | None, str | None]]:
        d = extract(sentence, default_year=2026, period=PERIOD)
        return [(t.value, t.comparator, t.unit) for t in d.targets if t.numeric]

    assert read("到2026年，亿元生产总值事故死亡率控制在0.05人/亿元以下。") == [(Decimal("0.05"), "at-most", "人/亿元")]
    assert read("到2026年，事故死亡率控制在0.6人/百亿元以下。") == [(Decimal("0.6"), "at-most", "人/百亿元")]


def test_a_unit_in_latin_letters_the_lists_lack_is_kept_with_its_number() -> None:
    d = extract("到2026年，全省新增智能算力规模达到12EFLOPS。", default_year=2026, period=PERIOD)
    assert [(t.value, t.unit) for t in d.targets if t.numeric] == [(Decimal(12), "EFLOPS")]


def test_a_share_of_places_written_before_them_does_not_start_its_noun_with_de() -> None:
    d = extract("到2026年，全市至少三分之二的街道建成综合服务中心。", default_year=2026, period=PERIOD)
    assert [(t.of or "")[:1] for t in d.targets if t.numeric] == ["街"]


def test_a_project_named_by_its_yearly_capacity_is_no_target_but_a_capacity_to_reach_is() -> None:
    assert numeric("一、2026年重点工作\n今年要建设年产20万吨新材料项目。") == []
    got = numeric("一、2026年重点工作\n今年要形成年产20万吨新材料生产能力。")
    assert [v for v, _, _ in got] == [Decimal(20)]


def test_a_mine_named_by_its_yearly_capacity_is_no_target() -> None:
    assert numeric("一、2026年重点工作\n加快北岭、南岗两座年产60万吨煤矿竣工投产。") == []
    assert [v for v, _, _ in numeric("一、2026年重点工作\n新建3座年产60万吨矿井。")] == [Decimal(3)]
