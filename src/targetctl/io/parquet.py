"""The warehouse export as a folder of Parquet files, partitioned by plan (Hive style:
`targets/plan=ID/part-0.parquet`), which DuckDB, Spark, Trino and BigQuery read as tables.

pyarrow (the reference implementation) is an optional extra, imported here only. The folder
is built beside its destination and renamed into place: a reader never sees half an
export, and a folder that is not an earlier export of ours is never replaced.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from targetctl.domain.messages import Msg
from targetctl.domain.problems import TargetctlError, UsageError
from targetctl.domain.warehouse import SCHEMA, TABLES, ColumnType, Row, Table
from targetctl.io.paths import error_at, resolved

MARKER = ".targetctl-parquet"
"""A file an export folder holds, so that only an earlier export is ever replaced."""


def _arrow_type(pa: Any, kind: ColumnType) -> Any:
    return {
        "string": pa.string(),
        "double": pa.float64(),
        "date": pa.date32(),
        "timestamp": pa.timestamp("us", tz="UTC"),
        "bool": pa.bool_(),
        "int": pa.int32(),
        "strings": pa.list_(pa.string()),
    }[kind]


NO_PLAN = "__HIVE_DEFAULT_PARTITION__"
"""The partition of a table's one empty part when no plan is exported (Hive's name for a null
partition value): every table has a file, so a query of an empty workspace finds no rows
rather than no files."""

SCRATCH = ".targetctl-parquet-"
"""Beside the destination, what an export builds in, or moves an old export to: only names
that begin `.NAME.targetctl-parquet-` are ever removed, as leftovers of a killed run."""


LOCK = ".targetctl-parquet.lock"
"""Beside the destination (`.NAME` + LOCK): held by an export from before it sweeps leftovers
until its folder is in place, so that a second export to the same folder waits for the first
rather than taking its half-built folder for a killed run's."""
LOCK_TIMEOUT_S = 600.0


def destination(out: Path, plans: Sequence[Path] = ()) -> Path:
    """The folder an export replaces: a link to a folder is followed (the link stays, its
    folder gets the export); a usage error (exit 2) unless it is new, empty or an earlier export,
    and neither holds nor sits in one of the plans folders read, nor holds the working folder
    (which cannot be replaced)."""
    try:
        real = resolved(out)
    except OSError:  # a link that leads round to itself
        raise UsageError(Msg("parquet.dangling", path=out)) from None
    _not_around(real, [p.resolve() for p in plans])
    if out.is_symlink():
        if not out.exists():
            raise UsageError(Msg("parquet.dangling", path=out))
        out = out.resolve()
    if out.exists() and not out.is_dir():
        raise UsageError(Msg("parquet.is_file", path=out))
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise UsageError(Msg("parquet.not_empty", path=out))
    if out.is_dir() and (entry := _foreign(out)) is not None:
        raise UsageError(Msg("parquet.foreign", path=out, entry=entry.relative_to(out).as_posix()))
    if not out.parent.is_dir():
        raise UsageError(Msg("file.parent_missing", parent=out.parent, path=out))
    return out


_PART = re.compile(r"part-[0-9]+\.parquet")
_LITTER = frozenset({".DS_Store"})  # what a file browser leaves in a folder it shows


def _foreign(out: Path) -> Path | None:
    """The first entry of an export folder that no export writes (a user's database or query
    beside the tables), which replacing the folder would delete; None if there is none."""
    for entry in sorted(out.iterdir()):
        if entry.name == MARKER or entry.name in _LITTER:
            continue
        if entry.name not in TABLES or entry.is_symlink() or not entry.is_dir():
            return entry
        for part in sorted(entry.iterdir()):
            if not part.name.startswith("plan=") or part.is_symlink() or not part.is_dir():
                return part
            for file in sorted(part.iterdir()):
                if file.name not in _LITTER and (not _PART.fullmatch(file.name) or not file.is_file()):
                    return file
    return None


def _not_around(out: Path, plans: list[Path]) -> None:
    for root in plans:
        if root == out or root.is_relative_to(out):
            raise UsageError(Msg("parquet.holds_plans", path=out, plans=root))
        if out.is_relative_to(root):
            raise UsageError(Msg("parquet.inside_plans", path=out, plans=root))
    here = Path.cwd().resolve()
    if here == out or here.is_relative_to(out):
        raise UsageError(Msg("parquet.working_folder", path=out))


