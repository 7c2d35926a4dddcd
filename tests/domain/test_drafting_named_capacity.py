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
    ],
)
def test_a_capacity_to_reach_stays_a_target(sentence: str, value: Decimal) -> None:
    assert [t.value for t in numeric(sentence)] == [value]
