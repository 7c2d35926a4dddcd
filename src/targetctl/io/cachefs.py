"""Where the caches keep their entries, and the only way they read and write them.

The caches (`io/cache.py`, `io/statecache.py`, `workspace/incremental.py`) never touch a
file but through here, so that these rules hold for every entry:

- Trust. Entries live in a folder the cache made itself, `targetctl-cache/` inside the
  cache folder (TARGETCTL_CACHE_DIR moves the latter), marked with a CACHEDIR.TAG. That
  folder and every folder above it, up to the user's home or a root-owned sticky folder
  such as /tmp, must be owned by the user (or by root, above it) and writable by nobody
  else, as ssh asks of the folders holding its keys. Otherwise the cache is not used at
  all: nothing is read, nothing is written, as with --no-cache. (Windows has no such
  owners and modes: the checks are skipped there.)
- Reading. An entry is opened without following a symbolic link, and used only when it
  is a regular file of this user's, not writable by others, and its first line is the
  SHA-256 of its name and body: a planted, swapped, emptied or cut entry is a miss.
  Bodies are plain data (JSON) that cannot run code.
- Writing. A new entry is written to a temporary file made with O_CREAT|O_EXCL
  (as `tempfile.mkstemp` makes it: `_new_file`) in the same folder and renamed over the entry, which replaces
  a link rather than following it.
- Pruning deletes only names the caches make, inside that marked folder.

Every failure is a miss, never an error.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

CACHE_ENV = "TARGETCTL_CACHE_DIR"
FOLDER = "targetctl-cache"
TAG = b"Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by targetctl.\n"
KINDS = ("output", "plans", "states", "parts")
KEEP_DAYS = 30
MAX_OUTPUTS = 64
_HEADER = b"targetctl-cache-1 "
# The only names pruning may delete: what the caches name entries, and mkstemp's files.
_ENTRY = re.compile(r"[0-9a-f]{40,64}")
_TEMP = re.compile(r"\.tmp-[a-z0-9_]{1,16}\.part")
_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_NEW = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_NEW |= getattr(os, "O_BINARY", 0)

_ROOTS: dict[str, Path | None] = {}
_PRUNED: set[str] = set()


def forget() -> None:
    """Look at the cache folder again (each command decides afresh; tests change it)."""
    _ROOTS.clear()
    _PRUNED.clear()


def cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "targetctl" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "targetctl"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "targetctl"


def trusted(folder: Path, *, own: bool = True) -> bool:
    """Whether `folder` (a real path, no links) and the folders above it can be written
    only by this user: each is a folder (not a link) owned by the user, or by root above
    the first (or the first too, unless `own`), with no group or other write; a
    root-owned sticky folder or the user's home ends the walk."""
    if sys.platform == "win32" or not hasattr(os, "getuid"):
        return True
    uid = os.getuid()
    home = os.path.realpath(Path("~").expanduser())
    path, first = folder, own
    while True:
        st = os.lstat(path)
        if not stat.S_ISDIR(st.st_mode):
            return False
        if not first and st.st_uid == 0 and st.st_mode & stat.S_ISVTX:
            return True
        if st.st_uid != uid and (first or st.st_uid != 0):
            return False
        if st.st_mode & 0o022:
            return False
        if str(path) == home or path.parent == path:
            return True
        path, first = path.parent, False


def root() -> Path | None:
    """The cache's own folder, made and marked on first use; None when it cannot be
    trusted or made (the cache is then not used)."""
    try:
        base = cache_dir()
    except (OSError, RuntimeError):  # RuntimeError: no home folder
        return None
    if str(base) not in _ROOTS:
        try:
            _ROOTS[str(base)] = _open_root(Path(os.path.realpath(base)))
        except (OSError, ValueError, RuntimeError):  # RuntimeError: no home folder
            _ROOTS[str(base)] = None
    return _ROOTS[str(base)]


def _open_root(base: Path) -> Path | None:
    missing = []
    for path in (base, *base.parents):
        if os.path.lexists(path):
            if not trusted(path, own=False):  # make nothing where others can write
                return None
            break
        missing.append(path)
    for path in reversed(missing):  # each made 0700, whatever the umask would give parents
        path.mkdir(0o700)
    folder = base / FOLDER
    if not os.path.lexists(folder):
        _make(folder)
    if not trusted(folder):
        return None
    if _read_plain(folder / "CACHEDIR.TAG") != TAG:  # a folder of that name the cache did not make
        return None
    return folder


def _make(folder: Path) -> None:
    """Make the cache's folder whole, tag and all, or not at all: made under another
    name and renamed into place, so that a run killed half-way leaves no untagged
    folder behind to refuse ever after."""
    fresh = Path(_new_folder(folder.parent))
    try:
        fd = os.open(fresh / "CACHEDIR.TAG", os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(TAG)
        # a cache folder set inside a repository (TARGETCTL_CACHE_DIR) is never committed
        (fresh / ".gitignore").write_bytes(b"*\n")
        if not os.path.lexists(folder):  # renaming over an empty folder would succeed
            fresh.rename(folder)
    finally:
        if fresh.exists():
            (fresh / "CACHEDIR.TAG").unlink(missing_ok=True)
            (fresh / ".gitignore").unlink(missing_ok=True)
            fresh.rmdir()


def _read_plain(path: Path) -> bytes | None:
    """The bytes of a regular file of this user's, opened without following a link."""
    try:
        fd = os.open(path, _FLAGS)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        st = os.fstat(handle.fileno())
        if not stat.S_ISREG(st.st_mode) or (hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022)):
            return None
        return handle.read()


