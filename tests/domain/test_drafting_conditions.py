"""A section that sets the conditions an applicant meets (drafting.conditions): its lines are
thresholds, not targets; the sections around it are read as before (our own texts)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.conditions import HEADING, condition_lines
from targetctl.domain.drafting.extract import extract

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))

TEXT = """东坪县2026年高校毕业生就业见习实施方案

一、工作目标
全年开发就业见习岗位1200个以上。
二、申报条件
（一）见习单位
1.依法登记注册满1年以上，近3年无不良信用记录。
2.能提供不少于5个见习岗位，岗位留用率不低于50%。
（二）见习人员
年龄在16至24周岁之间的离校未就业青年。
三、保障措施
全年见习人员留用率达到60%以上。
"""


def drafted(text: str) -> list[Decimal | None]:
    d = extract(text, default_year=2026, period=PERIOD)
    return [t.value for t in d.targets if t.numeric]


def test_the_example_is_a_heading_of_conditions() -> None:
    assert HEADING.pattern.match(HEADING.example)


def test_a_conditions_section_drafts_nothing_and_its_neighbours_stay_targets() -> None:
    assert sorted(v for v in drafted(TEXT) if v is not None) == [Decimal("60"), Decimal("1200")]


def test_the_section_ends_at_the_next_heading_of_its_level() -> None:
    lines = TEXT.splitlines()
    out = condition_lines(lines)
    assert sorted(out) == list(range(5, 10))
    assert all("condition" in reason for reason in out.values())


@pytest.mark.parametrize(
    "heading",
    ["三、项目准入条件", "（二）基本条件", "2.申报条件", "四、资格条件"],
)
def test_headings_that_set_conditions(heading: str) -> None:
    assert condition_lines([heading, "年产值达到2000万元以上。"]) == {1: HEADING.reason}


@pytest.mark.parametrize(
    "heading",
    # improving people's conditions is work to do; a sentence is not a heading
    ["五、改善群众居住条件", "（三）优化出行条件", "二、申报条件：年产值2000万元以上"],
)
def test_headings_of_work_on_conditions_are_not(heading: str) -> None:
    assert condition_lines([heading, "新建公共停车泊位3000个。"]) == {}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # from 对于 to the clause that ends in 的: the condition a grant is paid on
        ("对于旅行社组织游客参观2家A级景区、参加指定线路，并在本市住宿1晚及以上的，按以下标准给予奖励。", []),
        # a task that opens with 对 and has no condition after it stays a task
        ("对全市120个老旧小区进行改造，完成投资8亿元。", [Decimal(120), Decimal(8)]),
        ("对标先进地区，新建5G基站800个。", [Decimal(800)]),
        # a task done to what 对 names, then a condition of its own later: the targets between stay
        ("对城区主干道进行提质改造，改造道路15条，新增泊位3000个，对具备条件的，同步建设充电设施。", [15, 3000]),
        ("对于农村危房，年内改造500户，对鉴定为D级的，全部纳入改造范围。", [Decimal(500)]),
        # a verb with a number after it belongs to the condition (those who carry out so much), no task
        ("对年内开展研发活动投入超过300万元，研发投入强度达到3%的，给予一次性奖励。", []),
        ("对企业实施技术改造设备投资500万元以上，且当年竣工投产的，按投资额的10%给予补助。", []),
    ],
)
def test_a_condition_opened_by_dui_runs_to_its_de(text: str, kept: list[Decimal]) -> None:
    assert [t.value for t in extract(text, default_year=2026).targets if t.numeric] == kept


def test_a_condition_closed_by_whom_it_serves_before_the_grant() -> None:
    text = "对在境外新上市，且募集资金70%以上投放本市的企业，一次性奖励500万元。"
    assert [t.value for t in extract(text, default_year=2026).targets if t.numeric] == []
    # a task after 对 that names no grant keeps its number
    kept = extract("对全市老旧小区进行改造，完成改造面积80%以上的小区，新增停车位3000个。", default_year=2026)
    assert Decimal(3000) in [t.value for t in kept.targets if t.numeric]
