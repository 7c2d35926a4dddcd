"""Numbers that only describe the work, not commit to it (our own sentences): a count that sums up
the names listed just before it, who qualifies for a support rule, an age group, a yearly
cadence, a heading's count of its items, a project named by its capacity, the existing sites a
check goes through one by one, and the items of a note."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.enumerated import names_counted
from targetctl.domain.drafting.extract import extract

PERIOD = (dt.date(2021, 1, 1), dt.date(2025, 12, 31))


def drafted(text: str) -> list[Decimal | None]:
    d = extract(text, default_year=2024, period=PERIOD)
    return [t.value for t in d.targets if t.numeric]


@pytest.mark.parametrize(
    ("listed", "count"),
    [
        ("支持东湖、西岭、南山3个", True),
        ("“东西联动、南北协同”支持东湖、西岭、南山3个", True),
        ("推进青川、白河2座", True),
        ("构建监测预警、应急处置、恢复重建三大", True),
        ("推进东湖、西岭等5个", False),  # 等: the names are examples of more
        ("支持东湖、西岭4个", False),  # more than the names listed: a count of its own
        ("新建污水处理厂3个", False),
        ("新建幼儿园3所、小学2", False),  # a count after a count, not after its names
    ],
)
def test_a_count_is_a_sum_of_names_only_when_it_equals_the_names_listed(listed: str, count: bool) -> None:
    assert names_counted(listed + "园区") is count


@pytest.mark.parametrize(
    "sentence",
    [
        "支持东湖、西岭、南山3个省级实验室提升创新能力。",
        "推进青川、白河2个县城市更新试点项目。",
        "对年营业收入2000万元及以下、吸纳就业不少于10人的小型企业给予一次性稳岗补贴。",
        "将技能培训补贴范围扩大到16—24岁失业青年。",
        "学校每年调整1次招生专业。",
        "释放青化80万吨乙烯升级项目产能。",
        "对全县12处列入县级文物保护单位的古建筑逐一开展消防排查。",
    ],
)
def test_numbers_that_describe_the_work_are_not_drafted(sentence: str) -> None:
    assert drafted(sentence) == []


def test_a_headings_count_of_its_items_is_not_a_target_but_its_items_are() -> None:
    text = "二、县农业农村局牵头工作（2项）\n1.新建高标准农田3万亩。\n2.建成冷链仓储中心2个。\n"
    assert drafted(text) == [Decimal(3), Decimal(2)]


def test_the_items_of_a_note_set_nothing_even_where_nothing_above_refers_to_them() -> None:
    text = (
        "到2025年，全市公共图书馆年接待读者达到800万人次。\n"
        "注：① 读者人次含线上服务。\n"
        "② 620万人次为2019年数据，2020年为310万人次。\n"
    )
    assert drafted(text) == [Decimal(800)]


def test_a_count_of_new_work_beside_names_still_counts() -> None:
    assert drafted("新建东湖、西岭等5个口袋公园。") == [Decimal(5)]
    assert drafted("启动建设东湖—西岭等12个更新项目。") == [Decimal(12)]
    assert drafted("消除东湖路、西岭街等8处易积水点位。") == [Decimal(8)]
