"""Each record log reduced and saved between runs, so that `status` reads only what was
appended since.

A record log's reduced state (reduced.py) is kept under the log's path, the hash of its
plan's text and targetctl's code: one state per log, for the as-of day it was last read
for (a state for today holds for every later day too; asking about another day reads
the log and replaces it). It records how many bytes it covers, a hash of exactly those
bytes as they were parsed, the hash of its last 4 KiB and the file's identity (device,
inode, size, modification and change times). It is plain data (JSON, checked on load
by `io/cachefs.py`).

- Identity unchanged: the file was not written since, because any write moves the
  change time, which no program can set back (only the clock can). The state answers
  without reading the log. This is trusted only when the log's times were safely older
  than the moment the state was saved, by the file system's own clock (the time the
  entry was written) and its timestamp granularity, so that a later write cannot share
  its timestamp (git's racy-index rule); and not on Windows, whose st_ctime is the
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
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

import targetctl.workspace.checks as checks
from targetctl.domain.ledger import Ledger
from targetctl.domain.problems import Problem
from targetctl.io.cache import racy, stamped
from targetctl.io.parallel import pmap
from targetctl.io.plans import LoadedPlan, read_plan
from targetctl.io.recordlog import log_path
from targetctl.io.statecache import active, key, load, plan_saved, present, save, setting
from targetctl.io.statecache import digest as _hash
from targetctl.workspace.logs import _Scan, _scan, folder_strays
from targetctl.workspace.reduced import Reduced, Stored, capture, seed

LAST_BYTES = 4096


def _identity(st: os.stat_result) -> tuple[int, int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _entry(text: str, log: Path) -> str:
    return key("log", log.resolve(), _hash(text.encode()))


def _ids_entry(text: str, log: Path) -> str:
    """Where a state's record ids are kept, apart: a status that finds its log unchanged
    does not load (nor check the checksum of) a million of them."""
    return key("ids", log.resolve(), _hash(text.encode()))


class _Data(BaseModel):
    """A saved state as plain data."""

    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)

    identity: tuple[int, int, int, int, int]
    digest: str
    last: str
    state: Stored


class _Saved:
    """A reduced state with what tells whether the log still starts with what it covers.
    Its record ids are kept apart as text, `\nid line\n` each, in an entry of their own
    (`_ids_entry`, loaded only to fold a tail): folding a tail looks up only the ids that tail
    mentions, instead of loading a million of them. `written`: when the state was saved, by the
    file system's clock."""

    def __init__(
        self,
        state: Reduced,
        identity: tuple[int, int, int, int, int],
        digest: str,
        last: str,
        ids: bytes,
        written: int = 0,
    ) -> None:
        state.ids = {}
        self.state, self.identity, self.digest, self.last, self.ids, self.written = (
            state,
            identity,
            digest,
            last,
            ids,
            written,
        )

    def data(self) -> bytes:
        stored = Stored.of(self.state)
        data = _Data.model_construct(identity=self.identity, digest=self.digest, last=self.last, state=stored)
        return data.model_dump_json().encode()

    @staticmethod
    def of(body: bytes, written: int) -> _Saved | None:
        try:
            data = _Data.model_validate_json(body)
            return _Saved(data.state.state(), data.identity, data.digest, data.last, b"", written)
        except (ValidationError, ValueError, KeyError):
            return None


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


def _find(lp: LoadedPlan, log: Path, day: dt.date) -> _Saved | None:
    found = load("states", _entry(lp.doc.text, log))
    saved = _Saved.of(*found) if found is not None else None
    return saved if saved is not None and saved.state.holds_for(day) else None


