"""`validate`: check plan files and record logs and collect every problem."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from targetctl.commands import Context, Output
from targetctl.domain.problems import Problem, UsageError, ValidationResult
from targetctl.io import clock
from targetctl.io.paths import display_path
from targetctl.render import problems as reporters
from targetctl.workspace import Workspace, load
from targetctl.workspace.checks import audit_logs, review_marks, unmapped_sentences


def validate(paths: list[Path], *, strict: bool = False, today: dt.date | None = None) -> ValidationResult:
    """Check each plans folder (plans and record logs) or plan file in `paths`; a record
    stamped after `today` (default: the clock's) is an error. Problems are sorted by place."""
    today = today or clock.today()
    result = ValidationResult()
    paths = list(dict.fromkeys(p.resolve() for p in paths))  # the same file twice is one file
    for missing in [p for p in paths if not p.exists()]:
        raise UsageError(f"'{display_path(missing)}' does not exist; pass plans folders or plan files")
    for root in [p for p in paths if p.is_dir()]:
        ws = load(root, strict=False)
        ledger = ws.ledger
        if not ws.files:  # a CI job pointed at the wrong folder must fail
            hint = "pass the plans folder (plan files are the *.yaml files directly inside it)"
            result.problems.append(Problem(display_path(root), 0, 0, "no plan files in this folder", hint))
        result.files += ws.files + ledger.files
        result.records += ledger.records
        result.problems += ws.problems + ledger.problems + _unmapped(ws, strict)
        result.warnings += _marks(ws)
        errors, warnings = audit_logs(ws.plans, ws.records_dir, today)  # lines that cannot be read: above
        result.problems += errors
        result.warnings += warnings
    files = [p for p in paths if not p.is_dir()]
    if files:  # single plan files: their logs are checked with their folder
        ws = load(files[0].parent, files=files, records=False, strict=False)
        result.files += ws.files
        result.problems += ws.problems + _unmapped(ws, strict)
        result.warnings += _marks(ws)
    if strict:
        result.problems += result.warnings
        result.warnings = []
    result.problems.sort()
    result.warnings.sort()
    return result


def _marks(ws: Workspace) -> list[Problem]:
    return [p for lp in ws.plans for p in review_marks(lp)]


def _unmapped(ws: Workspace, strict: bool) -> list[Problem]:
    return [p for lp in ws.plans for p in unmapped_sentences(lp)] if strict else []


def run(ctx: Context, paths: list[Path], *, strict: bool = False, fmt: str = "text") -> Output:
    result = validate(paths or [ctx.plans], strict=strict, today=ctx.today)
    text = reporters.text(result, ctx.lang) if fmt == "text" else reporters.REPORTERS[fmt](result)
    return Output(text, code=0 if result.ok else 1)
