"""Each record log reduced for a day and saved between runs, so that `status` reads only
what was appended since.

A record log's reduced state (reduced.py) is kept under the log's path, the hash of
its plan's text, targetctl's code and the as-of day. It records how many bytes it
covers, a hash of exactly those bytes as they were parsed, the hash of its last 4 KiB
and the file's identity (device, inode, size, modification and change times).

- Identity unchanged: the file was not written since, because any write moves the
  change time, which no program can set back (only the clock can). The state answers
  without reading the log. This is trusted only when the change time was at least
  RACY_NS old when the state was read, so that a later write cannot share its
  timestamp (as git does for its index), and not on Windows, whose st_ctime is the
  creation time.
- Otherwise the covered prefix is hashed again. Equal: only the tail appended since
  is read, by the ledger's own scan resumed after the prefix. Different (an edit,
  truncation, `repair`, a merge that rewrote lines): the log is read in full.
- A log with any problem is never kept, and a tail with one means the log is read in
  full, so its problems are reported exactly as a full read reports them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from targetctl.domain.ledger import Ledger
from targetctl.domain.problems import Problem
from targetctl.io.parallel import pmap
from targetctl.io.plans import LoadedPlan, read_plan
from targetctl.io.recordlog import log_path
from targetctl.io.statecache import active, exists, folder, key, load, plan_saved, save
from targetctl.io.statecache import digest as _hash
from targetctl.workspace.logs import _Scan, _scan, stray_logs
from targetctl.workspace.reduced import Reduced, capture, seed

RACY_NS = 3_000_000_000  # coarser than any file system's timestamps (FAT: 2 s)


LAST_BYTES = 4096


def _identity(st: os.stat_result) -> tuple[int, ...]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _entry(text: str, log: Path, slot: str) -> Path:
    return folder("state") / key("log", log.resolve(), _hash(text.encode()), slot)


class _Saved:
    """A reduced state with what tells whether the log still starts with what it covers.
    Its record ids are kept apart as text, `\nid line\n` each: folding a tail looks up only
    the ids that tail mentions, instead of loading a million of them."""

    def __init__(
        self, state: Reduced, identity: tuple[int, ...], digest: str, last: str, racy: bool, ids: bytes
    ) -> None:
        state.ids = {}
        self.state, self.identity, self.digest, self.last, self.racy, self.ids = (
            state,
            identity,
            digest,
            last,
            racy,
            ids,
        )


def _id_text(ids: dict[str, int]) -> bytes:
    return "".join(f"{ident} {line}\n" for ident, line in ids.items()).encode()


_HEX = re.compile(rb"[0-9a-f]{6,32}")


MAX_LOOKUPS = 2000


def _known(ids: bytes, tail: bytes) -> dict[str, int]:
    """The saved ids (with their lines) that the tail can refer to: every hex word in it.
    A tail with a backslash may spell an id in an escape; a long one is cheaper to match
    against all of them: both get every id."""
    words = set(_HEX.findall(tail))
    if b"\\" in tail or len(words) > MAX_LOOKUPS:
        return {ident.decode(): int(line) for ident, line in (entry.split(b" ") for entry in ids.split(b"\n")[1:-1])}
    out = {}
    for word in words:
        at = ids.find(b"\n" + word + b" ")
        if at != -1:
            end = ids.index(b"\n", at + 1)
            out[word.decode()] = int(ids[at + len(word) + 2 : end])
    return out


def _slots(text: str, log: Path, day: dt.date) -> list[Path]:
    """Where a state for `day` may be: the one for every day from its own (no later
    records), then the one for that day alone."""
    return [_entry(text, log, "current"), _entry(text, log, day.isoformat())]


def _find(lp: LoadedPlan, log: Path, day: dt.date) -> _Saved | None:
    for entry in _slots(lp.doc.text, log, day):
        saved = load(entry)
        if isinstance(saved, _Saved) and saved.state.holds_for(day):
            return saved
    return None


def _read(log: Path, start: int, end: int | None) -> bytes:
    with log.open("rb") as handle:
        handle.seek(start)
        return handle.read() if end is None else handle.read(end - start)


def _prefix_digest(log: Path, size: int) -> Any:
    """A running sha1 of the log's first `size` bytes (None when it is shorter)."""
    digest = hashlib.sha1(usedforsecurity=False)
    left = size
    with log.open("rb") as handle:
        while left:
            chunk = handle.read(min(left, 1 << 20))
            if not chunk:
                return None
            digest.update(chunk)
            left -= len(chunk)
    return digest


def _unchanged(saved: _Saved, log: Path, now: os.stat_result) -> bool:
    if saved.racy or sys.platform == "win32" or _identity(now) != saved.identity:
        return False
    size = saved.state.size
    return _hash(_read(log, max(0, size - LAST_BYTES), size)) == saved.last


