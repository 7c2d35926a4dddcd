"""Records: progress values, voids and judged statuses, as kept in a record log. No I/O."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Annotated, Literal

from pydantic import AwareDatetime, ConfigDict, Field, StringConstraints, TypeAdapter, with_config
from typing_extensions import NotRequired, TypedDict

from targetctl.model import MILESTONE_STATES, Id, Judged, Milestone, Model, NonEmpty, Quantity, Range, Target
from targetctl.names import STATE_WORDS
from targetctl.units import describe, same_base

RecordId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{6,32}$")]
Rating = Literal["red", "amber", "green"]
Short = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Long = Annotated[str, StringConstraints(min_length=1, max_length=4000)]
State = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]


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
RECORD = TypeAdapter(Record)

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
ROW = TypeAdapter(Row)
ROWS = TypeAdapter(list[Row])
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


_MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}
_MAGNITUDE = re.compile("[万亿]")
_NUMBER = re.compile(r"^([+-]?\d+(?:\.\d+)?)\s*(万|亿)?\s*(.*)$")


def parse_number(text: str) -> tuple[Decimal, str]:
    """A number as people write it (full-width digits, 1,234, 1.2万, 12.3%) and any unit after it."""
    plain = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace("，", "")
    match = _NUMBER.match(plain)
    if not match:
        raise BadValue(f"'{text}' is not a number")
    try:
        number = Decimal(match.group(1))
    except InvalidOperation as exc:  # pragma: no cover - the pattern admits only decimals
        raise BadValue(f"'{text}' is not a number") from exc
    if match.group(2):
        number *= _MULTIPLIERS[match.group(2)]
    return number, match.group(3).strip()


def target_unit(target: Target) -> str:
    """The unit a target's values are recorded in: percent for rates."""
    return target.unit if isinstance(target, Quantity | Range) else "percent"


def value_for(target: Target, text: str) -> float | str:
    """The value to record for `target`, from what was typed; a BadValue says why not."""
    if isinstance(target, Milestone):
        state = text if text in target.stages else STATE_WORDS.get(text.strip(), text)
        problem = misfit(target, state)
        if problem:
            raise BadValue(problem)
        return state
    if isinstance(target, Judged):
        raise BadValue(
            f"'{target.id}' is a {target.kind} and is judged, not counted; "
            f"use: targetctl judge {target.id} green|amber|red --reason TEXT"
        )
    number, unit = parse_number(text)
    expected_unit = target_unit(target)
    info = describe(expected_unit)
    if not unit and info.scale != 1 and _MAGNITUDE.search(text):
        unit = info.base  # 2万 against a unit of 万户 means 20,000 households
    factor = same_base(unit, expected_unit)
    if factor is None:
        raise BadValue(f"unit '{unit}' does not match target '{target.id}', which is measured in {info.en} ({info.zh})")
    number *= factor
    if abs(number) > Decimal("1e15"):
        raise BadValue(f"{text} is too large to be a real value")
    problem = misfit(target, float(number))
    if problem:
        raise BadValue(problem)
    return float(number)


def misfit(target: Target, value: float | str) -> str | None:
    """Why a stored value does not fit the target's kind, or None when it fits."""
    if isinstance(target, Milestone):
        allowed = [*MILESTONE_STATES, *target.stages]
        if value not in allowed:
            return f"'{value}' is not a state of milestone '{target.id}'; expected one of: {', '.join(allowed)}"
        return None
    if isinstance(target, Judged):
        return f"target '{target.id}' is a {target.kind}: it is judged, and takes no values"
    if isinstance(value, str):
        return f"target '{target.id}' is a {target.kind} and needs a number, not '{value}'"
    if isinstance(target, Quantity | Range) and value < 0:
        return f"'{target.id}' is measured in {target.unit} and cannot be negative: {value:g}"
    return None
