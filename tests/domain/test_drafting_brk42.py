"""Break-it review of round 42's drafting changes (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract, find_numbers


def _values(text: str) -> list[Decimal | None]:
    return [t.value for t in extract(text, default_year=2026).targets if t.numeric]


@pytest.mark.parametrize("item", ["\\[注\\]", "[首页](https://example.gov.cn/)!"])
def test_a_long_line_of_markdown_marks_that_is_not_all_marks_is_read_once(item: str) -> None:
    # each mark could be split two ways (its backslash, an image's !): a line of 40 that did not end as
    # marks was tried 2^40 ways before it was read as text (24 took seconds, 40 never finished)
    text = "某县工作方案\n" + item * 40 + "见附表。\n一、全年新增企业30家。\n"
    assert _values(text) == [Decimal(30)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the time a service takes or keeps people waiting, and how often it runs: a level of the service
        ("到2027年，城区主要道路积水排除时间不得超过30分钟。", [Decimal(30)]),
        ("院前急救平均反应时间不得超过12分钟。", [Decimal(12)]),
        ("中心城区公交高峰发车间隔不得超过5分钟。", [Decimal(5)]),
        ("群众到政务大厅办事单次等候时间不超过20分钟。", [Decimal(20)]),
        ("城乡公交每日开行班次不少于120次。", [Decimal(120)]),
        # a person's own conduct stays a norm
        ("小学生书面作业完成时间不得超过60分钟。", []),
        ("中小学生每天睡眠时间不少于10个小时。", []),
    ],
)
def test_the_time_a_service_takes_is_no_norm_of_conduct(text: str, kept: list[Decimal]) -> None:
    assert _values(text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # what is built to reach full coverage, the coverage a second predicate: the count is a target
        ("新建10个村级综合服务站实现全覆盖。", [Decimal(10)]),
        ("建设15个智慧社区达到全覆盖。", [Decimal(15)]),
        ("打造12个社区养老服务中心全覆盖。", [Decimal(12)]),
        # the things covered in full are how many there are
        ("实现5G网络在120个行政村全覆盖。", []),
    ],
)
def test_a_count_a_verb_makes_before_full_coverage_is_a_target(text: str, kept: list[Decimal]) -> None:
    assert _values(text) == kept


def _made(text: str) -> list[tuple[Decimal | None, str | None]]:
    return [(t.value, t.comparator) for t in extract(text, default_year=2026).targets if t.numeric]


@pytest.mark.parametrize(
    ("text", "made"),
    [
        # a rate (增长N%的基础上, 年均N%的增速) is no share of units: the level after it is a target of its
        # own, and the rate is not met at that rate or above it
        (
            "力争在增长8%的基础上全年地区生产总值突破500亿元。",
            [(Decimal(8), "exactly"), (Decimal(500), "more-than")],
        ),
        ("以年均10%的增速推动数字经济规模达到200亿元。", [(Decimal(10), "exactly"), (Decimal(200), "at-least")]),
        (
            "力争在上年增长6%的基础上实现营业收入超过100亿元。",
            [(Decimal(6), "exactly"), (Decimal(100), "more-than")],
        ),
        # a share of units that pass a level: the share, at least
        ("力争实现30%的村集体经济年收入超过20万元。", [(Decimal(30), "at-least")]),
        ("到2027年，60%的村实现集体经济年收入超过10万元。", [(Decimal(60), "at-least")]),
    ],
)
def test_a_rate_before_a_level_is_no_share_of_units(text: str, made: list[tuple[Decimal, str]]) -> None:
    assert _made(text) == made


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a share of the units a measure guides or supports, not a measure of their kind: a target
        ("引导全市80%以上的规上工业企业开展数字化改造。", [Decimal(80)]),
        ("支持全县30%的行政村创建美丽乡村示范村。", [Decimal(30)]),
        ("鼓励全市50%以上的中小企业上云用平台。", [Decimal(50)]),
        # the share that picks out the kind supported stays no target
        ("优先支持绿电占比80%以上的数据中心。", []),
    ],
)
def test_a_share_of_the_units_supported_is_a_target(text: str, kept: list[Decimal]) -> None:
    assert _values(text) == kept


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # shares in cells side by side (现状值, 目标值), their space lost: each is a share, no web escape
        ("高新技术企业增加值占比18%25%", [Decimal(18), Decimal(25)]),
        ("研发经费投入强度2.1%2.5%", [Decimal("2.1"), Decimal("2.5")]),
        ("农村自来水普及率95%98%99%", [Decimal(95), Decimal(98), Decimal(99)]),
        # a web address's escapes stay bytes, wherever its number stands
        ("见网址http://example.gov.cn/list?name=%E5%B8%82%E5%8E%BF&id=25%E7%9C%81", []),
    ],
)
def test_shares_side_by_side_are_no_web_escapes(text: str, values: list[Decimal]) -> None:
    assert [n.value for n in find_numbers(text) if n.unit == "%" or not n.unit] == values


@pytest.mark.parametrize(
    ("text", "made"),
    [
        ("到2026年，80%以上的村集体经济年收入达到10万元。", [(Decimal(80), "at-least")]),
        ("到2026年，60%以上的规上企业营业收入超过1亿元。", [(Decimal(60), "at-least")]),
    ],
)
def test_a_share_at_least_of_units_that_pass_a_level_is_the_target(text: str, made: list[tuple[Decimal, str]]) -> None:
    # N%以上的 as N%的: the share is the target, the level only says which units count (the level was
    # drafted and the share lost)
    assert _made(text) == made