def scan(lp: LoadedPlan, log: Path, day: dt.date | None, *, only_saved: bool = False) -> Ledger | None:
    """The ledger of one plan's log as of `day`, as a full read gives it: from the saved
    state where the log is unchanged, folding only its tail where it grew, else read in
    full (and saved, when it has no problems). With `only_saved`, None instead of a full read."""
    if not active() or day is None:
        return None if only_saved else _scan((lp.plan, log, day, None, False, False))
    try:
        saved = _find(lp, log, day)
        clock, before = time.time_ns(), log.stat()
        if saved is not None and _unchanged(saved, log, before):
            return saved.state.ledger(log, day)
        digest = _prefix_digest(log, saved.state.size) if saved is not None else None
        tail = _read(log, saved.state.size, None) if saved is not None and digest is not None else b""
    except (OSError, RuntimeError):  # RuntimeError: a link loop, or no home folder for the cache
        return None if only_saved else _scan((lp.plan, log, day, None, False, False))
    resumed = saved is not None and digest is not None and digest.hexdigest() == saved.digest
    if only_saved and not resumed:
        return None
    ledger = Ledger(day, files=1)
    walk = _Scan(ledger, lp.plan, log, None, False)
    looked = 0
    if resumed:
        assert saved is not None
        looked = saved.state.size + len(tail)
        saved.state.ids = _known(saved.ids, tail)
        seed(walk, saved.state)
    walk.reader.digest = digest if resumed else hashlib.sha1(usedforsecurity=False)
    walk.run()
    # problems are reported as a full read reports them, lines and all; and a tail that grew
    # while it was read may mention ids that were not looked up
    if resumed and (ledger.problems or walk.reader.end != looked):
        return None if only_saved else _scan((lp.plan, log, day, None, False, False))
    try:
        after = log.stat()
        if not ledger.problems and not walk.reader.torn and _identity(after) == _identity(before):
            state = capture(walk, day)
            racy = clock - before.st_ctime_ns < RACY_NS or before.st_mtime_ns > clock
            last = _hash(_read(log, max(0, state.size - LAST_BYTES), state.size))
            ids = b"\n" + _id_text(state.ids)
            if resumed:
                assert saved is not None
                ids = saved.ids + _id_text({i: n for i, n in state.ids.items() if n >= saved.state.next_line})
            keep = _Saved(state, _identity(before), walk.reader.digest.hexdigest(), last, racy, ids)
            save(_slots(lp.doc.text, log, day)[0 if state.later == 0 else 1], keep)
    except (OSError, RuntimeError):
        pass
    return ledger


def pending(paths: Sequence[Path], records_dir: Path, day: dt.date | None, size: int) -> int:
    """The bytes still to read when plans and logs with saved work are not counted: what
    decides whether worker processes are worth starting."""
    if not active() or day is None:
        return size
    left = 0
    for path in paths:
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return size
        if not plan_saved(text):
            left += len(text)
        found = _PLAN_ID.search(text)  # an estimate: a wrong one only misjudges the workers
        log = records_dir / f"{found.group(1) if found else path.stem}.yaml"
        try:
            saved = log.is_file() and any(exists(entry) for entry in _slots(text, log, day))
        except (OSError, RuntimeError):  # a cache that cannot be looked at: the log is work
            saved = False
        if log.is_file() and not saved:
            left += log.stat().st_size
    return left


_PLAN_ID = re.compile(r"^id:[ \t]*['\"]?([a-z0-9-]+)", re.MULTILINE)


def read_plans_and_logs(
    paths: list[Path], records_dir: Path, day: dt.date | None
) -> tuple[list[LoadedPlan], list[Problem], Ledger]:
    """Read every plan and its record log, each plan with its log in one task, so that a
    large workspace is read on all cores."""
    size = sum(p.stat().st_size for p in paths)
    if records_dir.is_dir():
        size += sum(p.stat().st_size for p in records_dir.glob("*.yaml"))
    size = pending(paths, records_dir, day, size)  # what saved states cover is not work for the workers
    plans: list[LoadedPlan] = []
    problems: list[Problem] = []
    ledger = Ledger(day)
    for loaded, found, part in pmap(_plan_and_log, [(p, records_dir, day) for p in paths], size):
        problems += found
        if loaded:
            plans.append(loaded)
        if part:
            ledger.merge(part)
    ledger.problems += stray_logs(records_dir, plans)
    return plans, problems, ledger


def _plan_and_log(job: tuple[Path, Path, dt.date | None]) -> tuple[LoadedPlan | None, list[Problem], Ledger | None]:
    path, records_dir, day = job
    loaded, problems = read_plan(path)
    if loaded is None:
        return None, problems, None
    log = log_path(records_dir, loaded.plan.id)
    return loaded, problems, scan(loaded, log, day) if log.exists() else None
