"""Every write targetctl makes: all or nothing, and never through a link out of the plans folder.

Appends to record logs roll back to the previous length when a write fails or comes up
short (a full disk, a file-size limit), so no torn line is left. Whole files (the logs
`repair` rewrites, `report -o`, `export -o`, `init`) are written to a temporary file in
the same folder and renamed over the target, so a reader sees the old file or the new
one, never a part. A failure is one clear line (exit 1), not an internal error.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from targetctl.domain.messages import Msg, NoHint
from targetctl.domain.problems import Problem, TargetctlError, UsageError, visible
from targetctl.io.paths import display_path, error_at, is_inside, resolved


def write_failed(path: Path, exc: OSError, what: Msg | None = None) -> TargetctlError:
    reason = exc.strerror or str(exc)
    message = Msg("file.cannot_write", reason=reason, what=what or Msg("file.nothing_written"))
    return error_at(path, message, line=0, hint=_hint(exc))


def _hint(exc: OSError) -> Msg | NoHint:
    if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return Msg("file.free_space")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Msg("file.check_writable")
    return ""


def check_inside(path: Path, root: Path) -> None:
    """Refuse a path that, once symbolic links are followed, leaves `root` (or leads round to itself)."""
    try:
        resolved(path)
    except OSError as exc:  # a link loop: it lies inside, but no write can go through it
        message = Msg("file.cannot_write", reason=exc.strerror or str(exc), what=Msg("file.nothing_written"))
        raise error_at(path, message, line=0, hint=Msg("file.replace_link")) from None
    if not is_inside(path, root):
        shown = f"{display_path(path.parent)}/{path.name}"  # the link itself, not where it leads
        message = Msg("file.link_out", root=display_path(root))
        raise TargetctlError([Problem(shown, 0, 0, message, Msg("file.replace_link"))])


@dataclass
class _Appended:
    path: Path
    size: int
    created: bool


class Appender:
    """Appends to several files that stay all-or-nothing together: `rollback()` undoes every
    append made so far (the caller holds each file's lock)."""

    def __init__(self) -> None:
        self.done: list[_Appended] = []

    def append(self, path: Path, data: bytes, prefix: Callable[[int, int], bytes]) -> None:
        """Append `prefix(fd, size) + data` in one write, synced before returning; on any failure
        the file is cut back to its previous length and the error raised as a TargetctlError."""
        flags = os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
        created = not os.path.lexists(path)
        try:
            fd = os.open(path, flags, 0o644)
        except OSError as exc:
            raise write_failed(path, exc) from None
        size = 0
        try:
            size = os.fstat(fd).st_size
            payload = prefix(fd, size) + data
            written = os.write(fd, payload)
            if written != len(payload):
                raise OSError(errno.ENOSPC, f"only {written} of {len(payload)} bytes could be written")
            os.fsync(fd)
        except OSError as exc:
            _cut(fd, size)
            os.close(fd)
            if created:
                _remove(path)
            raise write_failed(path, exc) from None
        os.close(fd)
        self.done.append(_Appended(path, size, created))

    def rollback(self) -> None:
        for done in reversed(self.done):
            if done.created:
                _remove(done.path)
                continue
            try:
                fd = os.open(done.path, os.O_RDWR | getattr(os, "O_BINARY", 0))
            except OSError:
                continue
            _cut(fd, done.size)
            os.close(fd)
        self.done = []


def _cut(fd: int, size: int) -> None:
    with suppress(OSError):  # if even this fails, the next `record` still starts on a fresh line
        os.ftruncate(fd, size)
        os.fsync(fd)


def _remove(path: Path) -> None:
    with suppress(OSError):
        path.unlink(missing_ok=True)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data`: a temporary file in the same folder, synced, renamed over it.
    A path that exists but is not a regular file (/dev/stdout, a pipe) is written in place."""
    if path.exists() and not path.is_file():
        try:
            fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        except OSError as exc:
            raise write_failed(path, exc) from None
        try:
            _write_all(fd, data)
        except OSError as exc:
            raise write_failed(path, exc, Msg("file.incomplete")) from None
        finally:
            os.close(fd)
        return
    with _atomic(path) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o644)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


@contextmanager
def _atomic(path: Path) -> Iterator[Path]:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        yield tmp
        tmp.replace(path)
    except OSError as exc:
        _remove(tmp)
        raise write_failed(path, exc) from None
    except BaseException:
        _remove(tmp)
        raise


def create_new(path: Path, data: bytes) -> None:
    """Write a file that must not exist yet (written whole, or not at all)."""
    if os.path.lexists(path):
        raise error_at(path, Msg("file.exists"), line=0, hint=Msg("file.other_id"))
    write_atomic(path, data)


def output_file(path: Path, plans: Iterable[Path] = ()) -> None:
    """Check where `-o FILE` points before any work is done: a usage error (exit 2) if it
    cannot be a file, or if it is inside one of the plans folders read (`plans`): a page written
    there could replace a plan, its source or its log."""
    if path.is_dir():
        raise UsageError(Msg("file.is_folder", path=path))
    parent = path.parent
    if not parent.is_dir():
        what = "file.parent_not_folder" if parent.exists() else "file.parent_missing"
        raise UsageError(Msg(what, parent=parent, path=path))
    for root in plans:  # the parent, as a link named is replaced, not followed (write_atomic renames onto it)
        if is_inside(parent, root):
            raise UsageError(Msg("file.inside_plans", path=path, plans=root))


# ── plan files: `init` and `draft` ────────────────────────────────────────────

PLAN_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_PLAN_ID = 70  # the model allows 80; drafted ids add '-p01' or '-t123' to it
_ANY_ID = re.compile(r"^[ \t]*(?:-[ \t]+)?id:[ \t]*['\"]?([a-z0-9][a-z0-9-]*)", re.MULTILINE)


def check_plan_id(plan_id: str) -> None:
    """The one rule for a new plan's id (a trailing line break is not allowed to slip through '$')."""
    if not PLAN_ID.fullmatch(plan_id) or len(plan_id) > MAX_PLAN_ID:
        shown = visible(plan_id)[:80]  # as typed (Chinese too), a control character escaped
        raise UsageError(Msg("file.bad_plan_id", id=shown, n=MAX_PLAN_ID))


def ids_in_folder(root: Path, skip: Path | None = None) -> dict[str, Path]:
    """Every id (of a plan, programme or target) the plan files in `root` use, by a plain scan."""
    found: dict[str, Path] = {}
    try:
        files = sorted(p for p in root.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    except OSError:
        return found
    for path in files:
        if skip is not None and path.name == skip.name:
            continue
        try:
            text = path.read_text(encoding="utf-8-sig", errors="replace")
        except OSError:
            continue
        for ident in ids_in_text(text):
            found.setdefault(ident, path)
    return found


def ids_in_text(text: str) -> list[str]:
    return [m.group(1) for m in _ANY_ID.finditer(text)]


def schema_reference(root: Path) -> tuple[str, bool]:
    """The `$schema` a new plan names, and whether `<root>/plan.schema.json` must be written."""
    shared = root.parent / "schema" / "plan.schema.json"
    if shared.exists():
        return "../schema/plan.schema.json", False
    return "plan.schema.json", not (root / "plan.schema.json").exists()


def write_plan(root: Path, plan_id: str, plan: bytes, source: bytes, *, force: bool = False) -> list[Path]:
    """Write `<root>/<plan_id>.yaml` and `<root>/sources/<plan_id>.txt` together or not at all,
    and `<root>/plan.schema.json` when `schema_reference` asks for it. Without `force` neither
    file may exist; with it, both are replaced, and on any failure the old pair is put back, so
    a plan never quotes a source it was not drafted from. Returns the files written."""
    check_plan_id(plan_id)
    if root.exists() and not root.is_dir():
        raise error_at(root, Msg("file.not_folder"), line=0, hint=Msg("file.give_plans"))
    plan_path = root / f"{plan_id}.yaml"
    source_path = root / "sources" / f"{plan_id}.txt"
    files = [(source_path, source), (plan_path, plan)]  # the plan last: it points at the source
    _, needs_schema = schema_reference(root)
    if needs_schema:
        from targetctl.domain.schema import plan_schema

        files.insert(0, (root / "plan.schema.json", plan_schema().encode("utf-8")))
    for path in (plan_path, source_path):
        if os.path.lexists(path) and not force:
            raise error_at(path, Msg("file.exists"), line=0, hint=Msg("file.other_id"))
    folder = source_path.parent
    if os.path.lexists(folder) and not folder.is_dir():
        raise error_at(folder, Msg("file.not_folder"), line=0, hint=Msg("file.sources_folder"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_failed(folder, exc) from None
    for path, _ in files:
        check_inside(path.parent, root)
        if path.is_symlink() or (path.exists() and not path.is_file()):
            shown = f"{display_path(path.parent)}/{path.name}"  # the link itself, not where it leads
            raise TargetctlError([Problem(shown, 0, 0, Msg("file.not_regular"), Msg("file.remove_first"))])
    _replace_together(files)
    return [plan_path, source_path] + [path for path, _ in files[:-2]]


def _replace_together(files: list[tuple[Path, bytes]]) -> None:
    temps: list[Path] = []
    backups: list[tuple[Path, Path]] = []  # (file, hard link to its old content)
    placed: list[Path] = []
    try:
        for path, data in files:
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            _remove(tmp)  # left by a killed run with this process id
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
            temps.append(tmp)
            try:
                _write_all(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
        for (path, _), tmp in zip(files, temps, strict=True):
            if os.path.lexists(path):
                backup = path.with_name(f".{path.name}.{os.getpid()}.old")
                os.link(path, backup)
                backups.append((path, backup))
                tmp.replace(path)
            else:
                os.link(tmp, path)  # fails if another writer made it meanwhile: never clobber
                tmp.unlink()
            placed.append(path)
    except BaseException as exc:
        old = {path for path, _ in backups}
        for path in placed:
            if path not in old:
                _remove(path)
        for path, backup in backups:
            with suppress(OSError):
                backup.replace(path)
            _remove(backup)  # rename does nothing when both names are links to one file: never replaced
        for tmp in temps:
            _remove(tmp)
        if isinstance(exc, OSError):
            failed = os.fspath(exc.filename) if isinstance(exc.filename, str | os.PathLike) else ""
            # the file being written is named, never its temporary or backup name
            ours = {
                os.fspath(p.with_name(f".{p.name}.{os.getpid()}.{end}")): p for p, _ in files for end in ("tmp", "old")
            }
            shown = ours.get(failed) or (Path(failed) if failed else files[-1][0])
            raise write_failed(shown, exc) from None
        raise
    for _, backup in backups:
        _remove(backup)
