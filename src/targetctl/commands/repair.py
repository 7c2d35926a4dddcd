"""`repair`: the one command that rewrites a record log, explicitly, keeping what it removes."""

from __future__ import annotations

from pathlib import Path

from targetctl.io.recordlog import Repair, log_path, repair
from targetctl.workspace.loading import load_workspace


def repair_logs(root: Path, *, dry_run: bool = False) -> list[Repair]:
    ws = load_workspace(root)
    ws.raise_problems()
    paths = [log_path(ws.records_dir, lp.plan.id) for lp in ws.plans]
    return [repair(p, dry_run=dry_run) for p in paths if p.exists()]
