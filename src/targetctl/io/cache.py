"""A cache of `status` output, so that asking again with nothing changed is instant.

The key covers everything the output depends on: the command line, the working
directory, the environment variables that change output, the interface language
(from the locale too), the date (for the default as-of day), the terminal, the
size, modification and change time and inode of every file in the plans folder
(dot-named ones and those behind symbolic links too), and of targetctl's own
source files, and the installed versions of the libraries that shape it. Any change to
any of them is a miss; a change time moves even when an edit puts the modification time
back. An answer is stored only when every file's times are safely older than the moment
it is stored (racy git: on a file system with whole-second times, an edit in the same
second keeps them), and only for the day its key was made for. Entries are kept and
checked by `io/cachefs.py`; `--no-cache` bypasses it, TARGETCTL_CACHE_DIR moves it.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import re
import stat
import sys
from pathlib import Path

from targetctl.io import cachefs

_ENV_KEYS = ("TARGETCTL_PLANS", "TARGETCTL_LANG", "NO_COLOR", "COLUMNS", "LINES", "TERM")


def _stats(root: Path, skip: frozenset[str] = frozenset({".git"})) -> list[tuple[str, int, int, int, int]]:
    """Every file below `root`, following links to folders (a linked records/ is watched too),
    but in the folders named in `skip`."""
    out = []
    seen: set[tuple[int, int]] = set()

    def fail(exc: OSError) -> None:
        raise exc

    # plain strings, not Path objects (a third less time): a status answered from the cache walks
    # every plans folder, twice when it keeps a composed answer
    for dirpath, dirnames, filenames in os.walk(root, onerror=fail, followlinks=True):
        here = os.stat(dirpath)  # noqa: PTH116 (see above)
        if (here.st_dev, here.st_ino) in seen:  # a link loop
            dirnames[:] = []
            continue
        seen.add((here.st_dev, here.st_ino))
        dirnames[:] = sorted(d for d in dirnames if d not in skip)
        folder = _relative(dirpath, root)
        for name in sorted(filenames):
            st = os.stat(os.path.join(dirpath, name))  # noqa: PTH116, PTH118
            rel = name if folder == "." else os.path.join(folder, name)  # noqa: PTH118
            out.append((rel, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
    return out


def _relative(dirpath: str, root: Path | str) -> str:
    """`os.path.relpath(dirpath, root)` for a folder os.walk reached from `root`, whose path it
    made by joining names to `root`'s: its tail, without relpath's two absolute paths a folder."""
    top = os.fspath(root)
    if dirpath == top:
        return "."
    if dirpath.startswith(top) and dirpath[len(top) : len(top) + 1] == os.sep and top != os.sep:
        return dirpath[len(top) + 1 :]
    return os.path.relpath(dirpath, root)


@functools.cache
def code_stats() -> tuple[tuple[str, int, int, int, int], ...]:
    """The stats of targetctl's own files, walked once a run: both caches key on them. The
    bytecode Python writes beside them is left out: a run that writes it (the first one, or a
    worker importing a module the parent did not) would otherwise key differently from the
    process beside it, and miss what that one saved."""
    return tuple(_stats(Path(__file__).parent.parent, frozenset({".git", "__pycache__"})))


_PACKAGES = ("rich", "pydantic", "pydantic-core", "typer", "click", "PyYAML", "msgspec")


@functools.cache
def versions() -> tuple[str | None, ...]:
    """The installed versions of the libraries the output depends on, looked up once a run
    as importlib.metadata finds them (the first distribution on sys.path), from the names
    of their metadata folders: importing importlib.metadata would cost more than the
    whole cached answer."""
    wanted = {_normal(name): i for i, name in enumerate(_PACKAGES)}
    found: list[str | None] = [None] * len(_PACKAGES)
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")  # noqa: PTH208 (names only, no Path objects)
        except OSError:
            continue
        for name in names:
            stem, dot, kind = name.rpartition(".")
            if kind not in ("dist-info", "egg-info") or not dot:
                continue
            package, _, version = stem.partition("-")
            at = wanted.get(_normal(package))
            if at is not None and found[at] is None:
                found[at] = version.partition("-")[0] or name
    return tuple(found)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


# what each key was made of: `store` keeps an answer only for its own day, with its files settled
_MADE: dict[str, tuple[Path | tuple[Path, ...], dt.date, list[tuple[str, int, int, int, int]], dict[str, str]]] = {}


def _all_stats(plans: Path | tuple[Path, ...]) -> list[tuple[str, int, int, int, int]]:
    """Every file of the plans folder, or of each of several (named from the working directory
    then, so that two folders' files never share a name)."""
    if isinstance(plans, Path):
        return _stats(plans)
    out = []
    for folder in plans:
        top = str(folder)  # as str(folder / name) would join them, without a Path for each file
        for name, size, m, c, ino in _stats(folder):
            joined = _join(top, name)
            _WITHIN[joined] = name
            out.append((joined, size, m, c, ino))
    return out


# a file's name within its own plans folder, by the name `_all_stats` gave it among several: what
# a file is (a log, a lock) follows from that alone, never from what the folders are called
_WITHIN: dict[str, str] = {}


def _join(top: str, name: str) -> str:
    return name if top == "." else os.path.join(top, name)  # noqa: PTH118 (see above)


def _resolved(folders: tuple[Path, ...]) -> list[str]:
    """`str(folder.resolve())` of each folder. Folders side by side share their parent's
    resolution: a folder's real path is its real parent's joined to its name when that name
    is no link, one lstat where `resolve` looks at every part again (1,000 folders: about
    8,000 lstat calls fewer). Anything else (a link, "..", a missing part) is resolved whole."""
    real: dict[str, str] = {}

    def resolve(path: str) -> str:
        found = real.get(path)
        if found is None:
            found = real[path] = _one(path)
        return found

    def _one(path: str) -> str:
        parent, name = os.path.split(path)
        if not name or not parent or parent == path or name in (".", ".."):
            return _real(path)
        try:
            if stat.S_ISLNK(os.lstat(path).st_mode):
                return _real(path)
        except OSError:
            return _real(path)
        return os.path.join(resolve(parent), name)  # noqa: PTH118 (strings, as realpath's)

    # ".." is taken after the links before it, as realpath takes it: such a folder whole
    return [_real(str(f)) if ".." in f.parts else resolve(os.path.abspath(f)) for f in folders]  # noqa: PTH100


def _real(path: str) -> str:
    """`str(Path(path).resolve())`, as Python 3.11 makes it: a link loop is a RuntimeError."""
    return str(Path(path).resolve())


def _folder(plans: Path | tuple[Path, ...]) -> Path:
    """What the names `_all_stats` gives are relative to."""
    return plans if isinstance(plans, Path) else Path()


def key(args: list[str], plans: Path | tuple[Path, ...], extra: dict[str, object], today: dt.date) -> str | None:
    """A digest of everything the output depends on (`extra`: the language, the terminal;
    `today`: the day of the run); None when some of it cannot be read (or the cache folder
    cannot tell the time). `plans`: the plans folder, or several."""
    try:
        files = _all_stats(plans)
        material = {
            "args": args,
            "cwd": str(Path.cwd()),
            "plans": _resolved(plans if isinstance(plans, tuple) else (plans,)),
            "env": {k: os.environ.get(k) for k in _ENV_KEYS},
            "today": today.isoformat(),
            "files": files,
            "code": code_stats(),
            "versions": versions(),
            **extra,
        }
    except (OSError, RuntimeError):
        return None
    digest = hashlib.sha256(json.dumps(material, sort_keys=True, default=str).encode()).hexdigest()
    # the content of each recently changed file as it was before the command read it: hashed
    # at store time instead, an edit saved mid-run on a coarse file system would be taken for
    # what the answer was made from
    now = cachefs.clock()  # a file-system clock, as the file times are: no reading of the system's
    if now is None:
        return None
    try:
        early = {name: _content(_folder(plans) / name) for name, _, m, c, _ in files if _racy(plans, name, m, c, now)}
    except OSError:
        return None
    _MADE[digest] = (plans, today, files, early)
    if all(_is_log(name) or _lock(name) for name in early):
        _BASES[digest] = material
    return digest


# by string, not Path (as Path's parent.name, suffix and name say): `base` asks of every file
def _is_log(name: str) -> bool:
    head, file = os.path.split(_WITHIN.get(name, name))
    return file.endswith(".yaml") and not file.startswith(".") and head == "records"


def _lock(name: str) -> bool:
    """A writers' lock file, or the .gitignore the first writer puts beside the logs."""
    head, file = os.path.split(_WITHIN.get(name, name))
    lock = file.startswith(".") and file.endswith(".lock") and file.rfind(".") > 0
    return (lock or file == ".gitignore") and head == "records"


# what each key made this run whose files but the logs are settled was made of
_BASES: dict[str, dict[str, object]] = {}


def base(digest: str | None) -> str | None:
    """What `key` covered but the content of the logs in records folders (their names are
    covered): the same command line, terminal, day, code and every other file. None when a
    file other than a log was too recently changed to be known by its times."""
    material = _BASES.get(digest or "")
    if material is None:
        return None
    # a writer's lock file is written by every append, and neither it nor the .gitignore is read
    files = [
        (name, None) if _is_log(name) else (name, *rest) for name, *rest in _MADE[digest or ""][2] if not _lock(name)
    ]
    return hashlib.sha256(json.dumps({**material, "files": files}, sort_keys=True, default=str).encode()).hexdigest()


def identity(st: os.stat_result) -> tuple[int, int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _stamp_name(log: Path) -> str:
    return hashlib.sha1(f"stamp\0{os.path.realpath(log)}".encode(), usedforsecurity=False).hexdigest()


def stamp(log: Path) -> tuple[int, int, int, int, int] | None:
    """Move the log's modification time back by the least step the file system keeps and
    record the identity that leaves; the caller holds the writers' lock and has just
    appended. None (and no record) when the file cannot be stamped."""
    try:
        st = log.stat()
        os.utime(log, ns=(st.st_atime_ns, st.st_mtime_ns - 1))
        after = log.stat()
    except OSError:
        return None
    if after.st_mtime_ns >= st.st_mtime_ns or (after.st_ino, after.st_size) != (st.st_ino, st.st_size):
        return None  # not moved back (a file system that keeps no times), or written meanwhile
    mine = identity(after)
    cachefs.write("parts", _stamp_name(log), json.dumps(mine).encode())
    return mine


def stamped(log: Path, st: os.stat_result) -> bool:
    """Whether `st` is the identity the writer left when it stamped this log."""
    found = cachefs.read("parts", _stamp_name(log))
    try:
        return found is not None and json.loads(found[0]) == list(identity(st))
    except ValueError:
        return False


def _racy(plans: Path | tuple[Path, ...], name: str, mtime: int, ctime: int, now: int) -> bool:
    """`racy`, but for a log the writer stamped after its last append (`io/parts.stamp`)."""
    if not racy([(mtime, ctime)], now):
        return False
    if not _is_log(name):
        return True
    path = _folder(plans) / name
    try:
        return not stamped(path, path.stat())
    except OSError:
        return True


def lookup(digest: str | None) -> str | None:
    """The saved output, when its entry is whole, was written under this key, and every
    file that was too recently changed when it was stored still has the same content."""
    made = _MADE.get(digest or "")
    found = cachefs.read("output", digest) if digest is not None and made is not None else None
    if made is None or found is None:
        return None
    head, _, body = found[0].partition(b"\n")
    try:
        hashes = json.loads(head)
        names = {name for name, *_ in made[2]}
        if not isinstance(hashes, dict) or not set(hashes) <= names:
            return None
        for name, want in hashes.items():
            if _content(_folder(made[0]) / name) != want:
                return None
        return body.decode("utf-8")
    except (ValueError, OSError):  # ValueError: not JSON, not UTF-8
        return None


def _content(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def racy(times: list[tuple[int, int]], now: int) -> bool:
    """Whether a file last changed at `times` (modification, change) could still change
    without its times moving, as seen at `now` by the same clock (racy git): within the
    file system's timestamp granularity of it, or after it (a clock behind)."""
    coarse = all(t % 1_000_000_000 == 0 for pair in times for t in pair)
    window = 2_000_000_000 if coarse else 1_000_000_000  # whole seconds: FAT's are 2 s
    return any(max(pair) > now - window for pair in times)


def store_seen(digest: str, text: str, day: dt.date, seen: dict[str, tuple[int, int, int, int, int] | None]) -> None:
    """`store` for an answer made from the files as they were when the key was made, but for
    the logs in `seen` (absolute path: the identity it was made from, None for no such file),
    as a composed `status` is (`cli/composed.py`): it read nothing else but saved entries
    keyed on that state. Each of those logs must be as the key found it; the folders are not
    walked again, which at 1,000 plans folders is a quarter of that answer's time."""
    made = _MADE.get(digest)
    if made is None or day != made[1]:
        return
    plans, _, files, early = made
    # as str(Path.absolute()) names them, by string: the walk's names are already normal
    here, folder = os.getcwd(), str(_folder(plans))  # noqa: PTH109
    top = here if folder == "." else os.path.join(here, folder)  # noqa: PTH118
    logs = {os.path.join(top, name): (ino, size, m, c) for name, size, m, c, ino in files if _is_log(name)}  # noqa: PTH118
    for path, found in seen.items():
        was = logs.get(path)
        if (found is None) != (was is None) or (found is not None and found[1:] != was):
            return  # a log was written since the key was made, or is named otherwise there
    _keep(digest, text, plans, files, early)


def store(digest: str, text: str, day: dt.date | None = None) -> None:
    """Save an answer computed for `day` (default: the one its key was made for) under a key made this run,
    unless the key was for another day or a file changed since it was made. A file
    changed too recently for its times to show a later edit (by the file system's own
    clock) is kept with its content's hash as it was when the key was made, before the
    command read it, and checked on every hit."""
    made = _MADE.get(digest)
    if made is None or (day or made[1]) != made[1]:
        return
    plans, _, files, early = made
    try:
        if _all_stats(plans) != files:
            return
    except (OSError, RuntimeError):
        return
    _keep(digest, text, plans, files, early)


def _keep(
    digest: str,
    text: str,
    plans: Path | tuple[Path, ...],
    files: list[tuple[str, int, int, int, int]],
    early: dict[str, str],
) -> None:
    """Save the answer, with the hashes (taken when the key was made) of the files still too
    recent for their times to show a later edit."""
    now = cachefs.clock()
    if now is None:
        return
    try:
        recent = [name for name, _, mtime, ctime, _ in files if _racy(plans, name, mtime, ctime, now)]
    except (OSError, RuntimeError):
        return
    if any(name not in early for name in recent):
        return  # the file system's clock sees as recent what the run's did not hash first
    hashes = {name: early[name] for name in recent}
    cachefs.write("output", digest, json.dumps(hashes).encode() + b"\n" + text.encode("utf-8"))
