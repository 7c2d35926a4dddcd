"""Records: progress values, voids and judged statuses, as kept in a record log. No I/O."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Annotated, Literal

from pydantic import AwareDatetime, ConfigDict, Field, StringConstraints, TypeAdapter, with_config
from typing_extensions import NotRequired, TypedDict

from targetctl.domain.kinds import rules
from targetctl.domain.messages import Msg, Worded
from targetctl.domain.model import (
    STAGE_PATTERN,
    Id,
    Model,
    NonEmpty,
    Plan,
    Target,
)
from targetctl.domain.units import describe, same_base
from targetctl.domain.vocabulary import STATE_WORDS, Rating

RecordId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{6,32}$")]
Short = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Long = Annotated[str, StringConstraints(min_length=1, max_length=4000)]
State = Annotated[str, StringConstraints(pattern=STAGE_PATTERN, max_length=80)]
LEEWAY = dt.timedelta(days=366)


class RecordBase(Model):
    id: RecordId
    recorded: AwareDatetime
    by: Short


class ValueRecord(RecordBase):
    """A value of a target as of a date: a number, or a milestone's state or stage."""

    type: Literal["value"]
    target: Id
    as_of: dt.date
    value: float | State
    provisional: bool = False
    correction: bool = False
    confirmed: bool = False  # recorded with --confirm although the typo guard (`progress.slip`) doubted it
    note: Long | None = None
    evidence: Long | None = None


class VoidRecord(RecordBase):
    """Retracts an earlier record, which stays in the log."""

    type: Literal["void"]
    void: RecordId
    reason: NonEmpty


class JudgementRecord(RecordBase):
    """A responsible person's red/amber/green view of a target, with the reason."""

    type: Literal["judgement"]
    target: Id
    as_of: dt.date
    rating: Rating
    reason: NonEmpty


Record = Annotated[ValueRecord | VoidRecord | JudgementRecord, Field(discriminator="type")]

# The same records as plain dicts. Reading a million lines into models costs three
# times as much as into TypedDicts, so bulk reading validates rows with these, field
# for field the models above (a test keeps them in step), and builds models only for
# the few rows a command shows.
_ROW = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)


@with_config(_ROW)
class ValueRow(TypedDict):
    id: RecordId
    recorded: AwareDatetime
    by: Short
    type: Literal["value"]
    target: Id
    as_of: dt.date
    value: float | State
    provisional: NotRequired[bool]
    correction: NotRequired[bool]
    confirmed: NotRequired[bool]
    note: NotRequired[Long | None]
    evidence: NotRequired[Long | None]


@with_config(_ROW)
class VoidRow(TypedDict):
    id: RecordId
    recorded: AwareDatetime
    by: Short
    type: Literal["void"]
    void: RecordId
    reason: NonEmpty


@with_config(_ROW)
class JudgementRow(TypedDict):
    id: RecordId
    recorded: AwareDatetime
    by: Short
    type: Literal["judgement"]
    target: Id
    as_of: dt.date
    rating: Rating
    reason: NonEmpty


Row = Annotated[ValueRow | VoidRow | JudgementRow, Field(discriminator="type")]
_LATER = ConfigDict(defer_build=True)  # built on first use: a command that reads no log never needs them
ROW = TypeAdapter(Row, config=_LATER)
ROWS = TypeAdapter(list[Row], config=_LATER)
MODELS: dict[str, type[ValueRecord | VoidRecord | JudgementRecord]] = {
    "value": ValueRecord,
    "void": VoidRecord,
    "judgement": JudgementRecord,
}


def to_record(row: ValueRow | VoidRow | JudgementRow) -> ValueRecord | VoidRecord | JudgementRecord:
    """The model of an already validated row (no second validation)."""
    return MODELS[row["type"]].model_construct(**row)


