"""domain.report: a report's data: sections with month charts, the first page's counts by plan
and top-level programme, and what needs attention, worst first, with its gap to expected."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from targetctl.domain.ledger import Entry, Ledger, TargetHistory
from targetctl.domain.model import Plan
from targetctl.domain.problems import TargetctlError
from targetctl.domain.records import ValueRecord
from targetctl.domain.report import ReportData, at_a_glance, needs_attention, report_data
from tests.conftest import GOLDEN

PLAN = Plan.model_validate(yaml.safe_load((GOLDEN / "valid" / "demo.yaml").read_text(encoding="utf-8")))
AT = dt.datetime(2025, 7, 1, 9, tzinfo=dt.timezone.utc)
DAY = dt.date(2025, 6, 30)
LOG = Path("records/demo-2025.yaml")


def data(values: dict[str, list[tuple[str, float]]]) -> ReportData:
    ledger, n = Ledger(full=True), 0
    for target, points in values.items():
        history = ledger.histories.setdefault(target, TargetHistory())
        for day, v in points:
            n += 1
            record = ValueRecord(
                id=f"{n:012x}", type="value", target=target, as_of=dt.date.fromisoformat(day), value=v,
                recorded=AT, by="x",
            )  # fmt: skip
            history.values.append(Entry(LOG, n + 1, record))
    return report_data([PLAN], ledger, DAY, None, AT)


def test_sections_follow_the_programmes_with_a_chart_per_target() -> None:
    report = data({"demo-people": [("2025-03-31", 20), ("2025-06-30", 40)]})
    [section] = report.sections
    assert [(programme.id, depth) for programme, depth, _ in section.blocks] == [("demo-area", 0), ("demo-sub", 1)]
    rows = {row.progress.target.id: row for _, _, rows in section.blocks for row in rows}
    assert rows["demo-people"].depth == 1
    chart = {point.day: point.actual for point in rows["demo-people"].chart}
    assert chart[dt.date(2025, 3, 31)] == 20 and chart[DAY] == 40
    assert report.generated == AT


def test_the_first_page_counts_each_plan_and_top_programme() -> None:
    glance = at_a_glance(data({"demo-people": [("2025-06-30", 40)]}), "zh")
    assert [(row.title, row.depth, row.targets) for row in glance] == [("示范计划", 0, 6), ("示范领域", 1, 6)]
    assert glance[0].counts["on-track"] >= 1 and glance[0].lead_units == ["示范办公室"]
    assert glance[1].lead_units == ["示范办公室"], "the programme's targets' lead units, once each"


def test_what_needs_attention_worst_first_with_its_gap() -> None:
    report = data({"demo-people": [("2025-06-30", 10)], "demo-growth": [("2025-06-30", -3)]})
    found = needs_attention(report)
    assert {a.progress.target.id for a in found} == {"demo-people", "demo-growth"}, "no data is not listed"
    people = next(a for a in found if a.progress.target.id == "demo-people")
    assert people.lead_unit == "示范办公室" and people.gap == pytest.approx(30)
    order = ("missed", "behind", "at-risk")
    assert [a.progress.status for a in found] == sorted((a.progress.status for a in found), key=order.index)


def test_an_unknown_plan_is_refused() -> None:
    with pytest.raises(TargetctlError, match="unknown plan 'other'"):
        report_data([PLAN], Ledger(full=True), DAY, "other", AT)
