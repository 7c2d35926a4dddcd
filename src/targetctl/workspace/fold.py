"""What the writer does for the next `status` while it still holds the lock: stamp the log it
appended to (`io/parts.stamp`), fold its record into the log's saved state, and save its
plan's part of the overview for that stamped log. The next `status`, even within the same
timestamp tick, then trusts the log's identity instead of hashing it, and re-assesses no plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from targetctl.domain.ledger import Ledger
from targetctl.domain.progress import Tolerance
from targetctl.domain.summary import Filters, status_report
from targetctl.io import parts, statecache
from targetctl.io.cache import stamp
from targetctl.io.plans import LoadedPlan
from targetctl.workspace import incremental


def tally(lp: LoadedPlan, ledger: Ledger, day: dt.date, tol: Tolerance) -> dict[str, object]:
    """The plan's roll-up as `status` computes it for the whole workspace (no filters)."""
    return parts.data(status_report([lp.plan], ledger, day, Filters(), tol).rollup)


def fold(lp: LoadedPlan, log: Path, day: dt.date, tol: Tolerance) -> Ledger | None:
    """The plan's ledger as of `day` from its saved state and the record just appended (None
    without a saved state, or with the cache off); the caller holds the writers' lock."""
    if not statecache.active():
        return None
    mine = stamp(log)
    ledger = incremental.scan(lp, log, day, only_saved=True)
    if ledger is not None and mine is not None and parts.of(log) == mine:
        parts.keep_part(parts.plan_digest(lp.doc.text), mine, day, repr(tol), tally(lp, ledger, day, tol))
    return ledger
