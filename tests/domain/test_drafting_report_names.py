"""Numbers a work report uses for other things than targets: session ordinals, counts of a
plan's indicators and areas, per-head aid, names with a number (our own sentences)."""

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
        "认真落实省委十二届六次全会部署。",
        "以上共设置30项指标，其中预期性指标21项、约束性指标9项。",
        "规划纲要草案安排了16个领域的重点任务。",
        "对考入本科院校的困难家庭学生一次性补助5000元。",
        "为患病妇女给予每人2万元救助。",
        "学生保险保费由每生每年8元提高至15元。",
        "用好144小时过境免签政策。",
        "推广240小时便利签证政策。",
    ],
)
def test_a_number_that_names_or_counts_the_report_itself_is_no_target(sentence: str) -> None:
    assert numeric(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("建成300个社区健身路径或5人制足球场。", Decimal(300)),
        ("新增城镇就业40万人。", Decimal(40)),
        ("为80所海拔2000米以上农村学校建设供暖设施。", Decimal(80)),
    ],
)
def test_the_target_beside_them_stays(sentence: str, value: Decimal) -> None:
    assert [t.value for t in numeric(sentence)] == [value]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("规划纲要草案提出了12个方面的重点任务和3个方面的保障措施。", []),
        ("推动40个10亿元以上项目加快建设。", [Decimal(40)]),
    ],
)
def test_a_count_of_measures_and_an_amount_naming_a_class_of_projects(sentence: str, expected: list[Decimal]) -> None:
    assert [t.value for t in numeric(sentence)] == expected


def test_a_yearly_cadence_of_meetings_is_a_rule_of_work() -> None:
    assert numeric("各级政府主要负责同志每年至少主持召开3次企业座谈会。") == []
