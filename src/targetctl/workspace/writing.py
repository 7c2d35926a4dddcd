"""Writing records (the library API behind `record`, `judge` and `import`): check everything
first, then append one record under the writers' lock."""

from __future__ import annotations

import datetime as dt
import getpass
import secrets
import subprocess
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from targetctl.domain.model import NumericBase, Plan, Quantity, Range, Target
from targetctl.domain.problems import Problem, TargetctlError
from targetctl.domain.progress import Progress, Tolerance, slip
from targetctl.domain.records import (
    BadValue,
    JudgementRecord,
    ValueRecord,
    VoidRecord,
    implausible,
    lowered,
    outside_period,
    understood,
    value_for,
    void_refusal,
)
from targetctl.domain.summary import progress_of
from targetctl.domain.vocabulary import Rating
from targetctl.io.plans import LoadedPlan
from targetctl.io.recordlog import LogReader, append, append_locked, locked, log_path
from targetctl.workspace import Workspace, incremental, load


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).astimezone().replace(microsecond=0)


def new_id() -> str:
    return secrets.token_hex(6)


def default_author() -> str:
    """git's user.name, else the login name."""
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


def _check_day(plan: Plan, day: dt.date, today: dt.date) -> None:
    if day > today:
        raise TargetctlError.plain(f"date {day} is in the future", "record values as of today or earlier (--date)")
    problem = outside_period(plan, day)
    if problem:
        raise TargetctlError.plain(problem, "pass --date YYYY-MM-DD within the period")


def record_value(
    root: Path,
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
) -> Recorded:
    """Record a value (or, with `add`, an increment to the latest total) for a target; with
    `with_status`, also where the target now stands (which reads the target's lines of the log).

    A cumulative total below the latest earlier one needs `correct`, and a value far outside
    what the target allows needs `confirm`: either is more often a slip than a fact."""
    ws = load(root, target=target_id, records=False)
    lp, target = ws.target(target_id)
    today = now().date()
    day = day or today
    _check_day(lp.plan, day, today)
    author = by or default_author()
    _check_texts(by=author, note=note, evidence=evidence)
    path = log_path(ws.records_dir, lp.plan.id)
    cumulative = isinstance(target, NumericBase) and target.measure == "cumulative"
    try:
        doubted = False
        if not add:  # fail before waiting for the lock
            doubted = _check_plausible(lp, target, value_for(target, text), day, confirm, ws)
        with locked(path):
            value: float | str
            if add:
                value = _added(lp, target, text, day, ws)
                doubted = _check_plausible(lp, target, value, day, confirm, ws)
            else:
                value = value_for(target, text)
                if cumulative and not correct:
                    _check_not_down(lp, target, value, day, ws, provisional)
            # stamped under the lock, so that the log's order and the stamps agree
            record = ValueRecord(
                id=new_id(),
                type="value",
                target=target_id,
                as_of=day,
                value=value,
                provisional=provisional,
                correction=correct,
                confirmed=doubted,
                note=note or None,
                evidence=evidence or None,
                recorded=now(),
                by=author,
            )
            append_locked(path, record, lp.plan.id)
    except BadValue as exc:
        raise TargetctlError.plain(str(exc), _value_hint(target)) from None
    said = understood(text, value) if not add else None
    if not with_status:
        return Recorded(record, path, understood=said)
    # a saved state of the log answers without a byte search
    ledger = incremental.scan(lp, path, today, only_saved=True) or ws.read_records(
        [lp], target=target_id, day=today, skim=True
    )
    progress = progress_of(lp.plan, target, ledger, today, tol or Tolerance())
    return Recorded(record, path, progress, ledger.problems, said)


def _check_plausible(
    lp: LoadedPlan, target: Target, value: float | str, day: dt.date, confirm: bool, ws: Workspace
) -> bool:
    """Whether the typo guard doubts the value (it is then recorded only with `confirm`, and
    marked `confirmed`, which `validate` looks for)."""
    values: list[ValueRecord] = []
    if isinstance(target, Quantity | Range) and not implausible(target, value):  # the latest is needed
        ledger = ws.read_records([lp], target=target.id, history=True, skim=True)
        values = [] if ledger.problems else ledger.values_for(target.id)  # an unreadable log is `lowered`'s to report
    problem = slip(lp.plan, target, values, value, day)
    if problem and not confirm:
        raise TargetctlError.plain(f"{problem}: is that right?", "if it is, record it again with --confirm")
    return problem is not None


