from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from targetctl.domain.model import Plan, Target
from targetctl.domain.progress import RAG, Rollup, Tolerance, assess, effective, expected_at, month_ends, trajectory
from targetctl.domain.records import JudgementRecord, ValueRecord
from targetctl.workspace import load
from tests.conftest import GOLDEN

WS = load(GOLDEN / "valid", records=False, strict=False)
PLAN: Plan = WS.plans[0].plan
T0 = dt.datetime(2025, 7, 1, tzinfo=dt.timezone.utc)
_n = iter(range(10**6))


def rec(target: str, as_of: str, value: float | str, *, hours: int = 0, **kw: Any) -> ValueRecord:
    return ValueRecord(
        id=f"{next(_n):012x}",
        type="value",
        target=target,
        as_of=dt.date.fromisoformat(as_of),
        value=value,
        recorded=T0 + dt.timedelta(hours=hours),
        by="x",
        **kw,
    )


def target(ident: str) -> Target:
    return WS.targets[ident][1]


def status(ident: str, day: str, *values: ValueRecord, tol: Tolerance | None = None) -> str:
    return assess(PLAN, target(ident), effective(values, set()), [], dt.date.fromisoformat(day), tol).status


def test_effective_final_beats_provisional_then_latest_wins() -> None:
    a = rec("demo-growth", "2025-06-30", 7.0, hours=5, provisional=True)
    b = rec("demo-growth", "2025-06-30", 8.0, hours=1)
    c = rec("demo-growth", "2025-03-31", 6.0, hours=9)
    d = rec("demo-growth", "2025-03-31", 6.5, hours=10)
    assert effective([a, b, c, d], set()) == [d, b]
    assert effective([a, b, c, d], {b.id, d.id}) == [c, a]


def test_trajectory_follows_checkpoints() -> None:
    points = trajectory(PLAN, target("demo-people"))
    assert points == [(dt.date(2025, 1, 1), 0.0), (dt.date(2025, 6, 30), 40.0), (dt.date(2025, 12, 31), 100.0)]
    assert expected_at(points, dt.date(2025, 6, 30)) == 40.0
    assert expected_at(points, dt.date(2024, 1, 1)) == 0.0
    assert expected_at(points, dt.date(2026, 1, 1)) == 100.0
    assert expected_at(points, dt.date(2025, 9, 30)) == pytest.approx(40 + 60 * 92 / 184)


def test_rates_are_expected_at_goal_all_along() -> None:
    points = trajectory(PLAN, target("demo-growth"))
    assert {v for _, v in points} == {8.0}
    assert trajectory(PLAN, target("demo-hall")) == [] and trajectory(PLAN, target("demo-park-size")) == []


@pytest.mark.parametrize(
    ("value", "day", "expected"),
    [
        (40, "2025-06-30", "on-track"),
        (38.5, "2025-06-30", "on-track"),
        (35, "2025-06-30", "at-risk"),
        (33, "2025-06-30", "behind"),
        (100, "2025-06-30", "achieved"),
        (120, "2025-06-30", "achieved"),
        (99, "2026-01-15", "missed"),
    ],
)
def test_quantity_status(value: float, day: str, expected: str) -> None:
    assert status("demo-people", day, rec("demo-people", "2025-06-30", value)) == expected


def test_tolerance_is_configurable() -> None:
    r = rec("demo-people", "2025-06-30", 35)
    assert status("demo-people", "2025-06-30", r, tol=Tolerance(0.2, 0.3)) == "on-track"
    assert status("demo-people", "2025-06-30", r, tol=Tolerance(0.0, 0.0)) == "behind"


def test_no_data_and_time_travel() -> None:
    r = rec("demo-people", "2025-06-30", 40)
    assert status("demo-people", "2025-06-29", r) == "no-data"
    assert status("demo-people", "2025-06-30", r) == "on-track"


