"""`validate`: check plan files and record logs and collect every problem."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from targetctl.commands import Context, Output
from targetctl.domain.ledger import Ledger
from targetctl.domain.messages import Msg
from targetctl.domain.problems import Problem, UsageError, ValidationResult
from targetctl.io import intent, statecache
from targetctl.io.parallel import pmap
from targetctl.io.paths import display_path, expand_folders, real_folder
from targetctl.io.plans import plan_files, read_plan, why_missing
from targetctl.io.recordlog import log_path, unrecovered
from targetctl.render import problems as reporters
from targetctl.workspace import Workspace, empty_folders, folders, load, moment
from targetctl.workspace.checks import (
    AuditedLog,
    LogAudit,
    PlanIds,
    clashing_ids,
    ids_in_two_logs,
    own_checks,
    plan_ids,
    review_marks,
    unique_ids,
    unmapped_sentences,
)
from targetctl.workspace.logs import Owner, _Scan, folder_strays


def validate(
    paths: Sequence[Path | tuple[Path, ...]], *, strict: bool = False, today: dt.date | None = None
) -> ValidationResult:
    """Check the plans folders (plans and record logs) and plan files in `paths`; the folders,
    given one by one or as a tuple, are one workspace, their ids unique across all of them. A
    record stamped after `today` (default: the library's reading of the clock) is an error.
    Problems are sorted by place."""
    today = today or moment().date()
    result = ValidationResult()
    named: list[Path | tuple[Path, ...]] = []  # a pattern stands for the folders it matches
    for item in paths:
        if isinstance(item, tuple):
            named.append(tuple(Path(p) for p in expand_folders(item)))
        else:
            named += [Path(p) for p in expand_folders([item])]
    given = list(  # the same file twice is one file
        dict.fromkeys(
            tuple(real_folder(p) for p in item) if isinstance(item, tuple) else real_folder(item) for item in named
        )
    )
    for missing in [p for item in given for p in _each(item) if not p.exists()]:
        raise UsageError(
            why_missing(Path(display_path(missing))) or Msg("usage.not_exist_paths", path=display_path(missing))
        )
    folders = [item for item in given if not isinstance(item, tuple) and item.is_dir()]
    if len(folders) > 1:  # like --plans: ids must be unique across the folders given
        given = [item for item in given if item not in folders] + [tuple(folders)]
    read: list[PlanIds] = []  # the plans of the folders, which lone plan files must not clash with
    for root in [item for item in given if isinstance(item, tuple) or item.is_dir()]:
        found = read_audited(root, today, strict=strict)
        read += found.plans
        result.problems += empty_folders(found.roots)  # a CI job pointed at the wrong folder must fail
        result.files += found.files
        result.records += found.records
        result.problems += found.problems + found.unmapped
        result.warnings += found.marks
        result.problems += found.errors  # lines that cannot be read: above
        result.warnings += found.warnings
    folders_read = {folder.resolve() for lp in read for folder in (lp.root,)}
    # single plan files: their logs are checked with their folder; one inside a folder given is read with it
    files = [p for p in given if not isinstance(p, tuple) and not p.is_dir() and p.parent not in folders_read]
    if files:
        ws = load(files[0].parent, files=files, records=False, strict=False)
        result.files += ws.files
        result.problems += ws.problems + _unmapped(ws, strict)
        result.problems += unique_ids(read, ws.plans)
        result.warnings += _marks(ws)
    if strict:
        result.problems += result.warnings
        result.warnings = []
    result.problems.sort()
    result.warnings.sort()
    return result


@dataclass
class Audited:
    """A workspace as validate reads it: each plan checked in the worker that reads it, with
    its log, and of each plan only its ids kept for the checks across plans (1,000 plans took
    550 MB in one process)."""

    roots: tuple[Path, ...]
    plans: list[PlanIds] = field(default_factory=list)
    files: int = 0
    records: int = 0
    problems: list[Problem] = field(default_factory=list)  # plan files, their checks, their logs
    errors: list[Problem] = field(default_factory=list)  # the audit of the logs' lines
    warnings: list[Problem] = field(default_factory=list)
    marks: list[Problem] = field(default_factory=list)  # what a person must still finish
    unmapped: list[Problem] = field(default_factory=list)  # with --strict


def read_audited(root: Path | tuple[Path, ...], today: dt.date, *, strict: bool = False) -> Audited:
    """The plans and logs as `load(root, strict=False)` reads them, every log read once: the
    audit's errors and warnings (`checks.LogAudit`) are found by the same scan, in the worker
    that reads the log, with the plan's own checks; one id in two plans, and one record id
    in two plans' logs, from every plan's ids after."""
    roots = folders(root)
    for folder in roots:  # an import killed midway is undone before any log is read
        intent.recover(folder / "records", unrecovered)
    paths = [path for folder in roots for path in plan_files(folder)]
    size = sum(p.stat().st_size for p in paths if p.exists())  # a dangling link: read_plan reports it
    for records_dir in {p.parent / "records" for p in paths}:
        if records_dir.is_dir():
            size += sum(p.stat().st_size for p in records_dir.glob("*.yaml"))
    found = Audited(roots, files=len(paths))
    logs: list[Problem] = []
    audits: list[AuditedLog | None] = []
    jobs = [(path, today, statecache.active(), strict) for path in paths]
    for ids, checked, audit in pmap(_plan_and_log, jobs, size):
        found.problems += checked.problems
        found.marks += checked.marks
        found.unmapped += checked.unmapped
        found.files += checked.logs
        found.records += checked.records
        logs += checked.log_problems
        if ids:
            found.plans.append(ids)
            audits.append(audit)
    found.problems[:0] = clashing_ids(found.plans)
    found.problems += logs + folder_strays([Owner(p.root, p.id, p.path.name) for p in found.plans], roots)
    found.errors = [problem for audit in audits if audit for problem in audit.errors]
    found.errors += ids_in_two_logs([p.id for p in found.plans], audits)
    found.warnings = [problem for audit in audits if audit for problem in audit.warnings]
    return found


@dataclass
class _Checked:
    """What a worker found of one plan and its log (validate keeps no record)."""

    problems: list[Problem]
    marks: list[Problem] = field(default_factory=list)
    unmapped: list[Problem] = field(default_factory=list)
    logs: int = 0
    records: int = 0
    log_problems: list[Problem] = field(default_factory=list)


def _plan_and_log(job: tuple[Path, dt.date, bool, bool]) -> tuple[PlanIds | None, _Checked, AuditedLog | None]:
    """A plan and its log, read as a full read of the workspace reads them, with the audit and
    the plan's own checks; of the plan, only its ids go back."""
    path, today, cached, strict = job
    statecache.setting(cached)  # a worker is told whether the cache is on
    loaded, problems = read_plan(path)
    if loaded is None:
        return None, _Checked(problems), None
    checked = _Checked(problems + own_checks(loaded), review_marks(loaded))
    checked.unmapped = unmapped_sentences(loaded) if strict else []
    log = log_path(path.parent / "records", loaded.plan.id)
    if not log.exists():
        return plan_ids(loaded), checked, None
    ledger = Ledger(None, files=1)
    scan = _Scan(ledger, loaded.plan, log, None, False)
    audit = LogAudit(loaded.plan, log, scan.reader.shown, today) if log.is_file() else None
    scan.audit = audit
    scan.run()
    checked.logs, checked.records, checked.log_problems = ledger.files, ledger.records, ledger.problems
    return plan_ids(loaded), checked, audit.done(list(scan.ids)) if audit else None


def _each(item: Path | tuple[Path, ...]) -> tuple[Path, ...]:
    return item if isinstance(item, tuple) else (item,)


def _marks(ws: Workspace) -> list[Problem]:
    return [p for lp in ws.plans for p in review_marks(lp)]


def _unmapped(ws: Workspace, strict: bool) -> list[Problem]:
    return [p for lp in ws.plans for p in unmapped_sentences(lp)] if strict else []


def run(ctx: Context, paths: list[Path], *, strict: bool = False, fmt: str = "text") -> Output:
    result = validate(paths or [ctx.plans], strict=strict, today=ctx.today)
    return Output(reporters.REPORTERS.render(fmt, result, ctx), code=0 if result.ok else 1)
