"""Appends to several record logs that stay all or nothing even when the process is killed.

Before the first append, an intent file in the records folder lists each log, its length
before the append and the exact bytes to be appended; it goes once every append is on disk.
An intent still there later is an import that was killed midway: the next command that
writes or reads the logs undoes it, under the same locks, cutting each log back to its
recorded length only where what follows that length is the intent's own bytes.

An import into the logs of several plans folders (a workspace of several) writes an intent
in each records folder, every one naming the same commit mark in the first of them. The
mark is written once every append of every folder is on disk: that is the moment the
import took place. An intent found later is undone unless its mark is there, so each
folder, read alone or with the others, comes to the same answer: all or nothing.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager, suppress
from pathlib import Path

from targetctl.domain.messages import Msg
from targetctl.io.files import Appender, check_inside, write_atomic
from targetctl.io.paths import error_at

INTENT = ".import-intent.json"
INTENT_LOCK = ".import-intent.lock"
COMMIT = ".import-commit-"  # + 16 hex digits: the mark of an import across plans folders
_COMMIT_NAME = re.compile(re.escape(COMMIT) + "[0-9a-f]{16}")
TEMPORARY = ".*.tmp"  # the records folder's .gitignore line for files written then renamed (io/files)
MAX_INTENT_BYTES = 512 * 1024 * 1024
LOCK_TIMEOUT_S = 60.0
# a log's writers' lock, without recovering first (recordlog.locked; passed in, as recordlog
# itself calls `recover`)
Lock = Callable[[Path], AbstractContextManager[None]]


@contextmanager
def held(lock_path: Path, busy: Msg, what: Msg, busy_at: Path | None = None) -> Iterator[None]:
    """A file lock held for the block: the one way the logs' writers and an import lock. Past
    LOCK_TIMEOUT_S it is `busy` (located at `busy_at`); a lock that cannot be taken names `what`."""
    from filelock import FileLock, Timeout  # only writers (and a reader that finds an intent) pay for it

    lock = FileLock(str(lock_path), timeout=LOCK_TIMEOUT_S)
    try:
        lock.acquire()
    except Timeout:
        raise error_at(busy_at or lock_path, Msg("file.busy", busy=busy, seconds=LOCK_TIMEOUT_S), line=0) from None
    except OSError as exc:
        hint = Msg("file.check_writable")
        raise error_at(lock_path, Msg("file.cannot_take", what=what, reason=exc.strerror), line=0, hint=hint) from None
    try:
        yield
    finally:
        lock.release()


def _intent_lock(records_dir: Path) -> AbstractContextManager[None]:
    """The lock an import holds from writing its intent to removing it; whoever would undo an
    intent takes it first, so that a live import is waited for, never undone."""
    lock_path = records_dir / INTENT_LOCK
    check_inside(lock_path, records_dir.parent)
    return held(lock_path, Msg("file.import_held"), Msg("file.import_lock"), records_dir)


Batch = tuple[Path, bytes, bytes]  # a log, the prefix it takes when empty (its header), the data


def append_journaled(records_dir: Path, batches: list[Batch], lock: Lock) -> None:
    """Append `data` to each log (given as (path, prefix when empty, data)): all or nothing,
    also across a kill. The first-record prefix (the log's header) is used only for a new log."""
    append_journaled_across({records_dir: batches}, lock)


def append_journaled_across(by_folder: dict[Path, list[Batch]], lock: Lock) -> None:
    """`append_journaled` over the logs of several records folders at once (one per plans
    folder): all or nothing across all of them, also across a kill."""
    folders = sorted(by_folder)  # one order: no deadlock
    for records_dir in folders:
        try:
            records_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise error_at(records_dir, Msg("file.records_folder", reason=exc.strerror), line=0) from None
    mark = folders[0] / f"{COMMIT}{secrets.token_hex(8)}" if len(folders) > 1 else None
    with ExitStack() as stack:
        for records_dir in folders:
            stack.enter_context(_intent_lock(records_dir))
            _undo(records_dir, lock)  # one killed before this one
            _sweep(records_dir)
        for path, _, _ in sorted((b for f in folders for b in by_folder[f]), key=lambda b: str(b[0])):
            stack.enter_context(lock(path))
        payloads: list[tuple[Path, bytes]] = []
        intents = [_intent(records_dir, by_folder[records_dir], mark, payloads) for records_dir in folders]
        if mark is not None:
            check_inside(mark, folders[0].parent)
        appender = Appender()
        try:
            for path, payload in payloads:
                appender.append(path, payload, lambda _fd, _size: b"")
            if mark is not None:  # the import took place: from here on, every intent is kept
                write_atomic(mark, b"")
                _sync_folder(mark.parent)
            for intent in intents:
                intent.unlink()
        except BaseException as exc:
            appender.rollback()  # an intent left behind now matches nothing: the next command just removes it
            with suppress(OSError):
                if mark is not None:
                    mark.unlink(missing_ok=True)
                for intent in intents:
                    intent.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise error_at(intents[0], Msg("file.cannot_finish_import", reason=exc.strerror), line=0) from None
            raise
        for records_dir in folders:
            _sync_folder(records_dir)
        if mark is not None:  # a mark left by a kill here is only a name no intent refers to any more
            with suppress(OSError):
                mark.unlink()


def _sweep(records_dir: Path) -> None:
    """Remove the temporary files of an intent or a mark that a kill left before their rename:
    they are only ever written under the intent lock, which the caller holds."""
    for pattern in (f".{INTENT}.*.tmp", f".{COMMIT}*.tmp"):
        for path in records_dir.glob(pattern):
            with suppress(OSError):
                path.unlink()


def _intent(records_dir: Path, batches: list[Batch], mark: Path | None, payloads: list[tuple[Path, bytes]]) -> Path:
    """Write the intent of one records folder (adding its logs' payloads to `payloads`)."""
    entries = []
    for path, first, data in batches:
        try:
            size, created = (path.stat().st_size, False) if path.exists() else (0, True)
            payload = _prefix(path, size, first) + data
        except OSError as exc:
            raise error_at(path, Msg("file.cannot_read_log", reason=exc.strerror), line=0) from None
        entries.append({"log": path.name, "size": size, "created": created, "append": payload.decode("utf-8")})
        payloads.append((path, payload))
    _ignored(records_dir, COMMIT + "*" if mark is not None and mark.parent == records_dir else None)
    intent = records_dir / INTENT
    doc: dict[str, object] = {"format": "targetctl.intent/1", "logs": entries}
    if mark is not None:
        doc["commit"] = str(mark.resolve())
    write_atomic(intent, json.dumps(doc).encode("utf-8"))
    _sync_folder(records_dir)
    return intent


def _ignored(records_dir: Path, mark: str | None = None) -> None:
    """An intent is about this folder's logs as they are here: committed and undone in a clone,
    it would cut that clone's records. The records folder's .gitignore (targetctl's own) names it
    (and the commit marks of imports across plans folders, where one is written)."""
    ignore = records_dir / ".gitignore"
    try:
        text = ignore.read_bytes() if ignore.is_file() and not ignore.is_symlink() else None
        for name in (INTENT, TEMPORARY, mark):
            if text is not None and name is not None and name.encode() not in text.split():
                text += (b"" if text.endswith(b"\n") or not text else b"\n") + name.encode() + b"\n"
                write_atomic(ignore, text)
    except OSError:
        pass  # a folder that cannot take it still gets its import


def _prefix(path: Path, size: int, first: bytes) -> bytes:
    if size == 0:
        return first
    with path.open("rb") as handle:
        handle.seek(size - 1)
        return b"" if handle.read(1) == b"\n" else b"\n"  # never glue a record onto a torn last line


def recover(records_dir: Path, lock: Lock) -> None:
    """Undo an import killed midway, if there is one (the usual case costs one stat)."""
    if not os.path.lexists(records_dir / INTENT):
        return
    try:
        with _intent_lock(records_dir):
            _undo(records_dir, lock)
    except OSError as exc:
        raise error_at(
            records_dir / INTENT,
            Msg("file.cannot_undo_import", reason=exc.strerror),
            line=0,
            hint=Msg("file.writable_plans"),
        ) from None


def _undo(records_dir: Path, lock: Lock) -> None:
    """The caller holds the intent lock."""
    intent = records_dir / INTENT
    if not os.path.lexists(intent):
        return
    entries, mark = _read_intent(intent)
    with ExitStack() as stack:
        for entry in sorted(entries, key=lambda e: e[0]):
            stack.enter_context(lock(records_dir / entry[0]))
        if mark is None or not os.path.lexists(mark):  # with its mark, the import took place: kept
            for name, size, created, payload in entries:
                _cut_back(records_dir / name, size, created, payload)
        intent.unlink()
        _sync_folder(records_dir)


def _read_intent(intent: Path) -> tuple[list[tuple[str, int, bool, bytes]], Path | None]:
    """The logs an intent lists, and the commit mark it names (an import across plans folders)."""
    bad = error_at(intent, Msg("file.not_intent"), line=0, hint=Msg("file.intent_hint"))
    try:
        if intent.stat().st_size > MAX_INTENT_BYTES:
            raise bad
        doc = json.loads(intent.read_bytes())
        entries = [(e["log"], e["size"], e["created"], e["append"].encode("utf-8")) for e in doc["logs"]]
        mark = doc.get("commit")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise bad from None
    # a mark is only ever looked at, never opened: it must still be a mark's own name
    if mark is not None and not (isinstance(mark, str) and _COMMIT_NAME.fullmatch(Path(mark).name)):
        raise bad
    for name, size, created, _ in entries:
        # only a log's own name, in this folder: an intent never reaches another file
        if not (isinstance(name, str) and name.endswith(".yaml") and "/" not in name and "\\" not in name):
            raise bad
        if not (isinstance(size, int) and size >= 0 and isinstance(created, bool)):
            raise bad
    return entries, None if mark is None else Path(mark)


def _cut_back(path: Path, size: int, created: bool, payload: bytes) -> None:
    """Take the intent's bytes off the log, and nothing else."""
    if not path.is_file() or path.stat().st_size <= size:
        return
    with path.open("r+b") as handle:
        handle.seek(size)
        tail = handle.read(len(payload) + 1)
        if payload.startswith(tail):  # all of it, or the part written before the kill
            handle.truncate(size)
            handle.flush()
            os.fsync(handle.fileno())
            if created and size == 0:
                path.unlink()
            return
    if tail.startswith(payload):  # a writer appended after it (one that did not recover first)
        data = path.read_bytes()
        write_atomic(path, data[:size] + data[size + len(payload) :])


def _sync_folder(folder: Path) -> None:
    """A rename or removal is durable once its folder is synced (where the system allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
