"""Writing records (the library API behind `record`, `judge` and `import`): check everything
first, then append one record under the writers' lock."""

from __future__ import annotations

import datetime as dt
import secrets
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import get_args

from pydantic import StringConstraints

from targetctl.domain.kinds import rules
from targetctl.domain.ledger import progress_of
from targetctl.domain.messages import Listed, Msg, NoHint
from targetctl.domain.model import Plan, Target
from targetctl.domain.problems import Problem, TargetctlError
from targetctl.domain.progress import Progress, Tolerance, slip
from targetctl.domain.records import (
    BadValue,
    JudgementRecord,
    ValueRecord,
    VoidRecord,
    lowered,
    outside_period,
    understood,
    value_for,
    void_refusal,
)
from targetctl.domain.vocabulary import Rating
from targetctl.io import statecache
from targetctl.io.intent import append_journaled_across
from targetctl.io.plans import LoadedPlan
from targetctl.io.recordlog import LogReader, append, append_locked, encode, header, locked, unrecovered
from targetctl.workspace import Roots, Workspace, load, moment
from targetctl.workspace.fold import fold
from targetctl.workspace.logs import log_of, refuse_split


def now() -> dt.datetime:
    """The moment a record is stamped with, taken when it is written (under the lock)."""
    return moment()


def new_id() -> str:
    return secrets.token_hex(6)