def _check_not_down(
    lp: LoadedPlan, target: Target, value: float | str, day: dt.date, ws: Workspace, provisional: bool
) -> None:
    ledger = ws.read_records([lp], target=target.id, history=True, skim=True)
    if ledger.problems:  # a total cannot be checked against a log that cannot be read
        raise TargetctlError(ledger.problems)
    problem = lowered(target, ledger.values_for(target.id), value, day, provisional)
    if problem:
        raise TargetctlError.plain(problem, "if the earlier figure was wrong, record again with --correct")


def _check_texts(**texts: str | None) -> None:
    """Refuse texts a record cannot hold, before anything is written."""
    limits = {"by": 200, "note": 4000, "evidence": 4000, "reason": 4000}
    for name, text in texts.items():
        if text is None:
            continue
        if not text.strip():
            raise TargetctlError.plain(f"--{name} is empty", f"give a {name}")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # bytes from a terminal in another encoding (GBK)
            raise TargetctlError.plain(
                f"--{name} is not valid text", "set the terminal to UTF-8, or retype it"
            ) from None
        if name == "by" and any(unicodedata.category(c) == "Cc" for c in text):
            # a name is shown in cells and columns; notes keep theirs and are shown escaped
            raise TargetctlError.plain(f"--{name} holds a control character (a tab?)", "remove it")
        if len(text) > limits[name]:
            raise TargetctlError.plain(f"--{name} is longer than {limits[name]} characters", "shorten it")


def _value_hint(target: Target) -> str:
    if target.kind in ("milestone", "principle", "relation"):
        return ""
    if target.kind in ("growth", "share", "ratio"):
        return "give the percent reported to date, e.g. 9.5"
    return "give a number, e.g. 42"


def _added(lp: LoadedPlan, target: Target, text: str, day: dt.date, ws: Workspace) -> float:
    if not isinstance(target, NumericBase) or target.measure != "cumulative":
        measure = getattr(target, "measure", "a state")
        raise BadValue(f"--add needs a cumulative target; '{target.id}' is a {target.kind} ({measure})")
    step = value_for(target, text, increment=True)  # in the target's unit: 1万户 is 1 for a unit of 万户
    ledger = ws.read_records([lp], target=target.id, history=True, skim=True)
    if ledger.problems:
        raise TargetctlError(ledger.problems)
    values = ledger.values_for(target.id)
    later = [v for v in values if v.as_of > day]
    if later:
        raise BadValue(
            f"--add as of {day} would not reach the later values (the latest is as of {later[-1].as_of}); "
            "record the total as of that date instead"
        )
    latest = float(values[-1].value) if values else 0.0
    total = latest + float(step)
    if isinstance(target, Quantity) and total < 0:
        raise BadValue(f"the total would become negative ({total:g})")
    return total


def void_record(root: Path, record_id: str, reason: str, *, by: str | None = None) -> Recorded:
    """Retract a record: a void record names it; nothing is deleted."""
    if not reason.strip():
        raise TargetctlError.plain("a void needs a reason", "pass --reason '…'")
    _check_texts(reason=reason, by=by)
    ws = load(root, records=False)
    author = by or default_author()
    lp, path, full = _latest_by(ws, author) if record_id == "last" else _find_record(ws, record_id)
    with locked(path):
        records = {rec.id: rec for _, rec in LogReader(path)}
        if full not in records:  # pragma: no cover - only a log rewritten since it was searched
            raise TargetctlError.plain(f"no record with id '{record_id}'", "run 'targetctl log' to see record ids")
        of_void = isinstance(records[full], VoidRecord)
        voided = any(isinstance(r, VoidRecord) and r.void == full for r in records.values())
        problem = void_refusal(full, of_void=of_void, voided=voided)
        if problem:
            raise TargetctlError.plain(problem, "record the value again instead" if of_void else "")
        record = VoidRecord(id=new_id(), type="void", void=full, reason=reason, recorded=now(), by=author)
        append_locked(path, record, lp.plan.id)
    return Recorded(record, path)