def _is_folder(path: Path) -> bool:
    """A folder itself, not a link to one (entries are opened by name inside it)."""
    return stat.S_ISDIR(os.lstat(path).st_mode)


def _check(name: str, body: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + body).hexdigest().encode("ascii")


def read(kind: str, name: str) -> tuple[bytes, int] | None:
    """The body of entry `name` and when it was written (by the file system's clock),
    when it is whole and is the entry written under that name; else None."""
    folder = root()
    if folder is None or not _ENTRY.fullmatch(name):
        return None
    try:
        if not _is_folder(folder / kind):
            return None
        fd = os.open(folder / kind / name, _FLAGS)
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            st = os.fstat(handle.fileno())
            mine = not hasattr(os, "getuid") or (st.st_uid == os.getuid() and not st.st_mode & 0o022)
            if not stat.S_ISREG(st.st_mode) or not mine:
                return None
            data = handle.read()
    except OSError:
        return None
    head, _, body = data.partition(b"\n")
    if head != _HEADER + _check(name, body):
        return None
    return body, st.st_mtime_ns


def present(kind: str, name: str) -> bool:
    """Whether an entry of that name is there (not whether it is sound)."""
    folder = root()
    try:
        return folder is not None and stat.S_ISREG(os.lstat(folder / kind / name).st_mode)
    except OSError:
        return False


def _kind(kind: str) -> Path | None:
    """The folder of one kind of entry in the cache's own, made when missing; None when
    the cache is not used or it is not a folder of its own (a link)."""
    folder = root()
    if folder is None:
        return None
    where = folder / kind
    if not os.path.lexists(where):
        where.mkdir(0o700)
    return where if _is_folder(where) else None


def _names(where: Path) -> Iterator[str]:
    """Names for a new temporary file or folder, as `tempfile` would make them (the names
    pruning deletes: `_TEMP`), without importing tempfile (and random, about 1 % of a cold
    command). As many as tempfile tries."""
    for _ in range(10_000):
        yield str(where / f".tmp-{os.urandom(5).hex()}.part")
    raise FileExistsError(f"no free temporary name in {where}")


def _new_folder(where: Path) -> str:
    """`tempfile.mkdtemp`: a new folder only this user may enter (on Windows, tempfile's)."""
    if sys.platform == "win32":
        import tempfile

        return tempfile.mkdtemp(prefix=".tmp-", suffix=".part", dir=where)
    for path in _names(where):
        try:
            Path(path).mkdir(0o700)
            return path
        except FileExistsError:
            continue
    raise AssertionError  # unreachable: `_names` raises when it runs out


def _new_file(where: Path) -> tuple[int, str]:
    """`tempfile.mkstemp`: a new file only this user may read, made with O_CREAT|O_EXCL and no
    link followed (on Windows, tempfile's)."""
    if sys.platform == "win32":
        import tempfile

        return tempfile.mkstemp(prefix=".tmp-", suffix=".part", dir=where)
    for path in _names(where):
        try:
            return os.open(path, _NEW, 0o600), path
        except FileExistsError:
            continue
    raise AssertionError  # unreachable: `_names` raises when it runs out


def clock(kind: str = "output") -> int | None:
    """The time now by the clock of the file system holding the cache (which need not be
    the system's): the modification time of a file just written."""
    try:
        where = _kind(kind)
        if where is None:
            return None
        fd, tmp = _new_file(where)
        try:
            os.write(fd, b"0")
            return os.fstat(fd).st_mtime_ns
        finally:
            os.close(fd)
            Path(tmp).unlink()
    except OSError:
        return None


def write(kind: str, name: str, body: bytes) -> int | None:
    """Save entry `name`; the time it was written by the file system's clock, or None when
    it was not."""
    if not _ENTRY.fullmatch(name):
        return None
    try:
        where = _kind(kind)
        if where is None:
            return None
        fd, tmp = _new_file(where)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(_HEADER + _check(name, body) + b"\n" + body)
                handle.flush()
                written = os.fstat(handle.fileno()).st_mtime_ns
            Path(tmp).replace(where / name)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        prune(written)
    except OSError:
        return None
    return written


def prune(now_ns: int) -> None:
    """Once a run: drop entries unused for KEEP_DAYS (old days, old plan texts), outputs
    beyond the newest MAX_OUTPUTS, and temporary files left by a killed run. `now_ns`: the
    time now by the file system's clock (an entry just written), which dates the entries."""
    folder = root()
    if folder is None or str(folder) in _PRUNED:
        return
    _PRUNED.add(str(folder))
    for kind in KINDS:
        _prune(folder / kind, kind == "output", now_ns / 1e9)


def _prune(folder: Path, outputs: bool, now: float) -> None:
    entries = []
    try:
        with os.scandir(folder) as found:
            for entry in found:
                ours = _ENTRY.fullmatch(entry.name) or _TEMP.fullmatch(entry.name)
                if ours and entry.is_file(follow_symlinks=False):
                    entries.append((entry.stat(follow_symlinks=False).st_mtime, entry.name))
    except OSError:
        return
    entries.sort()
    old = [name for when, name in entries if when < now - KEEP_DAYS * 86400 or (name[0] == "." and when < now - 3600)]
    if outputs:
        old += [name for _, name in entries if name[0] != "."][:-MAX_OUTPUTS]
    for name in set(old):
        try:
            (folder / name).unlink()
        except OSError:
            continue
