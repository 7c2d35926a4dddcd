"""Break-it review of round 42's drafting changes (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract


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
