"""A 分别 list shares its bound: 分别达A、B、C is at least each, 分别增长A、B左右 is about each
(our own sentences in the grammar of plans)."""

from __future__ import annotations

import datetime as dt

import pytest

from targetctl.domain.drafting.extract import extract

PERIOD = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def comparators(text: str) -> list[tuple[str, str | None]]:
    d = extract(text, default_year=2025, period=PERIOD)
    return [(str(t.value), t.comparator) for t in d.targets if t.numeric]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "农村生活污水治理率、卫生厕所普及率、垃圾分类收集点（站）行政村覆盖率分别达85%、92%、100%。",
            [("85", "at-least"), ("92", "at-least"), ("100", "at-least")],
        ),
        ("年收入超5万元、超20万元的合作社占比分别达到60%、25%。", [("60", "at-least"), ("25", "at-least")]),
        ("城镇、农村居民人均可支配收入分别增长5%、6.5%左右。", [("5", "about"), ("6.5", "about")]),
        ("两类企业研发投入分别不低于3%、2%。", [("3", "at-least"), ("2", "at-least")]),
        ("年营收超5万元、超20万元合作社占比分别达60%、25%。", [("60", "at-least"), ("25", "at-least")]),
    ],
)
def test_a_respective_list_shares_its_bound(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert comparators(sentence) == expected


def test_items_with_bounds_of_their_own_keep_them() -> None:
    got = comparators("城镇、农村居民人均可支配收入分别增长5%以上、6.5%左右。")
    assert got == [("5", "at-least"), ("6.5", "about")]
