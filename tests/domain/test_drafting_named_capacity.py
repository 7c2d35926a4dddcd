"""A capacity that names a project (青川化工30万吨合成氨, 千万吨炼化基地) is part of the name in a
list of projects, not a target; a capacity to add stays one (our own sentences)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import DraftTarget, extract

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def numeric(text: str) -> list[DraftTarget]:
    return [t for t in extract(text, default_year=2026, period=PERIOD).targets if t.numeric]


@pytest.mark.parametrize(
    "sentence",
    [
        "推动青川化工30万吨合成氨、远山新材5万吨碳纤维原丝扩能等项目建设。",
        "加快河口铝业20万吨再生铝、东岭储能15万千瓦熔盐储热等重点项目建设。",
        "推进千万吨炼化基地和百万吨新材料基地建设。",
        # plants named by their rating in MW, one of them by its units (2×300MW)
        "加快青川能建350MW、远山电建2×300MW压缩空气储能电站等项目建设。",
        "推动青川储能300MW项目并网发电。",
    ],
)
def test_a_capacity_naming_a_project_is_no_target(sentence: str) -> None:
    assert numeric(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("新增风电装机200万千瓦。", Decimal(200)),
        ("粮食产量稳定在600万吨以上。", Decimal(600)),
        ("建成30万吨合成氨等项目。", Decimal(30)),
        ("新增光伏装机容量200MW。", Decimal(200)),
    ],
)
def test_a_capacity_to_reach_stays_a_target(sentence: str, value: Decimal) -> None:
    assert [t.value for t in numeric(sentence)] == [value]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("加快推进20万吨聚乳酸等18个项目。", [Decimal(18)]),  # the list's count stands before its kind
        ("加快5万吨钠电正极材料、8万吨硅碳负极材料等项目建设。", []),  # a capacity after 、
        ("全面开展产能90万吨及以上煤矿安全改造。", []),  # a size that names the class worked on
        ("力争百万吨饲料加工厂投产。", []),  # a round size that names a plant
        ("早日跻身千万吨港口行列。", []),
    ],
)
def test_a_capacity_that_names_a_project_or_a_class_is_no_target(sentence: str, kept: list[Decimal]) -> None:
    assert [t.value for t in numeric(sentence)] == kept


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("形成百万吨产能。", Decimal(100)),
        ("建成5万吨冷库、3万吨粮库。", Decimal(3)),
        ("建设3万千瓦以上电站2座。", Decimal(2)),
        ("全年港口吞吐量突破千万吨。", Decimal(1000)),
        ("全市粮食产量稳定在百万吨水平。", Decimal(100)),  # a round level, no plant's name
    ],
)
def test_a_size_the_plan_reaches_stays_a_target(sentence: str, value: Decimal) -> None:
    assert value in [t.value for t in numeric(sentence)]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("新建10万吨冷链仓储、5万吨粮食烘干等项目。", [Decimal(10), Decimal(5)]),  # a verb sets the whole list
        ("推进华星化工扩能、10万吨负极材料、5万吨电解液等项目建设。", []),  # a list that opens on a name
    ],
)
def test_capacities_a_verb_sets_in_a_list_of_projects_stay_targets(sentence: str, kept: list[Decimal]) -> None:
    assert [t.value for t in numeric(sentence)] == kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # a battery plant named by its storage (吉瓦时) in a list of projects
        ("建成投产远山材料年产20万吨磷酸铁、川能电池一期10吉瓦时（GWh）等项目。", []),
        # one project named by its capacity and product, then what it is to do
        ("青川石化40万吨/年聚乙醇酸项目年底前完成投资12亿元以上。", [Decimal(12)]),
        ("新建光伏电站装机30万千瓦，力争建成10吉瓦时储能。", [Decimal(30), Decimal(10)]),
    ],
)
def test_a_plant_named_by_its_storage_or_its_yearly_output_is_no_target(sentence: str, kept: list[Decimal]) -> None:
    assert [t.value for t in numeric(sentence)] == kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("建成110千伏变电站3座。", [Decimal(3)]),
        ("加快推进20亿元专项债券支持的在建项目建设，年内完成投资80亿元。", [Decimal(80)]),
        ("吸纳2026届高校毕业生就业3000人。", [Decimal(3000)]),
        ("新增变电容量50万千伏安。", [Decimal(50)]),
    ],
)
def test_a_voltage_class_the_funds_behind_projects_and_a_cohort_are_no_targets(
    sentence: str, kept: list[Decimal]
) -> None:
    assert [t.value for t in numeric(sentence)] == kept
