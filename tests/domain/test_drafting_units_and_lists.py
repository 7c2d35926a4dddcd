"""A weight the registry lacks (万担) is read and declared, never dropped, and a bound after the
last of a list of things a verb makes (打造A3个、B3个以上) is that item's own (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.extract import extract


def _made(text: str) -> list[tuple[Decimal | None, str | None, str | None]]:
    return [(t.value, t.comparator, t.unit) for t in extract(text, default_year=2030).targets if t.numeric]


def test_tobacco_bought_by_the_dan_is_a_target() -> None:
    assert _made("全年收购烟叶45万担以上。") == [(Decimal(45), "at-least", "万担")]


def test_a_guarantee_is_no_dan() -> None:
    assert [unit for _, _, unit in _made("安排1000万担保资金。")] != ["万担"]


def test_a_bound_after_the_last_of_things_a_verb_makes_is_that_items_own() -> None:
    assert _made("打造特色街区4个、夜间经济集聚区2个以上。") == [
        (Decimal(4), "exactly", "个"),
        (Decimal(2), "at-least", "个"),
    ]
    assert _made("争创省级示范园区2个、示范企业5家以上。") == [
        (Decimal(2), "exactly", "个"),
        (Decimal(5), "at-least", "家"),
    ]


def test_measures_listed_still_share_the_bound() -> None:
    assert _made("粮食播种面积稳定在60万亩、产量25万吨以上。") == [
        (Decimal(60), "at-least", "万亩"),
        (Decimal(25), "at-least", "万吨"),
    ]


def test_the_size_of_a_task_taken_on_is_a_target() -> None:
    # 的 before the task's name does not make the size a description of a kind of thing
    assert _made("全年完成3万亩的退耕还林任务。") == [(Decimal(3), "exactly", "万亩")]
    assert _made("落实近岸1200亩的网箱清退任务。") == [(Decimal(1200), "exactly", "亩")]
    # a size that picks out which things are meant still describes them
    assert _made("改造运行超过30年的供水管网。") == []


def test_firms_picked_out_by_the_energy_they_use_are_a_class_not_a_target() -> None:
    assert _made("逐步覆盖年综合能耗3000吨标准煤以上企业。") == []
    assert _made("年耗能5万吨标煤及以上的重点用能单位实现在线监测全覆盖。") == []
    # the energy a place may use in all is a target
    assert _made("全县能源消费总量控制在260万吨标准煤以内。") == [(Decimal(260), "at-most", "万吨标准煤")]
