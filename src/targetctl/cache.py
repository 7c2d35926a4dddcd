"""A cache of `status` output, so that asking again with nothing changed is instant.

The key covers everything the output depends on: the command line, the working
directory, the environment variables that change output, the date (for the
default as-of day), the terminal, the size, modification time and inode of every
file in the plans folder, and of targetctl's own source files. Any change to any
of them is a miss, so a hit is never stale. Entries are plain files, safe to
delete at any time; `--no-cache` bypasses it, TARGETCTL_CACHE_DIR moves it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
from pathlib import Path

CACHE_ENV = "TARGETCTL_CACHE_DIR"
ARGV_KEY: str | None = None  # set by the entry point: the key of the command line as typed
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


def _stats(root: Path) -> list[tuple[str, int, int, int]]:
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            st = (Path(dirpath) / name).stat()
            out.append((os.path.relpath(Path(dirpath) / name, root), st.st_size, st.st_mtime_ns, st.st_ino))
    return out


def key(args: list[str], plans: Path, extra: dict[str, object]) -> str:
    """A digest of everything the output depends on."""
    material = {
        "args": args,
        "cwd": str(Path.cwd()),
        "plans": str(plans.resolve()),
        "env": {k: os.environ.get(k) for k in _ENV_KEYS},
        "today": dt.date.today().isoformat(),
        "files": _stats(plans),
        "code": _stats(Path(__file__).parent),
        **extra,
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True, default=str).encode()).hexdigest()


def lookup(digest: str) -> str | None:
    try:
        return (cache_dir() / f"{digest}.out").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def store(digest: str, text: str) -> None:
    """Save an entry (atomically); a cache that cannot be written is simply not used."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{digest}.{os.getpid()}.tmp"
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(folder / f"{digest}.out")
        entries = sorted(folder.glob("*.out"), key=lambda p: p.stat().st_mtime)
        for old in entries[:-MAX_ENTRIES]:
            old.unlink(missing_ok=True)
    except OSError:
        return