class BadValue(ValueError):
    """A value typed on the command line that does not fit the target."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message)
        self.message = message


_MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}
_MAGNITUDE = re.compile("[万亿]")
# thousands separators only in groups of three (12,345); never right before more digits or commas
_NUMBER = re.compile(r"^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\d,])\s*(万|亿)?\s*(.*)$")
# a number typed in the form it is stored in (no sign, separators or multiplier to read)
_PLAIN = re.compile(r"^-?\d+(?:\.\d+)?$")
# beyond this many times the goal (or this percent) a value is more likely a slip than a fact
IMPLAUSIBLE_TIMES = 10
IMPLAUSIBLE_PERCENT = 1000


def parse_number(text: str) -> tuple[Decimal, str]:
    """A number as people write it (full-width digits, 1,234, 1.2万, 12.3%) and any unit after it."""
    plain = unicodedata.normalize("NFKC", text).strip()
    match = _NUMBER.match(plain)
    if not match:
        if "," in plain:
            raise BadValue(Msg("value.bad_separators", text=text))
        raise BadValue(Msg("value.not_number", text=text))
    try:
        number = Decimal(match.group(1).replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - the pattern admits only decimals
        raise BadValue(Msg("value.not_number", text=text)) from exc
    if match.group(2):
        number *= _MULTIPLIERS[match.group(2)]
    if match.group(3)[:1].isdigit():  # '1 200': digits after a space are no unit
        raise BadValue(Msg("value.not_number", text=text))
    return number, match.group(3).strip()


def target_unit(target: Target) -> str:
    """The unit a target's values are recorded in: percent for rates."""
    return rules(target).unit() or "percent"