def test_growth_range_ratio_and_milestone() -> None:
    assert status("demo-growth", "2025-06-30", rec("demo-growth", "2025-06-30", 7.8)) == "on-track"
    assert status("demo-growth", "2025-06-30", rec("demo-growth", "2025-06-30", 5)) == "behind"
    assert status("demo-park-size", "2025-06-30", rec("demo-park-size", "2025-06-30", 600)) == "achieved"
    assert status("demo-park-size", "2025-06-30", rec("demo-park-size", "2025-06-30", 900)) == "at-risk"
    assert status("demo-park-size", "2026-06-30", rec("demo-park-size", "2025-06-30", 900)) == "missed"
    assert status("demo-premium", "2025-06-30", rec("demo-premium", "2025-06-30", 15)) == "achieved"
    hall = "demo-hall"  # due 2025-06-30, stages venue and first-lecture
    assert status(hall, "2025-05-01", rec(hall, "2025-04-01", "not-started")) == "not-started"
    assert status(hall, "2025-05-01", rec(hall, "2025-04-01", "venue")) == "on-track"
    assert status(hall, "2025-07-01", rec(hall, "2025-04-01", "in-progress")) == "missed"
    assert status(hall, "2025-07-01", rec(hall, "2025-04-01", "done")) == "achieved"
    assert status(hall, "2025-07-01") == "missed", "past due with nothing reported"


def test_milestone_progress_by_stage() -> None:
    hall = "demo-hall"
    p = assess(PLAN, target(hall), [rec(hall, "2025-04-01", "first-lecture")], [], dt.date(2025, 5, 1))
    assert p.fraction == pytest.approx(2 / 3)


def test_judgement_and_disagreement() -> None:
    judgement = JudgementRecord(
        id="abcdefabcdef",
        type="judgement",
        target="demo-people",
        as_of=dt.date(2025, 6, 30),
        rating="green",
        reason="approved",
        recorded=T0,
        by="x",
    )
    values = [rec("demo-people", "2025-06-30", 10)]
    p = assess(PLAN, target("demo-people"), values, [judgement], dt.date(2025, 7, 1))
    assert p.status == "behind" and p.judged == judgement and p.disagrees
    early = assess(PLAN, target("demo-people"), values, [judgement], dt.date(2025, 6, 29))
    assert early.judged is None and not early.disagrees
    assert RAG["at-risk"] == "amber"


def test_overdue_by_cadence() -> None:
    people = target("demo-people")  # monthly
    r = rec("demo-people", "2025-05-31", 38)
    assert not assess(PLAN, people, [r], [], dt.date(2025, 6, 30)).overdue
    assert assess(PLAN, people, [r], [], dt.date(2025, 7, 15)).overdue
    assert assess(PLAN, people, [], [], dt.date(2025, 2, 15)).overdue
    assert not assess(PLAN, target("demo-projects"), [], [], dt.date(2025, 12, 1)).overdue


def test_at_most() -> None:
    from targetctl.domain.model import Quantity

    cap = Quantity.model_validate({**target("demo-projects").model_dump(), "comparator": "at-most"})
    for value, day, expected in [
        (15, "2025-06-30", "on-track"),
        (20.5, "2025-06-30", "at-risk"),
        (30, "2025-06-30", "behind"),
        (20, "2026-01-30", "achieved"),
        (21, "2026-01-30", "missed"),
    ]:
        got = assess(PLAN, cap, [rec(cap.id, "2025-06-30", value)], [], dt.date.fromisoformat(day)).status
        assert got == expected, (value, day)


def test_rollup_weights_targets_equally() -> None:
    roll = Rollup()
    for ident, value in [("demo-people", 50.0), ("demo-growth", 16.0)]:
        roll.add(assess(PLAN, target(ident), [rec(ident, "2025-06-30", value)], [], dt.date(2025, 6, 30)))
    roll.add(assess(PLAN, target("demo-hall"), [], [], dt.date(2025, 6, 30)))
    assert roll.targets == 3 and roll.progress == pytest.approx((0.5 + 1.0 + 0.0) / 3)
    # the growth figure reached mid-year is on track, not yet achieved: a rate for the year
    assert roll.counts["on-track"] == 2 and roll.counts["no-data"] == 1
    assert Rollup().progress is None


days = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2027, 1, 1))


@given(days, days)
def test_expected_is_monotone_for_rising_plans(a: dt.date, b: dt.date) -> None:
    points = trajectory(PLAN, target("demo-people"))
    lo, hi = sorted([a, b])
    ea, eb = expected_at(points, lo), expected_at(points, hi)
    assert ea is not None and eb is not None and 0 <= ea <= eb <= 100


