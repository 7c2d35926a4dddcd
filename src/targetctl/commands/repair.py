"""`repair`: the one command that rewrites a record log, explicitly, keeping what it removes."""

from __future__ import annotations

import datetime as dt

from targetctl.commands import Context, Output
from targetctl.domain.messages import Msg
from targetctl.io.paths import display_path
from targetctl.io.recordlog import Repair, repair
from targetctl.workspace import Roots, load


def repair_logs(root: Roots, at: dt.datetime, *, dry_run: bool = False) -> list[Repair]:
    """Repair every plan's record log; `at`: the time of the run, which names the side files."""
    ws = load(root, records=False)
    paths = [ws.log_of(lp) for lp in ws.plans]
    return [repair(p, at, dry_run=dry_run) for p in paths if p.exists()]


def run(ctx: Context, *, dry_run: bool = False) -> Output:
    lines = []
    for done in repair_logs(ctx.plans, ctx.now, dry_run=dry_run):
        if not done.moved:
            continue
        numbers = ", ".join(str(n) for n in done.moved)
        where = Msg("repair.moved", aside=display_path(done.aside)) if done.aside else Msg("repair.would_move")
        lines.append(
            Msg("repair.lines", path=display_path(done.path), numbers=numbers, where=where).text(ctx.lang) + "\n"
        )
    lines.append(Msg("repair.dry_run" if dry_run else "repair.done").text(ctx.lang) + "\n")
    return Output("".join(lines))
