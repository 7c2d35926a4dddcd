"""Progress maths: effective values, expected-by-now, status and roll-ups. Pure functions."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from typing_extensions import assert_never

from targetctl.domain.kinds import Zero, rules, zero
from targetctl.domain.messages import Msg
from targetctl.domain.model import (
    Growth,
    Milestone,
    Plan,
    Principle,
    Quantity,
    Range,
    Ratio,
    Relation,
    Share,
    Target,
)
from targetctl.domain.records import JudgementRecord, ValueRecord, implausible
from targetctl.domain.rollup import Rollup as Rollup  # here without the models: the fast path sums parts
from targetctl.domain.vocabulary import AT_RISK_PERCENT, BEHIND_PERCENT, Rating, Status

RAG: dict[Status, Rating] = {
    "achieved": "green",
    "on-track": "green",
    "at-risk": "amber",
    "behind": "red",
    "missed": "red",
}
CADENCE_DAYS = {"weekly": 7, "monthly": 31, "quarterly": 92, "yearly": 366}


@dataclass(frozen=True)
class Tolerance:
    """How far below expected-by-now a target may be: within `at_risk` it is on track,
    within `behind` at risk, further behind. Fractions of the progress expected so far."""

    at_risk: float = AT_RISK_PERCENT / 100
    behind: float = BEHIND_PERCENT / 100


@dataclass(frozen=True)
class Projection:
    """Where a count ends at its current pace, as Beeminder shows it: the value on the due
    date if the pace since the start holds, what it takes a month from now to finish, and
    since when every reported value has been behind the planned path."""

    at_due: float
    due: dt.date
    needed_a_month: float | None
    off_track_since: dt.date | None


@dataclass(frozen=True)
class Progress:
    target: Target
    status: Status
    current: float | str | None = None
    expected: float | None = None
    fraction: float | None = None
    last_update: dt.date | None = None
    provisional: bool = False
    judged: JudgementRecord | None = None
    overdue: bool = False
    projection: Projection | None = None

    @property
    def expected_shown(self) -> bool:
        """Whether there is a planned value by now to show (not for milestones, bands or judged targets)."""
        return self.expected is not None

    @property
    def disagrees(self) -> bool:
        """A judged rating that differs from the one the computed status implies."""
        implied = RAG.get(self.status)
        return self.judged is not None and implied is not None and implied != self.judged.rating


def precedence(provisional: bool, recorded: dt.datetime) -> tuple[bool, dt.datetime]:
    """The one rule for two values as of the same day: a final figure beats a provisional one,
    then the later record (the later line, for the same second). `effective` and the ledger's
    fast path both compare with it."""
    return (not provisional, recorded)


def effective(values: Iterable[ValueRecord], voided: set[str]) -> list[ValueRecord]:
    """One value per as-of date, in date order, by `precedence`; voided records do not count."""
    best: dict[dt.date, ValueRecord] = {}
    for rec in values:
        if rec.id in voided:
            continue
        held = best.get(rec.as_of)
        if held is None or precedence(rec.provisional, rec.recorded) >= precedence(held.provisional, held.recorded):
            best[rec.as_of] = rec
    return [best[d] for d in sorted(best)]


OneGoal = Quantity | Growth | Share | Ratio
"""The numeric kinds with one goal value and a comparator (a range has two ends instead)."""
JUDGED_STATUS: dict[Rating, Status] = {"green": "on-track", "amber": "at-risk", "red": "behind"}


def exact(value: float | int | Decimal) -> Decimal:
    """A recorded number as the Decimal it was written as (records keep the shortest repr)."""
    return value if isinstance(value, Decimal) else Decimal(repr(value))


def sign(target: Target) -> int:
    """-1 where the good direction is down (下降, 降低, 减少), else 1."""
    match target:  # exhaustive: mypy names this place when a kind is added
        case Growth():
            return -1 if target.direction == "decrease" else 1
        case Quantity() | Range() | Share() | Ratio() | Milestone() | Principle() | Relation() | Zero():
            return 1
        case _:
            assert_never(target)


def stated_goal(target: OneGoal) -> Decimal:
    """The number a target with one goal states: a quantity's value, a rate's percent."""
    match target:  # exhaustive: mypy names this place when a kind is added
        case Quantity():
            return target.value
        case Growth() | Share() | Ratio():
            return target.percent
        case _:
            assert_never(target)


def goal_value(target: Target) -> float | None:
    """The goal in the units values are recorded in (a decrease of 4% is -4)."""
    match target:  # exhaustive: mypy names this place when a kind is added
        case Quantity():
            return float(target.value)
        case Growth() | Share() | Ratio():
            return float(target.percent) * sign(target)
        case Zero():
            return 0.0
        case Range() | Milestone() | Principle() | Relation():
            return None
        case _:
            assert_never(target)


def band(target: Target) -> tuple[Decimal, Decimal] | None:
    """The closed interval a value must end in, for ranges, 'between' and 'about' (左右).
    Without a stated tolerance 'about' allows 5% of the value, or 0.5 percentage points
    for a percent: a convention of this tool, not of the text."""
    match target:  # exhaustive: mypy names this place when a kind is added
        case Range():
            return target.min, target.max
        case Milestone() | Principle() | Relation() | Zero():
            return None
        case Quantity() | Growth() | Share() | Ratio():
            low = stated_goal(target)
            if isinstance(target, Growth | Share) and target.percent_max is not None:
                return low, target.percent_max
            if target.comparator != "about":
                return None
            if target.tolerance is not None:
                tol = target.tolerance
            elif rules(target).unit() not in ("%", "percent"):  # rates are in percent
                tol = abs(low) * Decimal("0.05")
            else:
                tol = Decimal("0.5")
            return low - tol, low + tol
        case _:
            assert_never(target)


def flow(target: Target) -> bool:
    """Whether the target measures a flow over its period rather than a level at a point in time:
    the one home of this rule. A growth rate is always a flow (it compares the whole period with a
    base period: 增长6%左右 for the year); so is a `cumulative` measure (what was added within the
    period). Anything else (`measure: level`, the default of ranges, shares and ratios: a park's
    size, a coverage rate) is a level. A flow's figure before the due date is only a figure so far,
    so a flow in its band is on track until a figure as of the due date shows it there."""
    return isinstance(target, Growth) or rules(target).cumulative


def meets(target: OneGoal | Range, value: float | int | Decimal) -> bool:
    """Whether `value` (as recorded) satisfies the goal: the one home of the comparator rules.
    A plain number ('exactly', 增长11%) is met once reached."""
    v = exact(value) * sign(target)
    limits = band(target)
    if limits is not None:
        return limits[0] <= v <= limits[1]
    assert not isinstance(target, Range)
    goal = stated_goal(target)
    return {
        "at-least": v >= goal,
        "exactly": v >= goal,
        "more-than": v > goal,
        "at-most": v <= goal,
        "less-than": v < goal,
    }[target.comparator]


def late_on(plan: Plan, target: Target, day: dt.date) -> bool:
    """Past the due date; a target with no deadline (逐步实现…) is never late."""
    return not target.open_ended and day > plan.due(target)


def trajectory(plan: Plan, target: Target) -> list[tuple[dt.date, float]]:
    """The planned path: baseline at the start, through the checkpoints, to the goal when due.
    A rate (growth, share, ratio) with no baseline or checkpoints is expected at its goal all along."""
    goal = goal_value(target)
    if goal is None or not isinstance(target, OneGoal) or band(target) is not None or target.open_ended:
        return []  # an open-ended target has no date to plan a path to
    if target.comparator in ("at-most", "less-than") and target.baseline is None:
        return []  # a ceiling with no stated start has no path to follow, only its limit
    due = plan.due(target)
    points = [(c.date, float(c.value)) for c in target.checkpoints if c.date <= due]
    if target.baseline is not None:
        start = float(target.baseline.value)
    elif rules(target).counted:  # a count starts from nothing; a rate with no start is at its goal
        start = 0.0
    else:
        start = points[0][1] if points else goal
    return [(plan.period.start, start), *points, (due, goal)]


JUMP_TIMES = 3
PAST_GOAL_TIMES = 2


def slip(plan: Plan, target: Target, values: Sequence[ValueRecord], value: float | str, day: dt.date) -> Msg | None:
    """Why `value` as of `day` looks like a slip of the keyboard rather than a fact, or None:
    the one home of the typo guard, which the write path asks (a slip is recorded only with
    --confirm, and marked `confirmed`). Any target: over 10× the goal, or a percent over 1000 (`implausible`). A count
    or size in a unit (quantity, range; never negative): also more than 3× the latest value
    as of that day and 3× what the planned path expects then (a running total early in the
    period may multiply while it follows its path), or past 2× the goal (not for a ceiling,
    which may start far above its limit). Rates (growth, shares, ratios) swing and may be
    negative or near zero, so a multiple of the latest says nothing about them."""
    far = implausible(target, value)
    kind = rules(target)
    if far or isinstance(value, str) or not kind.counted:
        return far
    known = [v for v in values if v.as_of <= day and isinstance(v.value, float | int)]
    latest = known[-1] if known else None
    goal = float(kind.goal_number() or 0)  # a count always states one
    ceiling = isinstance(target, OneGoal) and target.comparator in ("at-most", "less-than")
    planned = expected_at(trajectory(plan, target), day)
    reasons: list[Msg] = []
    if latest is not None:
        scale = max(float(latest.value), planned or 0.0)
        if scale > 0 and value > JUMP_TIMES * scale:
            reasons.append(Msg("slip.over_latest", times=JUMP_TIMES))
    if not ceiling and goal > 0 and value > PAST_GOAL_TIMES * goal:
        reasons.append(Msg("slip.past_goal", times=PAST_GOAL_TIMES))
    if not reasons:
        return None
    expected = [Msg("slip.latest", value=float(latest.value), day=latest.as_of)] if latest else []
    expected += [Msg("slip.planned", value=planned, day=day)] if planned is not None else []
    expected += [Msg("slip.goal", goal=goal)]
    both = Msg("slip.both", a=reasons[0], b=reasons[1]) if len(reasons) > 1 else reasons[0]
    return Msg("slip", value=value, target=target.id, reasons=both, expected=expected)


def expected_at(points: Sequence[tuple[dt.date, float]], day: dt.date) -> float | None:
    """The planned value on `day`, interpolating linearly between points."""
    if not points:
        return None
    if day <= points[0][0]:
        return points[0][1]
    for (d0, v0), (d1, v1) in itertools.pairwise(points):
        if day <= d1:
            span = (d1 - d0).days
            return v1 if span <= 0 else v0 + (v1 - v0) * (day - d0).days / span
    return points[-1][1]


def _milestone(target: Milestone, state: str | None, late: bool) -> tuple[Status, float | None]:
    if state is None:
        return "no-data", None
    if state == "done":
        return "achieved", 1.0
    if state == "not-started":
        return ("missed" if late else "not-started"), 0.0
    stages = list(target.stages)
    share = (stages.index(state) + 1) / (len(stages) + 1) if state in stages else 0.5
    return ("missed" if late else "on-track"), share


def _banded(target: OneGoal | Range, value: float, late: bool, final: bool) -> tuple[Status, float]:
    """A band (range, 'about', 'between'); `final`: the value is one the band can be judged on
    (a level, or a flow's figure as of its due date; see `flow`)."""
    low, high = (float(x) for x in band(target) or (0, 0))
    v = value * sign(target)  # bands of a decrease are sizes of the fall
    if meets(target, value):
        return ("achieved" if final else "on-track"), 1.0
    below = v < low
    share = (v / low if low > 0 else 0.0) if below else (high / v if v > 0 else 0.0)
    return ("missed" if late else "at-risk"), max(0.0, share)


def _numeric(target: OneGoal, value: float, expected: float | None, late: bool, tol: Tolerance) -> tuple[Status, float]:
    s = sign(target)
    goal, v = float(goal_value(target) or 0.0) * s, value * s
    if expected is not None:
        expected *= s
    if target.comparator in ("at-most", "less-than"):
        share = 1.0 if v <= goal else (goal / v if v > 0 and goal > 0 else 0.0)
        if meets(target, value):
            return ("achieved" if late else "on-track"), share
        if late:
            return "missed", share
        return ("at-risk" if v <= goal * (1 + tol.at_risk) or target.open_ended else "behind"), share
    base = float(target.baseline.value) * s if target.baseline else 0.0
    if goal <= base:  # a floor the starting point already meets (e.g. growth of at least -5%)
        if meets(target, value):
            return "achieved", 1.0
        return ("missed" if late else "at-risk" if target.open_ended else "behind"), 0.0
    share = max(0.0, (v - base) / (goal - base))
    if meets(target, value):
        return "achieved", share
    if late:
        return "missed", share
    if target.open_ended:  # behind or at risk needs a date to be behind by; with none it is under way
        return "on-track", share
    wanted = (expected if expected is not None else goal) - base
    if wanted <= 0:
        return "on-track", share
    ratio = (v - base) / wanted
    if ratio >= 1 - tol.at_risk:
        return "on-track", share
    return ("at-risk" if ratio >= 1 - tol.behind else "behind"), share


def _measured(
    plan: Plan,
    target: OneGoal | Range,
    latest: ValueRecord | None,
    expected: float | None,
    late: bool,
    tol: Tolerance,
) -> tuple[Status, float | None]:
    """Where a target measured by a number stands, from its latest value."""
    if latest is None or not isinstance(latest.value, float | int):
        return "no-data", None
    current = float(latest.value)
    if band(target) is not None:
        final = not flow(target) or target.open_ended or latest.as_of >= plan.due(target)
        return _banded(target, current, late, final)
    assert not isinstance(target, Range)
    status, share = _numeric(target, current, expected, late, tol)
    # a rate for the period reached mid-way is a figure so far, not the period's (a running
    # total, which only grows, is achieved when reached)
    so_far = isinstance(target, Growth) and not target.open_ended and latest.as_of < plan.due(target)
    return ("on-track" if status == "achieved" and so_far else status), share


def project(
    plan: Plan, target: Target, known: Sequence[ValueRecord], day: dt.date, tol: Tolerance, complete: bool = True
) -> Projection | None:
    """The projection of a quantity to reach (not a ceiling, band or rate) from its values up to `day`:
    the one home of 'off track since', for `show`, `status --json` and the reports alike. It needs
    every value (`complete`); from the latest alone it would be that value's date, so it is None."""
    if not isinstance(target, Quantity) or band(target) is not None or target.comparator in ("at-most", "less-than"):
        return None
    if target.open_ended:
        return None  # no due date to project to
    if target.measure == "level" and target.baseline is None:
        return None  # a level with no stated start has no pace to speak of
    numbers = [(v.as_of, float(v.value)) for v in known if isinstance(v.value, float | int)]
    if not numbers:
        return None
    due, start = plan.due(target), plan.period.start
    base = float(target.baseline.value) if target.baseline else 0.0
    last_day, last = numbers[-1]
    elapsed = (last_day - start).days
    if elapsed <= 0:
        return None
    pace = (last - base) / elapsed
    at_due = last + pace * max(0, (due - last_day).days)
    goal = float(target.value)
    months = (due - day).days / 30.44
    needed = max(0.0, (goal - last) / months) if months >= 1 else None
    points = trajectory(plan, target)
    since = None
    for when, value in numbers:
        wanted = (expected_at(points, when) or 0.0) - base
        behind = wanted > 0 and (value - base) / wanted < 1 - tol.at_risk
        since = (since or when) if behind else None
    return Projection(at_due, due, needed, since if complete else None)


def _overdue(plan: Plan, target: Target, last: dt.date | None, status: Status, day: dt.date) -> bool:
    if status == "achieved" or day < plan.period.start:
        return False
    if target.cadence is None:  # with no cadence, a report is owed once the target is due (never, open-ended)
        return last is None and late_on(plan, target, day)
    since = last or plan.period.start
    return (day - since).days > CADENCE_DAYS[target.cadence]


def assess(
    plan: Plan,
    target: Target,
    values: Sequence[ValueRecord],
    judgements: Sequence[JudgementRecord],
    day: dt.date,
    tol: Tolerance | None = None,
    complete: bool = True,
) -> Progress:
    """Where `target` stands on `day`, from its effective values (see `effective`); `complete`:
    all of them, not only the latest (see `project`)."""
    tol = tol or Tolerance()
    known = [v for v in values if v.as_of <= day]
    latest = known[-1] if known else None
    late = late_on(plan, target, day)
    points = trajectory(plan, target)
    expected = expected_at(points, min(day, plan.due(target))) if points else None
    current = latest.value if latest else None
    share: float | None
    judged = [j for j in judgements if j.as_of <= day]
    judged.sort(key=lambda j: (j.as_of, j.recorded))
    match target:  # exhaustive: mypy names this place when a kind is added
        case Principle() | Relation():
            status, share = (JUDGED_STATUS[judged[-1].rating], None) if judged else ("no-data", None)
        case Milestone():
            status, share = _milestone(target, current if isinstance(current, str) else None, late)
        case Quantity() | Range() | Growth() | Share() | Ratio():
            status, share = _measured(plan, target, latest, expected, late, tol)
        case Zero():
            status, share = (
                zero.standing(target, float(latest.value), latest.as_of, plan.due(target), late)
                if latest is not None and isinstance(latest.value, float | int)
                else ("no-data", None)
            )
        case _:
            assert_never(target)
    if status == "no-data" and late and not rules(target).judged:  # past due, nothing reported: missed
        status = "missed"
    last = latest.as_of if latest else None
    return Progress(
        target=target,
        status=status,
        current=current,
        expected=expected,
        fraction=share,
        last_update=last,
        provisional=bool(latest and latest.provisional),
        judged=judged[-1] if judged else None,
        overdue=_overdue(plan, target, last, status, day),
        projection=project(plan, target, known, day, tol, complete)
        if status not in ("achieved", "no-data") and not late
        else None,
    )


@dataclass
class ChartPoint:
    day: dt.date
    expected: float | None
    actual: float | str | None


def month_ends(start: dt.date, end: dt.date) -> list[dt.date]:
    """The last day of each month from `start` to `end`, ending with `end` itself."""
    days = []
    year, month = start.year, start.month
    while True:
        last = dt.date(year, 12, 31) if month == 12 else dt.date(year, month + 1, 1) - dt.timedelta(days=1)
        if last >= end:
            days.append(end)
            return days
        days.append(last)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def chart_points(plan: Plan, target: Target, values: list[ValueRecord], day: dt.date) -> list[ChartPoint]:
    """Expected and actual value at each month end from the period's start to `day` (or the due
    date; for an open-ended target, the period's end or its latest report, whichever is later)."""
    if target.open_ended:
        latest = max((v.as_of for v in values), default=plan.period.end)
        end = min(day, max(plan.period.end, latest))
    else:
        end = min(day, plan.due(target))
    if rules(target).drawing == "checklist" or end < plan.period.start:
        return []
    points = trajectory(plan, target)
    chart = []
    for d in month_ends(plan.period.start, end):
        known = [v.value for v in values if v.as_of <= d]
        chart.append(ChartPoint(d, expected_at(points, d), known[-1] if known else None))
    return chart
