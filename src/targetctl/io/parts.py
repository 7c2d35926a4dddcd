"""Each plan's part of the `status` overview, kept between runs so that a change to one
log re-assesses one plan, and the logs the writer stamped.

- A part is one plan's roll-up (targets, the sum of their progress, the count by status) for
  one day and tolerance, keyed on the plan's text, its log's identity (device, inode, size,
  modification and change times) and targetctl's code. It is saved only where that identity
  is known to be what was read: by `record`, under the writers' lock, from the log it just
  stamped; by a full `status`, for a log whose identity was the same before and after the
  read and not racy when the read began.
- A stamp (`io/cache.stamp`): right after its append, under the lock, the writer moves the log's
  modification time back by one nanosecond (a file system with coarser times stores the
  tick before). Any later write, by any program, sets it to the time of that write, which
  is never earlier than the append's, so the stamped identity can be trusted without
  reading the log even within the same timestamp tick, where the racy rule would otherwise
  hash it again. The change time cannot be set, so the identity recorded is the one after
  the stamp, and only an identity recorded as stamped here is trusted so.
- A plan's rows (`keep_rows`): for a plan of at most `OVERVIEW_OVER` targets, what `status`'s
  table view shows of it (`render/status_rows.py`), in each language, under the same key as
  its part: a workspace that small is shown target by target, not as the overview.
- A list (`keep_list`): the plans of one `status` command line, in order, with each plan's
  id and title, under the output cache's key of everything but the logs (`cache.base`).

Every entry goes through `io/cachefs.py`; any failure is a miss.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

from targetctl.domain.vocabulary import STATUSES, Status
from targetctl.io import cachefs
from targetctl.io.cache import code_stats, identity, versions

Identity = tuple[int, int, int, int, int]


class Rolled(Protocol):
    """What a part keeps of a roll-up (`domain.progress.Rollup`)."""

    @property
    def counts(self) -> Mapping[Status, int]: ...

    @property
    def total(self) -> float: ...

    @property
    def targets(self) -> int: ...


def of(path: Path | str) -> Identity | None:
    """The file's identity, or None when there is no such file (or it cannot be looked at)."""
    try:
        return identity(os.stat(path))  # noqa: PTH116 (a composed status names 1,000 logs by string)
    except OSError:
        return None


@functools.cache
def _code() -> str:
    return hashlib.sha1(repr((code_stats(), versions())).encode(), usedforsecurity=False).hexdigest()


def _name(*parts: object) -> str:
    return hashlib.sha1("\0".join(map(str, (_code(), *parts))).encode(), usedforsecurity=False).hexdigest()


def plan_digest(text: str) -> str:
    """A plan's text as the parts key on it (as `io/statecache.digest` hashes a plan's text)."""
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()


def _read(name: str) -> object:
    found = cachefs.read("parts", name)
    if found is None:
        return None
    try:
        return json.loads(found[0])
    except ValueError:
        return None


def _part_name(plan: str, log: Identity | None, day: dt.date, tol: str) -> str:
    return _name("part", plan, log, day.isoformat(), tol)


def keep_part(plan: str, log: Identity | None, day: dt.date, tol: str, tally: dict[str, object]) -> None:
    """Save one plan's roll-up (`tally`: targets, total, counts) for its text `plan` (a digest)
    and its log's identity (None: no log)."""
    cachefs.write("parts", _part_name(plan, log, day, tol), json.dumps(tally).encode())


def data(rollup: Rolled | None) -> dict[str, object]:
    """A roll-up as a part keeps it; None: a plan with no target (status leaves it out)."""
    if rollup is None:
        return {"targets": 0, "total": 0.0, "counts": dict.fromkeys(STATUSES, 0)}
    return {"targets": rollup.targets, "total": rollup.total, "counts": dict(rollup.counts)}


def part(plan: str, log: Identity | None, day: dt.date, tol: str) -> dict[str, object] | None:
    found = _read(_part_name(plan, log, day, tol))
    return found if isinstance(found, dict) else None


def _rows_name(plan: str, log: Identity | None, day: dt.date, tol: str) -> str:
    return _name("rows", plan, log, day.isoformat(), tol)


def keep_rows(plan: str, log: Identity | None, day: dt.date, tol: str, rows: dict[str, object]) -> None:
    """Save one plan's rows for the table view (`rows`: by language, None for a plan with no
    target) under the same key as its part."""
    cachefs.write("parts", _rows_name(plan, log, day, tol), json.dumps(rows).encode())


def rows(plan: str, log: Identity | None, day: dt.date, tol: str) -> dict[str, object] | None:
    found = _read(_rows_name(plan, log, day, tol))
    return found if isinstance(found, dict) else None


def keep_list(base: str, plans: list[dict[str, object]], tol: str, view: str = "overview") -> None:
    """The plans of one `status` command line, in order, and the view it showed ("overview"
    or "table")."""
    cachefs.write("parts", _name("list", base), json.dumps({"tol": tol, "rows": plans, "view": view}).encode())


def plan_list(base: str) -> dict[str, object] | None:
    found = _read(_name("list", base))
    return found if isinstance(found, dict) else None