@given(st.floats(0, 1000, allow_nan=False), days)
def test_status_is_always_one_of_the_statuses_and_progress_sane(value: float, day: dt.date) -> None:
    for ident in ("demo-people", "demo-projects", "demo-growth", "demo-premium", "demo-park-size"):
        p = assess(PLAN, target(ident), [rec(ident, "2025-03-31", value)], [], day)
        assert p.fraction is None or p.fraction >= 0
        if day < dt.date(2025, 3, 31):
            assert p.status == "no-data"
        if p.status == "achieved":
            assert p.fraction is not None and p.fraction >= 1 - 1e-9


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 50), st.booleans()), min_size=1, max_size=20))
def test_effective_keeps_one_per_date_in_order(items: list[tuple[int, int, bool]]) -> None:
    records = [
        rec("demo-people", (dt.date(2025, 1, 1) + dt.timedelta(days=d)).isoformat(), 1.0, hours=h, provisional=p)
        for d, h, p in items
    ]
    result = effective(records, set())
    dates = [r.as_of for r in result]
    assert dates == sorted(set(dates)) == sorted({r.as_of for r in records})
    for r in result:
        rivals = [x for x in records if x.as_of == r.as_of]
        assert all((not x.provisional, x.recorded) <= (not r.provisional, r.recorded) for x in rivals)


def test_month_ends_reach_the_last_year() -> None:
    assert month_ends(dt.date(9999, 11, 5), dt.date(9999, 12, 31)) == [dt.date(9999, 11, 30), dt.date(9999, 12, 31)]
    assert month_ends(dt.date(2024, 1, 31), dt.date(2024, 3, 10))[1] == dt.date(2024, 2, 29)


def _variant(ident: str, **update: Any) -> Target:
    return target(ident).model_copy(update=update)


@pytest.mark.parametrize(
    "changed",
    [
        {"comparator": "about", "percent": Decimal("6")},  # 增长6%左右, for the year
        {"comparator": "between", "percent": Decimal("5.5"), "percent_max": Decimal("6.5")},  # 增长5.5-6.5%
    ],
)
def test_a_flow_in_its_band_is_on_track_until_due_then_achieved(changed: dict[str, Any]) -> None:
    growth = _variant("demo-growth", **changed)  # due 2025-12-31
    september = [rec("demo-growth", "2025-09-30", 6.1)]
    assert assess(PLAN, growth, september, [], dt.date(2025, 10, 15)).status == "on-track"
    assert assess(PLAN, growth, september, [], dt.date(2026, 1, 15)).status == "on-track"  # the year's figure is owed
    year = [*september, rec("demo-growth", "2025-12-31", 6.2)]
    assert assess(PLAN, growth, year, [], dt.date(2026, 1, 15)).status == "achieved"
    assert assess(PLAN, growth, [rec("demo-growth", "2025-12-31", 9.0)], [], dt.date(2026, 1, 15)).status == "missed"


def test_a_cumulative_count_about_a_number_is_a_flow_and_a_level_is_not() -> None:
    about = {"comparator": "about", "value": Decimal("100")}
    cumulative = _variant("demo-people", **about, measure="cumulative")
    level = _variant("demo-people", **about, measure="level")
    values = [rec("demo-people", "2025-06-30", 101)]
    assert assess(PLAN, cumulative, values, [], dt.date(2025, 7, 1)).status == "on-track"
    assert assess(PLAN, level, values, [], dt.date(2025, 7, 1)).status == "achieved"
    park = [rec("demo-park-size", "2025-06-30", 600)]  # a range of sizes: a level
    assert assess(PLAN, target("demo-park-size"), park, [], dt.date(2025, 7, 1)).status == "achieved"


def test_an_open_ended_target_is_never_due_so_never_overdue_for_want_of_a_report() -> None:
    premium = _variant("demo-premium", open_ended=True)  # no cadence: a report is owed once due
    later = assess(PLAN, premium, [], [], dt.date(2026, 3, 31))
    assert (later.status, later.overdue) == ("no-data", False)
    assert assess(PLAN, target("demo-premium"), [], [], dt.date(2026, 3, 31)).overdue


def test_an_open_ended_chart_ends_with_the_period_or_its_latest_report() -> None:
    from targetctl.domain.progress import chart_points

    people = target("demo-people").model_copy(update={"open_ended": True})
    points = chart_points(PLAN, people, [rec("demo-people", "2025-06-30", 40.0)], dt.date(2031, 3, 1))
    assert points[-1].day == PLAN.period.end  # not a row a month up to 2031
    later = chart_points(PLAN, people, [rec("demo-people", "2026-02-28", 60.0)], dt.date(2031, 3, 1))
    assert later[-1].day == dt.date(2026, 2, 28)