def _ids(lp: LoadedPlan, log: Path, digest: str) -> bytes:
    """The record ids of the state whose prefix digest is `digest`; empty when they are not
    kept, or kept for another state (a run killed between saving the two)."""
    found = load("states", _ids_entry(lp.doc.text, log))
    head, _, ids = found[0].partition(b"\n") if found is not None else (b"", b"", b"")
    return ids if head == digest.encode("ascii") and ids.startswith(b"\n") else b""


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
    if sys.platform == "win32" or _identity(now) != saved.identity:
        return False
    # a log the writer stamped after its append is not racy: any later write moves its mtime
    if racy([(now.st_mtime_ns, now.st_ctime_ns)], saved.written) and not stamped(log, now):
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
        before = log.stat()
        if saved is not None and _unchanged(saved, log, before):
            return saved.state.ledger(log, day)
        digest = _prefix_digest(log, saved.state.size) if saved is not None else None
        tail = _read(log, saved.state.size, None) if saved is not None and digest is not None else b""
    except (OSError, RuntimeError):  # RuntimeError: a link loop, or no home folder for the cache
        return None if only_saved else _scan((lp.plan, log, day, None, False, False))
    resumed = saved is not None and digest is not None and digest.hexdigest() == saved.digest
    if resumed:
        assert saved is not None
        saved.ids = _ids(lp, log, saved.digest)
        resumed = bool(saved.ids)
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
            last = _hash(_read(log, max(0, state.size - LAST_BYTES), state.size))
            ids = b"\n" + _id_text(state.ids)
            if resumed:
                assert saved is not None
                ids = saved.ids + _id_text({i: n for i, n in state.ids.items() if n >= saved.state.next_line})
            keep = _Saved(state, _identity(before), walk.reader.digest.hexdigest(), last, ids)
            save("states", _ids_entry(lp.doc.text, log), keep.digest.encode("ascii") + b"\n" + ids)
            save("states", _entry(lp.doc.text, log), keep.data())
    except (OSError, RuntimeError):
        pass
    return ledger


def pending(paths: Sequence[Path], day: dt.date | None, size: int) -> int:
    """The bytes still to read when plans and logs with saved work are not counted: what
    decides whether worker processes are worth starting. Each plan's log is in the records
    folder beside it."""
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
        log = path.parent / "records" / f"{found.group(1) if found else path.stem}.yaml"
        try:
            saved = log.is_file() and present("states", _entry(text, log))
        except (OSError, RuntimeError):  # a cache that cannot be looked at: the log is work
            saved = False
        if log.is_file() and not saved:
            left += log.stat().st_size
    return left


_PLAN_ID = re.compile(r"^id:[ \t]*['\"]?([a-z0-9-]+)", re.MULTILINE)


def read_plans_and_logs(
    paths: list[Path], folders: Sequence[Path], day: dt.date | None
) -> tuple[list[LoadedPlan], list[Problem], Ledger, list[Problem]]:
    """Read every plan of the plans `folders` and its record log (in the records folder
    beside the plan), each plan with its log in one task, so that a large workspace is read
    on all cores. Saved states are per log and per plan text: a change in one folder leaves
    the others' saved work as it is. Last, each plan's own checks (`checks.own_checks`), made
    in the same task: 1,000 plans took about a second after the workers were done."""
    size = sum(p.stat().st_size for p in paths if p.exists())  # a dangling link: read_plan reports it
    for records_dir in {p.parent / "records" for p in paths}:
        if records_dir.is_dir():
            size += sum(p.stat().st_size for p in records_dir.glob("*.yaml"))
    size = pending(paths, day, size)  # what saved states cover is not work for the workers
    plans: list[LoadedPlan] = []
    problems: list[Problem] = []
    checked: list[Problem] = []
    ledger = Ledger(day)
    jobs = [(p, p.parent / "records", day, active()) for p in paths]  # a worker is told whether the cache is on
    for loaded, found, part, own in pmap(_plan_and_log, jobs, size):
        problems += found
        checked += own
        if loaded:
            plans.append(loaded)
        if part:
            ledger.merge(part)
    ledger.problems += folder_strays(plans, folders)
    return plans, problems, ledger, checked


def _plan_and_log(
    job: tuple[Path, Path, dt.date | None, bool],
) -> tuple[LoadedPlan | None, list[Problem], Ledger | None, list[Problem]]:
    path, records_dir, day, cached = job
    setting(cached)
    loaded, problems = read_plan(path)
    if loaded is None:
        return None, problems, None, []
    log = log_path(records_dir, loaded.plan.id)
    return loaded, problems, scan(loaded, log, day) if log.exists() else None, checks.own_checks(loaded)