def default_author() -> str:
    """git's user.name, else the login name."""
    import getpass  # only a record without --by runs git: the others need not import these
    import subprocess

    try:
        out = subprocess.run(
            ["git", "config", "user.name"], capture_output=True, text=True, timeout=5, check=False
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        out = ""
    if out:
        return out
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name, e.g. in some containers
        return "unknown"


@dataclass
class Recorded:
    record: ValueRecord | VoidRecord | JudgementRecord
    path: Path
    progress: Progress | None = None
    # bad lines met when reading the log again after writing: the record is written all the same
    warnings: list[Problem] = field(default_factory=list)
    understood: str | None = None  # how a number written in another form was read: 1.2万 = 12,000


class Refused(Exception):
    """A rule a record breaks: which input (`field`), which rule, the message every surface
    shows alike, and the hint for the command line (`import` words its own by `rule`)."""

    def __init__(self, field: str, rule: str, message: Msg, hint: Msg | NoHint = "") -> None:
        super().__init__(message)
        self.field, self.rule, self.message, self.hint = field, rule, message, hint

    def error(self) -> TargetctlError:
        return TargetctlError.plain(self.message, self.hint)


@dataclass(frozen=True)
class Given:
    """What someone gave for one value record: on the command line or in a spreadsheet row."""

    text: str
    day: dt.date | None = None
    by: str | None = None
    note: str | None = None
    evidence: str | None = None
    provisional: bool = False
    correct: bool = False
    confirm: bool = False
    total: float | None = None  # `--add`: the new running total, already worked out and checked


def _max_length(annotation: object) -> int | None:
    """The max_length a pydantic field's type sets, looked for through Optional and Annotated."""
    for meta in getattr(annotation, "__metadata__", ()):
        if isinstance(meta, StringConstraints) and meta.max_length is not None:
            return meta.max_length
    return next((n for a in get_args(annotation) if (n := _max_length(a)) is not None), None)


# the limits are the models': a text the log could not hold is refused before writing
TEXT_LIMITS = {
    "by": _max_length(ValueRecord.model_fields["by"].annotation) or 200,
    "note": _max_length(ValueRecord.model_fields["note"].annotation) or 4000,
    "evidence": _max_length(ValueRecord.model_fields["evidence"].annotation) or 4000,
    "reason": _max_length(JudgementRecord.model_fields["reason"].annotation) or 4000,
}


def check_day(plan: Plan, day: dt.date, today: dt.date) -> None:
    if day > today:
        raise Refused("as_of", "day", Msg("record.future", day=day), Msg("record.future_hint"))
    problem = outside_period(plan, day)
    if problem:
        raise Refused("as_of", "day", problem, Msg("record.period_hint"))


def check_texts(**texts: str | None) -> None:
    """Refuse texts a record cannot hold, before anything is written."""
    for name, text in texts.items():
        if text is None:
            continue
        if not text.strip():
            raise Refused(name, "text", Msg("record.text_empty", name=name), Msg("record.text_empty_hint", name=name))
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # bytes from a terminal in another encoding (GBK)
            raise Refused(
                name, "text", Msg("record.text_invalid", name=name), Msg("record.text_invalid_hint")
            ) from None
        if name == "by" and any(unicodedata.category(c) == "Cc" for c in text):
            # a name is shown in cells and columns; notes keep theirs and are shown escaped
            raise Refused(name, "text", Msg("record.text_control", name=name), Msg("record.remove_it"))
        if len(text) > TEXT_LIMITS[name]:
            raise Refused(
                name, "text", Msg("record.text_long", name=name, limit=TEXT_LIMITS[name]), Msg("record.shorten")
            )


def as_percent(fraction: float) -> str:
    """A fraction as the percent it is shown as: 0.095 is 9.5 (exactly, not 9.500000000000002)."""
    text = f"{Decimal(repr(fraction)) * 100:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def check_value(target: Target, text: str) -> float | str:
    """The value `text` gives `target`, if it fits the target. A bare fraction for a rate whose
    goal is a whole percent or more (0.095 for a goal of 9%) is refused as ambiguous: a
    spreadsheet's fraction and a typed percent look the same, so '%' must say which."""
    try:
        value = value_for(target, text)
    except BadValue as exc:
        raise Refused("value", "value", exc.message, _value_hint(target)) from None
    kind = rules(target)
    goal = kind.goal_number()
    bare = text.strip()
    if (
        kind.unit() == "percent"
        and isinstance(value, float)
        and 0 < abs(value) < 1
        and goal is not None
        and abs(goal) >= 1
        and not bare.endswith(("%", "％"))
    ):
        hundred = as_percent(value)
        said = Msg("value.fraction", text=bare, target=target.id, goal=goal, hundred=hundred)
        raise Refused("value", "value", said, Msg("value.fraction_hint", hundred=hundred, text=bare))
    return value


def check_plausible(
    lp: LoadedPlan, target: Target, values: list[ValueRecord], value: float | str, day: dt.date, confirm: bool
) -> bool:
    """Whether the typo guard (`progress.slip`, its one home) doubts the value: it is then
    refused unless `confirm`, and recorded marked `confirmed`, which `validate` looks for."""
    problem = slip(lp.plan, target, values, value, day)
    if problem and not confirm:
        raise Refused("value", "plausible", Msg("record.plausible", problem=problem), Msg("record.plausible_hint"))
    return problem is not None


def value_record(
    lp: LoadedPlan,
    target: Target,
    given: Given,
    *,
    today: dt.date,
    earlier: list[ValueRecord] | None,
    stamp: dt.datetime,
    author: str,
) -> ValueRecord:
    """The one way a value record is made, for `record` and `import` alike: every rule, in one
    order (its date, its texts, its value's fit, its plausibility against the goal and the
    target's `earlier` effective values, then a running total against them, when given).
    Refused names the first rule broken."""
    day = given.day or today
    check_day(lp.plan, day, today)
    check_texts(by=given.by if given.by is not None else author, note=given.note, evidence=given.evidence)
    value = given.total if given.total is not None else check_value(target, given.text)
    doubted = check_plausible(lp, target, earlier or [], value, day, given.confirm)
    if rules(target).cumulative and not given.correct and earlier is not None:
        problem = lowered(target, earlier, value, day, given.provisional)
        if problem:
            raise Refused("value", "total", problem, Msg("record.total_hint"))
    return ValueRecord(
        id=new_id(),
        type="value",
        target=target.id,
        as_of=day,
        value=value,
        provisional=given.provisional,
        correction=given.correct,
        confirmed=doubted,
        note=given.note or None,
        evidence=given.evidence or None,
        recorded=stamp,
        by=given.by or author,
    )


def record_value(
    root: Roots,
    target_id: str,
    text: str,
    *,
    day: dt.date | None = None,
    by: str | None = None,
    note: str | None = None,
    evidence: str | None = None,
    provisional: bool = False,
    add: bool = False,
    correct: bool = False,
    confirm: bool = False,
    tol: Tolerance | None = None,
    with_status: bool = True,
    today: dt.date | None = None,
    cache: bool | None = None,
) -> Recorded:
    """Record a value (or, with `add`, an increment to the latest total) for a target; with
    `with_status`, also where the target now stands (which reads the target's lines of the log).

    A cumulative total below the latest earlier one needs `correct`, and a value far outside
    what the target allows needs `confirm`: either is more often a slip than a fact.
    `today` (default: the clock's) is the latest day a value may be as of; `cache`: as
    for `load`."""
    ws = load(root, target=target_id, records=False, cache=cache)
    lp, target = ws.target(target_id)
    today = today or moment().date()
    author = by or default_author()
    given = Given(text, day or today, by, note, evidence, provisional, correct, confirm)
    path = ws.log_to_write(lp)
    try:
        # what needs no log fails before waiting for the lock; the rest is checked under it
        check_day(lp.plan, day or today, today)
        check_texts(by=author, note=note, evidence=evidence)
        if not add:
            check_value(target, text)
        with locked(path):
            if add:
                given = replace(given, total=_added(lp, target, text, day or today, ws))
            earlier = _earlier(lp, target, ws)
            # stamped under the lock, so that the log's order and the stamps agree
            record = value_record(lp, target, given, today=today, earlier=earlier, stamp=now(), author=author)
            append_locked(path, record, lp.plan.id)
            if with_status:
                with statecache.enabled(ws.cache, fresh=False):
                    folded = fold(lp, path, today, tol or Tolerance())
    except BadValue as exc:
        raise TargetctlError.plain(exc.message, _value_hint(target)) from None
    except Refused as refused:
        raise refused.error() from None
    value = record.value
    said = understood(text, value) if not add else None
    if not with_status:
        return Recorded(record, path, understood=said)
    saved = folded  # a saved state of the log answers without a byte search
    ledger = saved or ws.read_records([lp], target=target_id, day=today, skim=True)
    progress = progress_of(lp.plan, target, ledger, today, tol or Tolerance())
    return Recorded(record, path, progress, ledger.problems, said)


def write_records(records: list[tuple[LoadedPlan, ValueRecord]], roots: Sequence[Path] = ()) -> None:
    """Append checked records to their plans' logs, each beside its plan (in whichever plans
    folder holds it): to all of them or to none, even if the process is killed midway (see
    io/intent.py). `roots`: the plans folders read, none of which may hold a plan's log apart
    from its plan."""
    for lp in {id(lp): lp for lp, _ in records}.values():
        refuse_split(lp, roots)
    by_log: dict[Path, tuple[str, list[ValueRecord]]] = {}
    for lp, record in records:
        by_log.setdefault(log_of(lp), (lp.plan.id, []))[1].append(record)
    by_folder: dict[Path, list[tuple[Path, bytes, bytes]]] = {}
    for path, (plan_id, rows) in by_log.items():
        batch = (path, header(plan_id).encode("utf-8"), "".join(encode(r) for r in rows).encode("utf-8"))
        by_folder.setdefault(path.parent, []).append(batch)
    if by_folder:
        append_journaled_across(by_folder, unrecovered)


def needs_earlier(target: Target) -> bool:
    """Whether writing a value for `target` is checked against its earlier values: a running
    total must not fall, and a count or size is compared with its latest (`progress.slip`)."""
    kind = rules(target)
    return kind.cumulative or kind.counted


def _earlier(lp: LoadedPlan, target: Target, ws: Workspace) -> list[ValueRecord] | None:
    """The target's effective values in the log, for the checks that need them (None: none do)."""
    if not needs_earlier(target):
        return None
    ledger = ws.read_records([lp], target=target.id, history=True, skim=True)
    if ledger.problems:  # a total cannot be checked against a log that cannot be read
        raise TargetctlError(ledger.problems)
    return ledger.values_for(target.id)


def _value_hint(target: Target) -> Msg | NoHint:
    return rules(target).value_hint()


def _added(lp: LoadedPlan, target: Target, text: str, day: dt.date, ws: Workspace) -> float:
    if not rules(target).cumulative:
        measure = getattr(target, "measure", "a state")
        raise BadValue(Msg("record.add_not_cumulative", target=target.id, kind=target.kind, measure=measure))
    step = value_for(target, text, increment=True)  # in the target's unit: 1万户 is 1 for a unit of 万户
    ledger = ws.read_records([lp], target=target.id, history=True, skim=True)
    if ledger.problems:
        raise TargetctlError(ledger.problems)
    values = ledger.values_for(target.id)
    later = [v for v in values if v.as_of > day]
    if later:
        raise BadValue(Msg("record.add_before_later", day=day, latest=later[-1].as_of))
    latest = float(values[-1].value) if values else 0.0
    total = latest + float(step)
    if rules(target).counted and total < 0:
        raise BadValue(Msg("record.negative_total", total=total))
    return total


def void_record(
    root: Roots, record_id: str, reason: str, *, by: str | None = None, cache: bool | None = None
) -> Recorded:
    """Retract a record: a void record names it; nothing is deleted."""
    if not reason.strip():
        raise TargetctlError.plain(Msg("void.needs_reason"), Msg("void.reason_hint"))
    try:
        check_texts(reason=reason, by=by)
    except Refused as refused:
        raise refused.error() from None
    ws = load(root, records=False, cache=cache)
    author = by or default_author()
    lp, path, full = _latest_by(ws, author) if record_id == "last" else _find_record(ws, record_id)
    with locked(path):
        records = {rec.id: rec for _, rec in LogReader(path)}
        if full not in records:  # pragma: no cover - only a log rewritten since it was searched
            raise TargetctlError.plain(Msg("void.no_record", rid=record_id), Msg("void.log_hint"))
        of_void = isinstance(records[full], VoidRecord)
        voided = any(isinstance(r, VoidRecord) and r.void == full for r in records.values())
        problem = void_refusal(full, of_void=of_void, voided=voided)
        if problem:
            raise TargetctlError.plain(problem, Msg("void.again_hint") if of_void else "")
        record = VoidRecord(id=new_id(), type="void", void=full, reason=reason, recorded=now(), by=author)
        append_locked(path, record, lp.plan.id)
    return Recorded(record, path)


@dataclass
class Found:
    """A record found by id, prefix or 'last', with its plan and log."""

    plan: LoadedPlan
    path: Path
    record: ValueRecord | JudgementRecord | VoidRecord


def find_record(root: Roots, record_id: str, *, by: str | None = None, cache: bool | None = None) -> Found:
    """The record `void_record` would retract (an id, a unique prefix, or 'last': `by`'s latest
    that still stands), so that it can be shown before it is voided by its full id."""
    ws = load(root, records=False, cache=cache)
    lp, path, full = _latest_by(ws, by or default_author()) if record_id == "last" else _find_record(ws, record_id)
    for _, rec in LogReader(path):
        if rec.id == full:
            return Found(lp, path, rec)
    raise TargetctlError.plain(Msg("void.no_record", rid=record_id), Msg("void.log_hint"))


MIN_PREFIX = 6


def _latest_by(ws: Workspace, author: str) -> tuple[LoadedPlan, Path, str]:
    """`--void last`: the newest value or judgement `author` recorded that still stands."""
    found: list[tuple[tuple[dt.datetime, int], LoadedPlan, Path, str]] = []
    for lp in ws.plans:
        path = ws.log_of(lp)
        if not path.exists():
            continue
        rows = list(LogReader(path).rows())
        voided = {row["void"] for _, row in rows if row["type"] == "void"}
        found += [  # within one second, the later line is the later record
            ((row["recorded"], line), lp, path, row["id"])
            for line, row in rows
            if row["type"] != "void" and row["by"] == author and row["id"] not in voided
        ]
    if not found:
        raise TargetctlError.plain(Msg("void.none_by", author=author), Msg("void.none_by_hint"))
    _, lp, path, rid = max(found, key=lambda f: f[0])
    return lp, path, rid


def _find_record(ws: Workspace, prefix: str) -> tuple[LoadedPlan, Path, str]:
    """The plan, log and full id of the one record whose id is or starts with `prefix` (at least
    MIN_PREFIX hex digits, as git takes a commit's prefix)."""
    hint = Msg("void.log_hint")
    prefix = prefix.lower()  # ids are written in lowercase hex; a prefix may be typed either way
    if len(prefix) < MIN_PREFIX or any(c not in "0123456789abcdef" for c in prefix):
        raise TargetctlError.plain(Msg("void.not_an_id", prefix=prefix, n=MIN_PREFIX), hint)
    found: list[tuple[LoadedPlan, Path, str]] = []
    for lp in ws.plans:
        path = ws.log_of(lp)
        if path.exists():
            found += [(lp, path, rid) for _, row in LogReader(path).rows() if (rid := row["id"]).startswith(prefix)]
    plans = sorted({lp.plan.id for lp, _, _ in found})
    if len({rid for _, _, rid in found}) == 1 and len(plans) > 1:  # a log merged by hand: which one is meant?
        raise TargetctlError.plain(
            Msg("void.in_two_logs", rid=found[0][2], plans=Listed(plans, " and ", "、")), Msg("void.in_two_logs_hint")
        )
    exact = [f for f in found if f[2] == prefix]
    if exact or len(found) == 1:
        return (exact or found)[0]
    if not found:
        raise TargetctlError.plain(Msg("void.no_record", rid=prefix), hint)
    ids = ", ".join(sorted(rid for _, _, rid in found))
    raise TargetctlError.plain(Msg("void.ambiguous", prefix=prefix, ids=ids), Msg("void.more_hint"))


def judge(
    root: Roots,
    target_id: str,
    rating: Rating,
    reason: str,
    *,
    day: dt.date | None = None,
    by: str | None = None,
    today: dt.date | None = None,
    cache: bool | None = None,
) -> Recorded:
    """Record a responsible person's red/amber/green judgement of a target, with the reason
    (as of `day`, default `today`, itself by default the clock's)."""
    if not reason.strip():
        raise TargetctlError.plain(Msg("judge.needs_reason"), Msg("void.reason_hint"))
    ws = load(root, target=target_id, records=False, cache=cache)
    lp, _ = ws.target(target_id)
    stamp = now()
    today = today or stamp.date()
    day = day or today
    try:  # the rules a value record meets, where they apply to a judgement
        check_day(lp.plan, day, today)
        check_texts(reason=reason, by=by)
    except Refused as refused:
        raise refused.error() from None
    record = JudgementRecord(
        id=new_id(),
        type="judgement",
        target=target_id,
        as_of=day,
        rating=rating,
        reason=reason,
        recorded=stamp,
        by=by or default_author(),
    )
    path = ws.log_to_write(lp)
    append(path, record, lp.plan.id)
    return Recorded(record, path)
