"""A share of a subsidy paid ahead or at a stage (drafting.grammar's payment-tranche), whatever the
subsidy is called, is how a rule pays, not a target; a share the plan reaches stays (our own
sentences)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def drafted(text: str) -> list[Decimal | None]:
    d = extract(text, default_year=2026, period=PERIOD)
    return [t.value for t in d.targets if t.numeric]


@pytest.mark.parametrize(
    "text",
    [
        "项目开工后，可预拨不超过40%的一次性建设补贴。",
        "吸纳困难人员的小微企业可预拨最多30%岗位补贴。",
        "验收合格后拨付60%的补助资金。",
    ],
)
def test_a_share_of_a_subsidy_paid_ahead_is_not_drafted(text: str) -> None:
    assert drafted(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("实现全县不少于3%的困难老人享有护理补贴。", 3),
        ("惠企补贴资金兑付率达到95%以上。", 95),
    ],
)
def test_a_share_the_plan_reaches_stays(text: str, value: int) -> None:
    assert Decimal(value) in drafted(text)
