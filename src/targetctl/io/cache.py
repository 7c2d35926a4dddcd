"""A cache of `status` output, so that asking again with nothing changed is instant.

The key covers everything the output depends on: the command line, the working
directory, the environment variables that change output, the interface language
(from the locale too), the date (for the default as-of day), the terminal, the
size, modification and change time and inode of every file in the plans folder
(dot-named ones and those behind symbolic links too), and of targetctl's own
source files. Any change to any of them is a miss, so a hit is never stale; a
change time moves even when an edit puts the modification time back. Anything
that cannot be read is a miss, never an error. Entries are plain files, safe to
delete at any time; `--no-cache` bypasses it, TARGETCTL_CACHE_DIR moves it.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import sys
from pathlib import Path

CACHE_ENV = "TARGETCTL_CACHE_DIR"
_ENV_KEYS = ("TARGETCTL_PLANS", "TARGETCTL_LANG", "NO_COLOR", "COLUMNS", "LINES", "TERM")
MAX_ENTRIES = 64


def cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "targetctl" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "targetctl"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "targetctl"


def _stats(root: Path) -> list[tuple[str, int, int, int, int]]:
    """Every file below `root`, following links to folders (a linked records/ is watched too)."""
    out = []
    seen: set[tuple[int, int]] = set()

    def fail(exc: OSError) -> None:
        raise exc

    for dirpath, dirnames, filenames in os.walk(root, onerror=fail, followlinks=True):
        here = Path(dirpath).stat()
        if (here.st_dev, here.st_ino) in seen:  # a link loop
            dirnames[:] = []
            continue
        seen.add((here.st_dev, here.st_ino))
        dirnames[:] = sorted(d for d in dirnames if d != ".git")
        for name in sorted(filenames):
            path = Path(dirpath) / name
            st = path.stat()
            out.append((os.path.relpath(path, root), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
    return out


@functools.cache
def code_stats() -> tuple[tuple[str, int, int, int, int], ...]:
    """The stats of targetctl's own files, walked once a run: both caches key on them."""
    return tuple(_stats(Path(__file__).parent.parent))


def key(args: list[str], plans: Path, extra: dict[str, object]) -> str | None:
    """A digest of everything the output depends on (`extra`: the language, the terminal);
    None when some of it cannot be read."""
    try:
        material = {
            "args": args,
            "cwd": str(Path.cwd()),
            "plans": str(plans.resolve()),
            "env": {k: os.environ.get(k) for k in _ENV_KEYS},
            "today": dt.date.today().isoformat(),
            "files": _stats(plans),
            "code": code_stats(),
            **extra,
        }
    except (OSError, RuntimeError):
        return None
    return hashlib.sha256(json.dumps(material, sort_keys=True, default=str).encode()).hexdigest()


def lookup(digest: str | None) -> str | None:
    """The saved output, when its entry is whole and this user's own: an entry cut short,
    emptied, or written by someone else is a miss."""
    if digest is None:
        return None
    try:
        with (cache_dir() / f"{digest}.out").open("rb") as handle:
            st = os.fstat(handle.fileno())
            if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
                return None
            data = handle.read()
    except (OSError, RuntimeError):  # RuntimeError: no home folder
        return None
    check, _, body = data.partition(b"\n")
    if check.decode("ascii", "replace") != hashlib.sha256(body).hexdigest():
        return None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def store(digest: str, text: str) -> None:
    """Save an entry (atomically, readable by this user only, with a checksum of its text);
    a cache that cannot be written is simply not used."""
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        body = text.encode("utf-8")
        tmp = folder / f".{digest}.{os.getpid()}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(hashlib.sha256(body).hexdigest().encode("ascii") + b"\n" + body)
        tmp.replace(folder / f"{digest}.out")
        entries = sorted(folder.glob("*.out"), key=lambda p: p.stat().st_mtime)
        for old in entries[:-MAX_ENTRIES]:
            old.unlink(missing_ok=True)
    except (OSError, RuntimeError):
        return
