"""`record`, `void` and `judge`: check everything first, then append one record."""

from __future__ import annotations

import datetime as dt
import getpass
import secrets
import subprocess
from dataclasses import dataclass
from pathlib import Path

from targetctl.errors import TargetctlError
from targetctl.ledger import read_ledger
from targetctl.loading import LoadedPlan, Workspace, load_workspace, locate
from targetctl.model import NumericBase, Plan, Quantity, Target
from targetctl.progress import Progress, Tolerance
from targetctl.recordlog import LogReader, append, append_locked, locked, log_path
from targetctl.records import BadValue, JudgementRecord, Rating, ValueRecord, VoidRecord, parse_number, value_for
from targetctl.status import progress_of

LEEWAY = dt.timedelta(days=366)


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


def _check_day(plan: Plan, day: dt.date, today: dt.date) -> None:
    if day > today:
        raise TargetctlError.plain(f"date {day} is in the future", "record values as of today or earlier (--date)")
    if day < plan.period.start - LEEWAY or day > plan.period.end + LEEWAY:
        raise TargetctlError.plain(
            f"date {day} is far outside the plan period {plan.period.start}..{plan.period.end}",
            "pass --date YYYY-MM-DD within the period",
        )


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
    tol: Tolerance | None = None,
    with_status: bool = True,
) -> Recorded:
    """Record a value (or, with `add`, an increment to the latest total) for a target; with
    `with_status`, also where the target now stands (which reads the target's lines of the log)."""
    ws, lp, target = locate(root, target_id)
    today = now().date()
    day = day or today
    _check_day(lp.plan, day, today)
    author = by or default_author()
    _check_texts(by=author, note=note, evidence=evidence)
    path = log_path(ws.records_dir, lp.plan.id)
    try:
        if not add:
            value_for(target, text)  # fail before waiting for the lock
        with locked(path):
            value = _added(lp, target, text, day, ws) if add else value_for(target, text)
            # stamped under the lock, so that the log's order and the stamps agree
            record = ValueRecord(
                id=new_id(),
                type="value",
                target=target_id,
                as_of=day,
                value=value,
                provisional=provisional,
                note=note or None,
                evidence=evidence or None,
                recorded=now(),
                by=author,
            )
            append_locked(path, record, lp.plan.id)
    except BadValue as exc:
        raise TargetctlError.plain(str(exc), _value_hint(target)) from None
    if not with_status:
        return Recorded(record, path)
    ledger = read_ledger(ws, [lp], target=target_id, day=today, skim=True)
    return Recorded(record, path, progress_of(lp, target, ledger, today, tol or Tolerance()))


def _check_texts(**texts: str | None) -> None:
    """Refuse texts a record cannot hold, before anything is written."""
    limits = {"by": 200, "note": 4000, "evidence": 4000, "reason": 4000}
    for name, text in texts.items():
        if text is None:
            continue
        if not text.strip():
            raise TargetctlError.plain(f"--{name} is empty", f"give a {name}")
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
    step, _ = parse_number(text)
    value_for(target, text)  # the unit and sign checks
    ledger = read_ledger(ws, [lp], target=target.id, history=True, skim=True)
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
    ws = load_workspace(root)
    ws.raise_problems()
    for lp in ws.plans:
        path = log_path(ws.records_dir, lp.plan.id)
        if not path.exists():
            continue
        author = by or default_author()
        with locked(path):
            records = {rec.id: rec for _, rec in LogReader(path)}
            if record_id not in records:
                continue
            if isinstance(records[record_id], VoidRecord):
                raise TargetctlError.plain(f"record '{record_id}' is itself a void", "record the value again instead")
            if any(isinstance(r, VoidRecord) and r.void == record_id for r in records.values()):
                raise TargetctlError.plain(f"record '{record_id}' is already voided")
            record = VoidRecord(id=new_id(), type="void", void=record_id, reason=reason, recorded=now(), by=author)
            append_locked(path, record, lp.plan.id)
        return Recorded(record, path)
    raise TargetctlError.plain(f"no record with id '{record_id}'", "run 'targetctl log' to see record ids")


def judge(
    root: Path, target_id: str, rating: Rating, reason: str, *, day: dt.date | None = None, by: str | None = None
) -> Recorded:
    """Record a responsible person's red/amber/green judgement of a target, with the reason."""
    if not reason.strip():
        raise TargetctlError.plain("a judgement needs a written reason", "pass --reason '…'")
    _check_texts(reason=reason, by=by)
    ws, lp, _ = locate(root, target_id)
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
