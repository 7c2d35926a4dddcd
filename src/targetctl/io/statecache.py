"""Saved work kept between runs, in the user's cache folder: the storage under the plan
cache (here) and the record logs' reduced states (`workspace/incremental.py`).

Everything lives under `cache.cache_dir()` (which TARGETCTL_CACHE_DIR moves), never
beside the plans; it is safe to delete at any time, and `--no-cache` neither reads nor
writes it. Every failure to read or write it is a miss, never an error. Entries are
keyed on a digest of targetctl's own files too, so another version never reads them.

A plan is kept under the hash of its text: an unchanged plan is not parsed, validated
or searched for its quotes again (those checks are keyed on the source text as well).
Only plans without problems are kept, so a hit has none either.

Pickle is used because it is the fastest way back to pydantic models; the files are
created 0600 in a 0700 folder, read only when owned by this user and not writable by
others, and any error while reading one is a miss.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from targetctl.domain.model import Plan
from targetctl.domain.problems import Problem
from targetctl.io.cache import cache_dir, code_stats

P = TypeVar("P")

_OFF = "_TARGETCTL_NO_STATE"  # in the environment, so that spawned workers see it too


KEEP_DAYS = 30


_CODE: list[str] = []


_PRUNED: list[bool] = []


def use(on: bool) -> None:
    """Turn the saved state on or off for this command (`--no-cache` turns it off)."""
    if on:
        os.environ.pop(_OFF, None)
    else:
        os.environ[_OFF] = "1"


def active() -> bool:
    return _OFF not in os.environ


def code() -> str:
    """A digest of targetctl's own files (their size, times and inode), as the output cache keys on."""
    if not _CODE:
        _CODE.append(digest(repr(code_stats()).encode()))
    return _CODE[0]


def digest(data: bytes) -> str:
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


def key(*parts: object) -> str:
    return digest("\0".join(map(str, (code(), *parts))).encode())


# Names unlikely to meet a user's own folder, should the cache folder be set to a project.
FOLDERS = {"plans": "saved-plans", "state": "saved-log-states"}
# The only names pruning may delete: what `key` makes, and `save`'s temporary files.
_OURS = re.compile(r"\.?[0-9a-f]{40}(\.[0-9]+\.tmp)?")


def folder(kind: str) -> Path:
    return cache_dir() / FOLDERS[kind]


def exists(path: Path) -> bool:
    """Whether a cache entry exists; a cache that cannot be looked at has none."""
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def load(path: Path) -> Any:
    """The object saved at `path`, or None (missing, someone else's, unreadable, stale format)."""
    try:
        with path.open("rb") as handle:
            st = os.fstat(handle.fileno())
            if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
                return None
            return pickle.load(handle)
    except Exception:  # any failure to read saved state is a miss
        return None


def save(path: Path, obj: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(obj, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        _prune(path.parent)
    except Exception:  # a cache that cannot be written is simply not used
        return


def _prune(folder: Path) -> None:
    """Once a run, drop entries not written for KEEP_DAYS (old days, old plan texts)."""
    if _PRUNED:
        return
    _PRUNED.append(True)
    old = time.time() - KEEP_DAYS * 86400
    for entry in os.scandir(folder):
        if _OURS.fullmatch(entry.name) and entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < old:
            Path(entry.path).unlink(missing_ok=True)


def plan(
    text: str,
    parse: Callable[[], tuple[P | None, list[Problem]]],
    model: Callable[[P], Plan],
    rebuild: Callable[[Plan], P],
) -> tuple[P | None, list[Problem]]:
    """`parse()`'s answer for a plan file whose text is `text`, from the cache when this
    text was parsed before without problems: only the validated `Plan` is kept (`model`
    takes it from what `parse` gives, `rebuild` puts it back)."""
    if not active():
        return parse()
    try:
        entry = folder("plans") / key("plan", digest(text.encode()))
    except RuntimeError:  # no home folder to find the cache in
        return parse()
    kept = load(entry)
    if isinstance(kept, Plan):
        return rebuild(kept), []
    loaded, problems = parse()
    if loaded is not None and not problems:
        save(entry, model(loaded))
    return loaded, problems


def plan_saved(text: str) -> bool:
    """Whether the plan with this text is in the cache (so reading it is no work)."""
    try:
        return exists(folder("plans") / key("plan", digest(text.encode())))
    except RuntimeError:  # no home folder to find the cache in
        return False


def remembered(*parts: object) -> bool:
    """Whether `remember(*parts)` was called before (with this code of targetctl)."""
    try:
        return active() and exists(folder("plans") / key(*parts))
    except RuntimeError:  # no home folder to find the cache in
        return False


def remember(*parts: object) -> None:
    if active():
        try:
            save(folder("plans") / key(*parts), True)
        except RuntimeError:  # no home folder to find the cache in
            return
