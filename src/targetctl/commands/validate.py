"""`validate`: check plan files and record logs and collect every problem."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from targetctl.commands import Context, Output
from targetctl.domain.messages import Msg
from targetctl.domain.problems import Problem, UsageError, ValidationResult
from targetctl.io.paths import display_path
from targetctl.io.plans import plan_files
from targetctl.render import problems as reporters
from targetctl.workspace import Workspace, load, moment
from targetctl.workspace.checks import audit_logs, review_marks, unmapped_sentences


def validate(
    paths: Sequence[Path | tuple[Path, ...]], *, strict: bool = False, today: dt.date | None = None
) -> ValidationResult:
    """Check the plans folders (plans and record logs) and plan files in `paths`; the folders,
    given one by one or as a tuple, are one workspace, their ids unique across all of them. A
    record stamped after `today` (default: the library's reading of the clock) is an error.
    Problems are sorted by place."""
    today = today or moment().date()
    result = ValidationResult()
    given = list(  # the same file twice is one file
        dict.fromkeys(tuple(p.resolve() for p in item) if isinstance(item, tuple) else item.resolve() for item in paths)
    )
    for missing in [p for item in given for p in _each(item) if not p.exists()]:
        raise UsageError(Msg("usage.not_exist_paths", path=display_path(missing)))
    folders = [item for item in given if not isinstance(item, tuple) and item.is_dir()]
    if len(folders) > 1:  # like --plans: ids must be unique across the folders given
        given = [item for item in given if item not in folders] + [tuple(folders)]
    for root in [item for item in given if isinstance(item, tuple) or item.is_dir()]:
        ws = load(root, strict=False)
        ledger = ws.ledger
        for folder in ws.roots:
            if not plan_files(folder):  # a CI job pointed at the wrong folder must fail
                hint = Msg("check.plans_folder_hint")
                result.problems.append(Problem(display_path(folder), 0, 0, Msg("check.no_plan_files"), hint))
        result.files += ws.files + ledger.files
        result.records += ledger.records
        result.problems += ws.problems + ledger.problems + _unmapped(ws, strict)
        result.warnings += _marks(ws)
        errors, warnings = audit_logs(ws.plans, today)  # lines that cannot be read: above
        result.problems += errors
        result.warnings += warnings
    files = [p for p in given if not isinstance(p, tuple) and not p.is_dir()]
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


def _each(item: Path | tuple[Path, ...]) -> tuple[Path, ...]:
    return item if isinstance(item, tuple) else (item,)


def _marks(ws: Workspace) -> list[Problem]:
    return [p for lp in ws.plans for p in review_marks(lp)]


def _unmapped(ws: Workspace, strict: bool) -> list[Problem]:
    return [p for lp in ws.plans for p in unmapped_sentences(lp)] if strict else []


def run(ctx: Context, paths: list[Path], *, strict: bool = False, fmt: str = "text") -> Output:
    result = validate(paths or [ctx.plans], strict=strict, today=ctx.today)
    return Output(reporters.REPORTERS.render(fmt, result, ctx), code=0 if result.ok else 1)
