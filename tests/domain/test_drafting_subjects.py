"""What a number measures: a noun phrase, not a verb, not cut off from its noun (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.subjects import refine, share_noun
from tests.domain.test_drafting import numeric


@pytest.mark.parametrize(
    ("sentence", "subjects"),
    [
        ("城镇、农村居民人均可支配收入分别增长5%、7%。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        ("每年安排专项资金2亿元。", ["专项资金"]),
        ("市财政每年安排养老服务体系建设资金不少于2亿元。", ["养老服务体系建设资金"]),
        ("建成区绿化覆盖率达到42%。", ["建成区绿化覆盖率"]),
    ],
)
def test_the_subject_is_the_noun_phrase_the_number_measures(sentence: str, subjects: list[str]) -> None:
    assert [t.of for t in numeric(sentence)] == subjects


def test_share_noun_and_refine() -> None:
    assert share_noun(["城镇", "农村居民人均可支配收入"]) == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert share_noun(["地区生产总值", "一般公共预算收入"]) == ["地区生产总值", "一般公共预算收入"]
    assert refine("资金", "区财政安排乡村振兴资金") == "乡村振兴资金"
    assert refine("投入使用", "新建学校") == "投入使用"  # a spending verb alone is left to the reviewer


def test_one_share_of_the_years_plan_completed_by_each_listed_item() -> None:
    text = "青川市2026年投资工作方案\n2026年第一季度重点项目、民生项目投资额均完成年度计划的30%以上。"
    d = extract(text, default_year=2026)
    assert [(t.value, t.of) for t in d.targets if t.numeric] == [
        (Decimal(30), "重点项目投资额"),
        (Decimal(30), "民生项目投资额"),
    ]


@pytest.mark.parametrize("verb", ["构建", "搭建", "开发", "遴选", "形成", "推出"])
def test_a_bounded_count_after_a_verb_alone_measures_the_noun_not_the_verb(verb: str) -> None:
    d = extract(f"青川市2026年工作方案\n{verb}5个以上的产业平台。", default_year=2026)
    assert [(t.value, t.of) for t in d.targets if t.numeric] == [(Decimal(5), "产业平台")]


def test_a_heading_ordinal_before_a_year_is_no_part_of_the_subject() -> None:
    text = "青川市支持企业发展若干政策措施\n一、2026年第一季度储备技改项目300个以上。"
    d = extract(text, default_year=2026)
    assert [(t.value, t.of) for t in d.targets if t.numeric] == [(Decimal(300), "储备技改项目")]


@pytest.mark.parametrize(
    ("line", "subjects"),
    [
        ("东区、西区均完成投资10亿元。", ["东区投资", "西区投资"]),
        ("城区、开发区均实现营收100亿元。", ["城区营收", "开发区营收"]),
        ("A、B、C三个园区均完成投资10亿元。", ["A园区投资", "B园区投资", "C园区投资"]),
        ("A、B、C三个园区产值均达到10亿元。", ["A园区产值", "B园区产值", "C园区产值"]),
    ],
)
def test_each_listed_item_keeps_the_noun_its_shared_value_measures(line: str, subjects: list[str]) -> None:
    # 均完成投资10亿元: what each completes is 投资; 三个园区 counts the list, it is no part of a name
    d = extract(f"青川市2026年工作方案\n{line}", default_year=2026)
    assert [t.of for t in d.targets if t.numeric] == subjects


def test_each_quoted_item_before_ge_gets_the_value() -> None:
    # “…”各10个: the closing quote before 各 still lists the items
    d = extract("青川市2026年工作方案\n新认定“放心菜”基地、“青川好品”各8个以上。", default_year=2026)
    assert [(t.value, t.comparator) for t in d.targets if t.numeric] == [(Decimal(8), "at-least")] * 2
