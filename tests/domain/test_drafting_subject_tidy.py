"""What a number measures, where the words before it are a verb, a preposition or a list's
joint rather than a noun (our own sentences)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting import subject_tidy
from targetctl.domain.drafting.extract import extract

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def subjects(sentence: str) -> list[tuple[Decimal | None, str | None]]:
    d = extract(sentence, default_year=2026, period=PERIOD)
    return [(t.value, t.of) for t in d.targets if t.numeric]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("今年抓好320个市重点项目。", [(Decimal(320), "市重点项目")]),
        ("今年打通30条断头路。", [(Decimal(30), "断头路")]),
        ("今年在2000个小区设置智能回收箱。", [(Decimal(2000), "小区")]),
        ("今年为600个老旧小区引入物业服务。", [(Decimal(600), "老旧小区")]),
        ("今年实施好120项以上制造业重点项目。", [(Decimal(120), "制造业重点项目")]),
    ],
)
def test_a_verb_or_a_place_word_before_the_number_gives_way_to_the_noun_after_it(
    sentence: str, expected: list[tuple[Decimal, str]]
) -> None:
    assert subjects(sentence) == expected


def test_items_joined_by_he_keep_their_nouns_without_the_joint() -> None:
    assert subjects("今年推进30项科技专项、50项技术攻关和20项基础研究项目。") == [
        (Decimal(30), "科技专项"),
        (Decimal(50), "技术攻关"),
        (Decimal(20), "基础研究项目"),
    ]
    assert subjects("今年新建8家验证中心、20家孵化器和6家中试平台。") == [
        (Decimal(8), "验证中心"),
        (Decimal(20), "孵化器"),
        (Decimal(6), "中试平台"),
    ]


def test_a_word_that_only_introduces_the_list_is_not_in_the_subject() -> None:
    got = subjects("今后五年的主要指标包括地区生产总值年均增长5%左右。")
    assert got == [(Decimal(5), "地区生产总值")]


@pytest.mark.parametrize(
    ("of", "noun", "before", "previous", "tidied"),
    [
        (None, "示范园区和", "", None, "示范园区"),  # nothing drafted: the noun after, without its joint
        ("主要指标包括：城镇新增就业", "", "", None, "城镇新增就业"),
        ("在", "社区设置便民服务点", "", None, "社区"),  # the places counted, not what is done there
        ("抓好", "市重点工程", "", None, "市重点工程"),
        ("众创空间和8家", "加速器", "15家众创空间和", "众创空间", "加速器"),
        ("等骨干企业", "", "", None, "骨干企业"),
        ("新增就业人数按", "", "", None, "新增就业人数"),
        ("城乡居民收入", "元", "", None, "城乡居民收入"),  # a noun of its own stays
    ],
)
def test_tidy_takes_off_what_is_not_the_noun(
    of: str | None, noun: str, before: str, previous: str | None, tidied: str
) -> None:
    assert subject_tidy.tidy(of, noun, before, previous) == tidied