def write_dataset(out: Path, tables: dict[Table, dict[str, list[Row]]]) -> None:
    """Write tables already built whole (small data); `Dataset` writes them a plan at a time."""
    with Dataset(out) as dataset:
        for table in TABLES:
            for plan_id, rows in sorted(tables[table].items()):
                write_part(dataset.build, table, plan_id, rows)
        dataset.commit()


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise TargetctlError.plain(Msg("parquet.needs_pyarrow")) from None
    return pa, pq


def _available() -> None:
    """The usage error `_pyarrow` gives, without importing pyarrow here: the parts are written
    by worker processes, and this one holds every plan already."""
    try:
        found = importlib.util.find_spec("pyarrow") is not None
    except (ImportError, ValueError):  # ValueError: None in sys.modules, an import blocked
        found = False
    if not found:
        raise TargetctlError.plain(Msg("parquet.needs_pyarrow"))


class Dataset:
    """An export being built: its parts are written into `build` beside the destination (by
    this process or by workers, `write_part`), then `commit` puts the folder in place. Leaving
    the block without a commit (an error, a problem found in a log read midway) removes it all."""

    def __init__(self, out: Path, plans: Sequence[Path] = ()) -> None:
        _available()
        self.out = destination(out, plans)
        self._lock = _lock(self.out)
        try:
            _sweep(self.out)
            self.build = Path(tempfile.mkdtemp(prefix=f".{self.out.name}{SCRATCH}", dir=self.out.parent))
        except OSError as exc:
            self._lock.release()
            raise _named(exc, self.out) from exc

    def __enter__(self) -> Dataset:
        return self

    def __exit__(self, kind: object, exc: BaseException | None, trace: object) -> None:
        try:
            shutil.rmtree(self.build, ignore_errors=True)
        finally:
            self._lock.release()
        if isinstance(exc, OSError):
            raise _named(exc, self.out) from exc

    def commit(self) -> None:
        """Put the built folder in place of the destination: every table has at least one part."""
        _readable(self.build)
        for table in TABLES:
            if not (self.build / table).is_dir():
                write_part(self.build, table, NO_PLAN, [])
        (self.build / MARKER).write_text("written by targetctl export --format parquet\n", encoding="utf-8")
        _swap(self.build, self.out)


def _lock(out: Path) -> Any:
    """The export's lock beside `out`, taken (a FileLock; `release()` when done)."""
    from filelock import FileLock, Timeout

    path = out.parent / f".{out.name}{LOCK}"
    try:  # a folder that cannot take the lock file fails here, where FileLock would retry
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644))
    except OSError as exc:
        raise _named(exc, out) from exc
    lock = FileLock(str(path), timeout=LOCK_TIMEOUT_S)
    try:
        lock.acquire()
    except Timeout:
        raise error_at(out, Msg("parquet.busy", seconds=LOCK_TIMEOUT_S), line=0) from None
    except OSError as exc:
        raise _named(exc, out) from exc
    return lock


def _named(exc: OSError, out: Path) -> OSError:
    """The error said of the folder asked for, not of our scratch names beside it."""
    return OSError(exc.errno, exc.strerror, str(out))


def write_part(build: Path, table: Table, plan_id: str, rows: list[Row]) -> None:
    """One plan's part of one table (typed by the schema, empty or not), in the folder being built."""
    pa, pq = _pyarrow()
    schema = pa.schema([(name, _arrow_type(pa, kind)) for name, kind in SCHEMA[table].items()])
    folder = build / table / f"plan={plan_id}"
    folder.mkdir(parents=True, exist_ok=True)  # as the umask says, like every folder but mkdtemp's
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), folder / "part-0.parquet")


def _readable(folder: Path) -> None:
    """A folder as the umask makes one (mkdtemp makes it 0700): a warehouse's loader may be another account."""
    if os.name == "posix":
        mask = os.umask(0)
        os.umask(mask)
        folder.chmod(0o777 & ~mask)


def _sweep(out: Path) -> None:
    """Remove what a run killed before it finished left beside `out` (our scratch names only)."""
    with contextlib.suppress(OSError):
        for entry in out.parent.iterdir():
            if entry.name.startswith(f".{out.name}{SCRATCH}") and entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)


def _swap(build: Path, out: Path) -> None:
    """Put the new folder in place of the old one with two renames; the old is removed after."""
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}{SCRATCH}old-", dir=out.parent))
        old.rmdir()
        out.rename(old)
    try:
        build.rename(out)
    except OSError:
        if old is not None:
            old.rename(out)
        raise
    if old is not None:
        with contextlib.suppress(OSError):
            shutil.rmtree(old)