@dataclass
class Found:
    """A record found by id, prefix or 'last', with its plan and log."""

    plan: LoadedPlan
    path: Path
    record: ValueRecord | JudgementRecord | VoidRecord


def find_record(root: Path, record_id: str, *, by: str | None = None) -> Found:
    """The record `void_record` would retract (an id, a unique prefix, or 'last': `by`'s latest
    that still stands), so that it can be shown before it is voided by its full id."""
    ws = load(root, records=False)
    lp, path, full = _latest_by(ws, by or default_author()) if record_id == "last" else _find_record(ws, record_id)
    for _, rec in LogReader(path):
        if rec.id == full:
            return Found(lp, path, rec)
    raise TargetctlError.plain(f"no record with id '{record_id}'", "run 'targetctl log' to see record ids")


MIN_PREFIX = 6


def _latest_by(ws: Workspace, author: str) -> tuple[LoadedPlan, Path, str]:
    """`--void last`: the newest value or judgement `author` recorded that still stands."""
    found: list[tuple[tuple[dt.datetime, int], LoadedPlan, Path, str]] = []
    for lp in ws.plans:
        path = log_path(ws.records_dir, lp.plan.id)
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
        raise TargetctlError.plain(
            f"no record by '{author}' to void", "pass --by NAME, or a record id from 'targetctl log'"
        )
    _, lp, path, rid = max(found, key=lambda f: f[0])
    return lp, path, rid


def _find_record(ws: Workspace, prefix: str) -> tuple[LoadedPlan, Path, str]:
    """The plan, log and full id of the one record whose id is or starts with `prefix` (at least
    MIN_PREFIX hex digits, as git takes a commit's prefix)."""
    hint = "run 'targetctl log' to see record ids"
    prefix = prefix.lower()  # ids are written in lowercase hex; a prefix may be typed either way
    if len(prefix) < MIN_PREFIX or any(c not in "0123456789abcdef" for c in prefix):
        raise TargetctlError.plain(f"'{prefix}' is not a record id: give at least {MIN_PREFIX} of its hex digits", hint)
    found: list[tuple[LoadedPlan, Path, str]] = []
    for lp in ws.plans:
        path = log_path(ws.records_dir, lp.plan.id)
        if path.exists():
            found += [(lp, path, rid) for _, row in LogReader(path).rows() if (rid := row["id"]).startswith(prefix)]
    plans = sorted({lp.plan.id for lp, _, _ in found})
    if len({rid for _, _, rid in found}) == 1 and len(plans) > 1:  # a log merged by hand: which one is meant?
        raise TargetctlError.plain(
            f"record id '{found[0][2]}' is in the logs of plans {' and '.join(plans)}",
            "nothing voided; run 'targetctl validate' and give one of them a new id",
        )
    exact = [f for f in found if f[2] == prefix]
    if exact or len(found) == 1:
        return (exact or found)[0]
    if not found:
        raise TargetctlError.plain(f"no record with id '{prefix}'", hint)
    ids = ", ".join(sorted(rid for _, _, rid in found))
    raise TargetctlError.plain(f"record id '{prefix}' is ambiguous: it starts {ids}", "give more of the id")


def judge(
    root: Path, target_id: str, rating: Rating, reason: str, *, day: dt.date | None = None, by: str | None = None
) -> Recorded:
    """Record a responsible person's red/amber/green judgement of a target, with the reason."""
    if not reason.strip():
        raise TargetctlError.plain("a judgement needs a written reason", "pass --reason '…'")
    _check_texts(reason=reason, by=by)
    ws = load(root, target=target_id, records=False)
    lp, _ = ws.target(target_id)
    stamp = now()
    day = day or stamp.date()
    _check_day(lp.plan, day, stamp.date())
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
    path = log_path(ws.records_dir, lp.plan.id)
    append(path, record, lp.plan.id)
    return Recorded(record, path)