_WRITTEN_DAY = re.compile(
    r"^(\d{4})\s*([-/.年])\s*(\d{1,2})\s*([-/.月])\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_DAY_SEPARATORS = {("-", "-"), ("/", "/"), (".", "."), ("年", "月")}


def written_day(text: str) -> dt.date:
    """A day as offices write it, year first: 2020-06-30, 2020/6/30, 2020-6-30, 2020.6.30 or
    2020年6月30日, full-width digits too (ValueError otherwise). Files keep YYYY-MM-DD (parse_day);
    this is for what a person types or a spreadsheet cell holds."""
    text = unicodedata.normalize("NFKC", text).strip()
    match = _WRITTEN_DAY.match(text)
    if not match or (match[2], match[4]) not in _DAY_SEPARATORS or (match[2] == "年") != text.rstrip().endswith("日"):
        raise ValueError(text)
    return dt.date(int(match[1]), int(match[3]), int(match[5]))


def parse_day(text: str) -> dt.date:
    """A date written YYYY-MM-DD, the one form every command and file takes (ValueError otherwise:
    Python itself would also take 20200801 or 2020-W31-1)."""
    if len(text) != 10 or text[4] != "-" or text[7] != "-" or not text.replace("-", "").isascii():
        raise ValueError(text)
    return dt.date.fromisoformat(text)


def understood(text: str, value: float | str) -> str | None:
    """`1.2万 = 12,000`: how a number written in another form was read, to be said back."""
    if isinstance(value, str):
        return None
    written = unicodedata.normalize("NFKC", text).strip()
    match = _NUMBER.match(written)
    if match and written == text.strip() and not match.group(2) and _PLAIN.match(match.group(1)):
        return None  # plain digits, perhaps with a unit after them: nothing to say back
    shown = f"{value:,.6f}".rstrip("0").rstrip(".")
    return f"{text.strip()} = {shown}"


def implausible(target: Target, value: float | str) -> Msg | None:
    """Why a value is far outside what the target allows (a slip such as 1.2万 for 12), or None."""
    if isinstance(value, str):
        return None
    kind = rules(target)
    if kind.counted:
        goal = float(kind.goal_number() or 0)
        if goal > 0 and value > IMPLAUSIBLE_TIMES * goal:
            return Msg("value.over_goal_times", value=value, times=IMPLAUSIBLE_TIMES, target=target.id, goal=goal)
        return None
    if abs(value) > IMPLAUSIBLE_PERCENT:
        return Msg("value.over_percent", value=value, limit=IMPLAUSIBLE_PERCENT, target=target.id)
    return None


def value_for(target: Target, text: str, *, increment: bool = False) -> float | str:
    """The value to record for `target`, from what was typed (an `increment` for `--add`);
    a BadValue says why not."""
    kind = rules(target)
    if kind.states():
        state = text if text in kind.states() else STATE_WORDS.get(text.strip(), text)
        problem = misfit(target, state)
        if problem:
            raise BadValue(problem)
        return state
    if kind.judged:
        raise BadValue(Msg("value.judged", target=target.id, kind=target.kind))
    number, unit = parse_number(text)
    if not increment and kind.cumulative and text.strip().startswith(("+", "＋")):
        # '+10' reads as an increment, but a cumulative target stores the running total
        raise BadValue(Msg("value.increment_on_total", text=text, target=target.id))
    expected_unit = target_unit(target)
    declared = target.declared_units
    info = describe(expected_unit, declared)
    if expected_unit == "percent" and _MAGNITUDE.search(text):
        raise BadValue(Msg("value.magnitude_on_percent", text=text, target=target.id))
    if not unit and info.scale != 1 and _MAGNITUDE.search(text):
        unit = info.base  # 2万 against a unit of 万户 means 20,000 households
    factor = same_base(unit, expected_unit, declared)
    if factor is None:
        measured = Worded(f"{info.en} ({info.zh})", info.zh)
        raise BadValue(Msg("value.unit_mismatch", unit=unit, target=target.id, measured=measured))
    number *= factor
    if abs(number) > Decimal("1e15"):
        raise BadValue(Msg("value.too_large", text=text))
    problem = misfit(target, float(number))
    if problem:
        raise BadValue(problem)
    return float(number)


def misfit(target: Target, value: float | str) -> Msg | None:
    """Why a stored value does not fit the target's kind, or None when it fits."""
    kind = rules(target)
    allowed = kind.states()
    if allowed:
        if value not in allowed:
            return Msg("value.not_a_state", value=value, target=target.id, allowed=", ".join(allowed))
        return None
    if kind.judged:
        return Msg("value.judged_takes_none", target=target.id, kind=target.kind)
    if isinstance(value, str):
        return Msg("value.needs_number", target=target.id, kind=target.kind, value=value)
    if kind.bounds == "count" and value < 0:
        return Msg("value.negative", target=target.id, unit=kind.unit(), value=value)
    if kind.bounds == "share" and not 0 <= value <= 100:
        return Msg("value.share_range", target=target.id, value=value)
    return None


def period_bounds(plan: Plan) -> tuple[dt.date, dt.date]:
    """The days a record may be as of: the plan period with a year's leeway either side."""
    try:
        low = plan.period.start - LEEWAY
    except OverflowError:
        low = dt.date.min
    try:
        high = plan.period.end + LEEWAY
    except OverflowError:
        high = dt.date.max
    return low, high


def outside_period(plan: Plan, day: dt.date) -> Msg | None:
    """Why a record cannot be as of `day` (far outside the plan period), or None."""
    low, high = period_bounds(plan)
    if low <= day <= high:
        return None
    return Msg("value.far_outside_period", day=day, start=plan.period.start, end=plan.period.end)


def void_refusal(record_id: str, *, of_void: bool, voided: bool) -> Msg | None:
    """Why a void of `record_id` is refused: it is itself a void, or it is voided already."""
    if of_void:
        return Msg("void.of_void", rid=record_id)
    if voided:
        return Msg("void.already", rid=record_id)
    return None


def lowered(
    target: Target, values: list[ValueRecord], value: float | str, day: dt.date, provisional: bool
) -> Msg | None:
    """Why `value` as of `day` would lower a running total below the latest of the target's
    effective `values` as of that day or earlier, or None. A final figure may differ from the
    provisional one it replaces, up or down."""
    if isinstance(value, str):
        return None
    later = [v for v in values if v.as_of > day and isinstance(v.value, float | int) and v.value < value]
    if later:  # a back-dated total above a later one would make the later one a drop
        first = later[0]
        return Msg(
            "value.total_above_later",
            target=target.id,
            value=value,
            day=day,
            later=first.value,
            later_day=first.as_of,
            rid=first.id,
        )
    earlier = [v for v in values if v.as_of < day or (v.as_of == day and (provisional or not v.provisional))]
    if not earlier:
        return None
    latest, before = earlier[-1], earlier[-1].value
    if isinstance(value, str) or isinstance(before, str) or value >= before:
        return None
    return Msg(
        "value.total_below_latest", target=target.id, value=value, before=before, day=latest.as_of, rid=latest.id
    )
