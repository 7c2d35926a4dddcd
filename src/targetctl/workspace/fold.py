"""What the writer does for the next `status` while it still holds the lock: stamp the log it
appended to (`io/parts.stamp`), fold its record into the log's saved state, and save its
plan's part of the overview (and its rows of the table view) for that stamped log. The next
`status`, even within the same timestamp tick, then trusts the log's identity instead of
hashing it, and re-assesses no plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from targetctl.domain.ledger import Ledger
from targetctl.domain.progress import Tolerance
from targetctl.domain.vocabulary import OVERVIEW_OVER
from targetctl.io import parts, statecache
from targetctl.io.cache import stamp
from targetctl.io.plans import LoadedPlan
from targetctl.workspace import incremental


def keep(lp: LoadedPlan, log: parts.Identity, ledger: Ledger, day: dt.date, tol: Tolerance) -> None:
    """Save the plan's part of the overview, and for a plan small enough to be shown target by
    target (a workspace of it alone would be), its rows of the table view in each language."""
    from targetctl.domain.summary import Filters, status_report  # only a kept part needs the report

    report = status_report([lp.plan], ledger, day, Filters(), tol)
    plan = parts.plan_digest(lp.doc.text)
    parts.keep_part(plan, log, day, repr(tol), parts.data(report.rollup))
    if len(report.progresses()) <= OVERVIEW_OVER:
        from targetctl.render.status_rows import every_language

        parts.keep_rows(plan, log, day, repr(tol), every_language(report.plans[0] if report.plans else None))


def fold(lp: LoadedPlan, log: Path, day: dt.date, tol: Tolerance) -> Ledger | None:
    """The plan's ledger as of `day` from its saved state and the record just appended (None
    without a saved state, or with the cache off); the caller holds the writers' lock."""
    if not statecache.active():
        return None
    mine = stamp(log)
    ledger = incremental.scan(lp, log, day, only_saved=True)
    if ledger is not None and mine is not None and parts.of(log) == mine:
        keep(lp, mine, ledger, day, tol)
    return ledger
