"""`validate`: check plan files (and record logs) and collect every problem."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from targetctl.errors import Problem
from targetctl.ledger import read_ledger
from targetctl.loading import load_workspace


@dataclass
class ValidationResult:
    files: int = 0
    records: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def validate(paths: list[Path], *, strict: bool = False) -> ValidationResult:
    """Check each plans folder or plan file in `paths`; problems are sorted by place."""
    from targetctl.checks import unmapped_sentences

    result = ValidationResult()
    folders = [p for p in paths if p.is_dir()]
    files = [p for p in paths if not p.is_dir()]
    workspaces = [load_workspace(root) for root in folders]
    if files:
        workspaces.append(load_workspace(files[0].parent, files))
    for ws in workspaces:
        result.files += ws.files
        result.problems += ws.problems
        if files and ws is workspaces[-1]:
            continue  # single plan files: their logs are checked with their folder
        ledger = read_ledger(ws)
        result.files += ledger.files
        result.records += ledger.records
        result.problems += ledger.problems
        if strict:
            for lp in ws.plans:
                result.problems += unmapped_sentences(lp)
    result.problems.sort()
    return result
