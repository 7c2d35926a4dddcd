"""The record log on disk: one record per line, read fast, appended safely.

Each line is `- {json}`: the file as a whole is a YAML list, each line is also a
JSON object that pydantic validates in bulk without YAML's cost. Lines people
edited by hand (any YAML flow mapping) fall back to the safe YAML reader.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import BaseModel, ValidationError

from targetctl.domain.messages import Msg, NoHint
from targetctl.domain.problems import Problem
from targetctl.domain.records import ROW, ROWS, JudgementRecord, Record, ValueRecord, VoidRecord, to_record
from targetctl.io import intent
from targetctl.io.files import Appender, check_inside, create_new, write_atomic
from targetctl.io.paths import display_path, error_at
from targetctl.io.pydantic_errors import problems_from
from targetctl.io.yamlsafe import Document, parse

BLOCK_BYTES = 4 * 1024 * 1024
MAX_LINE_BYTES = 64 * 1024
_ROOTS: dict[str, type[BaseModel]] = {"value": ValueRecord, "void": VoidRecord, "judgement": JudgementRecord}


def _matching_lines(handle: BinaryIO, needles: list[bytes]) -> tuple[list[tuple[int, bytes]], int]:
    """(line number, line) of every line holding a needle, read a block at a time, and the
    number of a last line that has no line end (0 if none)."""
    pairs: list[tuple[int, bytes]] = []
    first, rest, torn = 1, b"", 0
    while True:
        data = handle.read(BLOCK_BYTES)
        block = rest + data
        if first == 1 and block.startswith(b"\xef\xbb\xbf"):
            block = block[3:]
        cut = block.rfind(b"\n") + 1 if data else len(block)
        body, rest = block[:cut], block[cut:]
        starts: set[int] = set()
        for needle in needles:
            pos = body.find(needle)
            while pos != -1:
                starts.add(body.rfind(b"\n", 0, pos) + 1)
                end = body.find(b"\n", pos)
                pos = -1 if end == -1 else body.find(needle, end)
        number, previous = first, 0
        for start in sorted(starts):
            number += body.count(b"\n", previous, start)
            previous = start
            end = body.find(b"\n", start)
            if end == -1:
                end, torn = len(body), number
            pairs.append((number, body[start:end]))
        first += body.count(b"\n")
        if not data:
            return pairs, torn


_SPACED_KEY = re.compile(rb'"[ \t\r]+:')


def _keys(payload: bytes) -> int:
    """At least the number of keys in JSON text: each key ends in `"` then `:`, perhaps
    with blanks between (what the fast count alone would miss)."""
    count = payload.count(b'":')
    # a one-byte search is several times cheaper than a two-byte one; JSON text holds no raw
    # tab or carriage return, so those two rarely need the second search
    spaced = b" :" in payload or (b"\t" in payload and b"\t:" in payload) or (b"\r" in payload and b"\r:" in payload)
    if spaced:
        count += len(_SPACED_KEY.findall(payload))
    return count


def _long_line(block: bytes) -> bool:
    """Whether a line is longer than MAX_LINE_BYTES, found without splitting the block: such a
    line holds a whole stretch of half that length, with no line end, at an aligned offset."""
    step = MAX_LINE_BYTES // 2
    for k in range(0, len(block) - step + 1, step):
        if block.find(b"\n", k, k + step) == -1:
            end = block.find(b"\n", k)
            if (len(block) if end == -1 else end) - (block.rfind(b"\n", 0, k) + 1) > MAX_LINE_BYTES:
                return True
    return False


def _json(payload: bytes) -> Any:
    """The JSON value of a line, or None when it is not one JSON value."""
    try:
        return json.loads(payload)
    except (ValueError, RecursionError):  # deep nesting is not a record either
        return None


# below this, msgspec is not imported: on a small log its import costs more than it saves
FAST_BYTES = 256 * 1024


def _validated(payload: bytes) -> tuple[list[Any], bool]:
    """The rows of a JSON array of records: by msgspec where it is sure to agree, else by
    pydantic (which raises the ValidationError that words each problem); and whether they
    are known to hold every key of the text (no repeated key hidden)."""
    if len(payload) >= FAST_BYTES:
        from targetctl.domain import fastrows

        rows, whole = fastrows.decode_block(payload)
        if rows is not None:
            return rows, whole
    return ROWS.validate_json(payload), False


def _split(pairs: list[tuple[int, Any]]) -> tuple[list[int], list[Any]]:
    return [n for n, _ in pairs], [r for _, r in pairs]


def log_path(records_dir: Path, plan_id: str) -> Path:
    return records_dir / f"{plan_id}.yaml"


def header(plan_id: str) -> str:
    return (
        f"# targetctl record log of plan {plan_id}: append-only, one record per line.\n"
        "# Written by `targetctl record`; to correct a value, record again or void it.\n"
    )


def encode(record: BaseModel) -> str:
    data = record.model_dump(mode="json", exclude_defaults=True)
    if isinstance(data.get("value"), float) and data["value"].is_integer():
        data["value"] = int(data["value"])  # 40, not 40.0: the log is for people too
    return "- " + json.dumps(data, ensure_ascii=False, separators=(", ", ": ")) + "\n"


@dataclass
class LogReader:
    """Reads one log: `rows()` yields (line number, validated row dict), iterating yields
    (line number, record model); `problems` collects every bad line. With `only`, JSON
    lines that cannot concern that target are skipped unread (for `record --add`)."""

    path: Path
    only: str | None = None
    problems: list[Problem] = field(default_factory=list)
    shown: str = ""
    # resuming after a prefix already read (workspace/incremental.py): where to start, the
    # line number there, and a digest fed every byte read, so that what was parsed is what
    # was hashed
    start: int = 0
    first_line: int = 1
    digest: Any = None
    end: int = 0  # after blocks(): the byte offset read up to, and the next line's number
    next_line: int = 1
    torn: bool = False

    def __post_init__(self) -> None:
        self.shown = display_path(self.path)

    def __iter__(self) -> Iterator[tuple[int, Record]]:
        for number, row in self.rows():
            yield number, to_record(row)

    def rows(self) -> Iterator[tuple[int, Any]]:
        for numbers, rows in self.blocks():
            yield from zip(numbers, rows, strict=True)

    def blocks(self) -> Iterator[tuple[Sequence[int], list[Any]]]:
        """Validated rows a block at a time, with their line numbers."""
        if self.only:
            yield from self._skim()
            return
        try:
            handle = self.path.open("rb")
        except OSError as exc:
            self.problems.append(Problem(self.shown, 1, 1, Msg("log.cannot_read", reason=exc.strerror)))
            return
        with handle:
            first, rest, skipping = self.first_line, b"", False
            if self.start:
                handle.seek(self.start)
            while data := handle.read(BLOCK_BYTES):
                if self.digest is not None:
                    self.digest.update(data)
                data = rest + data
                if first == 1 and data.startswith(b"\xef\xbb\xbf"):
                    data = data[3:]
                if skipping:  # the rest of an overlong line
                    if b"\n" not in data:
                        rest = b""
                        continue
                    data, skipping, first = data[data.index(b"\n") + 1 :], False, first + 1
                cut = data.rfind(b"\n") + 1
                block, rest = data[:cut], data[cut:]
                if len(rest) > MAX_LINE_BYTES:
                    self._fail(first + block.count(b"\n"), Msg("line.too_long", limit=MAX_LINE_BYTES // 1024), "")
                    rest, skipping = b"", True
                if block:
                    lines, numbers, rows = self._block(block, first)
                    yield numbers, rows
                    first += lines
            self.end, self.next_line, self.torn = handle.tell(), first, bool(rest) or skipping
            if rest:
                yield _split(list(self._lines(rest + b"\n", first, torn_last=True)))

    def _block(self, block: bytes, first: int) -> tuple[int, Sequence[int], list[Any]]:
        """Whole lines (how many, their numbers, their rows); when every line is `- {...}`
        they are validated as one JSON array."""
        if b"\r" in block:
            block = block.replace(b"\r\n", b"\n")
        total = block.count(b"\n")
        start = first
        while block.startswith((b"#", b"\n")):  # the header comment
            block, start = block[block.index(b"\n") + 1 :], start + 1
        n = total - (start - first)
        clean = not self.only and block.startswith(b"- {") and block.endswith(b"}\n")
        joined = block[2:-1].replace(b"}\n- {", b"},{") if clean else b""
        # every line `- {…}`: each of the n - 1 line ends inside the block is `}\n- {`, and
        # each of those is two bytes shorter as `},{` (so the join is also the count)
        clean = clean and len(block) - 3 - len(joined) == 2 * (n - 1)
        clean = clean and not _long_line(block)
        rows: list[Any] = []
        whole = False
        if clean:
            payload = b"[" + joined + b"]"
            try:
                rows, whole = _validated(payload)
            except ValidationError:
                clean = False
            # a line holding two records (`- {...}, {...}`) makes the array longer than the lines
            clean = clean and len(rows) == n
        if not clean:
            return (total, *_split(list(self._lines(block, start))))
        if not whole and _keys(payload) > sum(map(len, rows)):
            return (total, *_split(list(self._checked(block, start, rows))))
        return total, range(start, start + n), rows

    def _checked(self, block: bytes, first: int, rows: list[Any]) -> Iterator[tuple[int, Any]]:
        """JSON lets a repeated key silently win: find the lines with more keys than fields."""
        for number, (line, row) in enumerate(zip(block.split(b"\n"), rows, strict=False), first):
            if not (_keys(line) > len(row) and self._duplicate_key(number, line[2:])):
                yield number, row

    def _lines(self, block: bytes, first: int, *, torn_last: bool = False) -> Iterator[tuple[int, Any]]:
        lines = block.split(b"\n")[:-1]
        yield from self._numbered(enumerate(lines, first), first + len(lines) - 1 if torn_last else 0)

    def _skim(self) -> Iterator[tuple[Sequence[int], list[Any]]]:
        """Only the lines that contain the target's id or a void, found by a byte search:
        recording into a long log must not parse all of it."""
        assert self.only is not None
        try:
            with self.path.open("rb") as handle:
                # a backslash may spell the id or "void" as a JSON or YAML escape (`\u002d`)
                pairs, torn = _matching_lines(handle, [self.only.encode(), b"void", b"\\"])
        except OSError as exc:
            self.problems.append(Problem(self.shown, 1, 1, Msg("log.cannot_read", reason=exc.strerror)))
            return
        yield _split(list(self._numbered(pairs, torn)))

    def _numbered(self, numbered: Iterable[tuple[int, bytes]], torn_number: int) -> Iterator[tuple[int, Any]]:
        """Rows of the given (line number, line) pairs; `torn_number` is a last line with no end."""
        batch: list[tuple[int, bytes]] = []
        for number, raw in numbered:
            torn = number == torn_number
            line = raw.rstrip(b"\r")
            if not line.strip() or line.lstrip().startswith(b"#"):
                continue
            if len(line) > MAX_LINE_BYTES:
                self._fail(number, Msg("line.too_long", limit=MAX_LINE_BYTES // 1024), "")
                continue
            if not torn and line.startswith(b"- {") and line.endswith(b"}"):
                batch.append((number, line[2:]))
                continue
            yield from self._batch(batch)
            batch = []
            yield from self._one(number, line, torn=torn)
        yield from self._batch(batch)

    def _batch(self, batch: list[tuple[int, bytes]]) -> Iterator[tuple[int, Any]]:
        if not batch:
            return
        try:
            rows, _ = _validated(b"[" + b",".join(payload for _, payload in batch) + b"]")
        except ValidationError:
            rows = []
        if len(rows) != len(batch):  # a bad line, or one holding two records
            for number, payload in batch:
                yield from self._one(number, b"- " + payload)
            return
        for (number, payload), row in zip(batch, rows, strict=True):
            if not (_keys(payload) > len(row) and self._duplicate_key(number, payload)):
                yield number, row

    def _duplicate_key(self, number: int, payload: bytes) -> bool:
        keys = [k for k, _ in json.loads(payload, object_pairs_hook=lambda pairs: pairs)]
        repeated = sorted({k for k in keys if keys.count(k) > 1})
        for key in repeated:
            self._fail(number, Msg("yaml.duplicate_key_here", key=key), Msg("yaml.remove_one"))
        return bool(repeated)

    def _one(self, number: int, line: bytes, *, torn: bool = False) -> Iterator[tuple[int, Any]]:
        hint = Msg("line.repair") if torn else Msg("line.fix_or_remove")
        if line.startswith(b"- {") and line.endswith(b"}"):
            try:
                row = ROW.validate_json(line[2:])
                if not self._duplicate_key(number, line[2:]):
                    yield number, row
                return
            except ValidationError as exc:
                data = _json(line[2:]) if exc.errors()[0]["type"] != "json_invalid" else None
                if data is not None:
                    self._model_problems(number, exc, data)
                    return
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            self._fail(number, Msg("yaml.bad_byte", byte=line[exc.start]), Msg("yaml.save_utf8"))
            return
        doc, problems = parse(text, self.shown)
        if problems or not _one_mapping(doc):
            what = Msg("line.torn") if torn else Msg("line.not_record")
            if problems and not torn:
                what = Msg("line.detail", what=what, detail=problems[0].message)
            several = _json(b"[" + line[2:] + b"]") if line.startswith(b"- {") else None
            if not torn and isinstance(several, list) and len(several) > 1:
                what, hint = Msg("line.several", n=len(several)), Msg("line.one_per_line")
            self._fail(number, what, hint)
            return
        assert doc is not None
        data = doc.data[0]
        try:
            yield number, ROW.validate_python(data)
        except ValidationError as exc:
            self._model_problems(number, exc, data)

    def _model_problems(self, number: int, exc: ValidationError, data: Any) -> None:
        root = _ROOTS.get(str(data.get("type"))) if isinstance(data, dict) else None
        doc = Document(data, self.shown, origin=(number, 1))
        if root is None:
            self._fail(number, Msg("line.unknown_type"), Msg("line.fix_type"))
            return
        self.problems += problems_from(exc, doc, root, tagged=True)

    def _fail(self, number: int, message: Msg, hint: Msg | NoHint) -> None:
        self.problems.append(Problem(self.shown, number, 1, message, hint))


@contextmanager
def locked(path: Path, *, recover: bool = True) -> Iterator[None]:
    """Hold the log's writer lock: what is read inside stays true until the append. First
    undo an import killed midway (`recover`; off only inside io/intent.py itself).

    The log, its lock file and the folder's .gitignore must stay inside the plans folder
    (the parent of `records/`): a symbolic link out of it is refused, never followed."""
    root = path.parent.parent
    ignore = path.parent / ".gitignore"
    lock_path = path.with_name(f".{path.name}.lock")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for inner in (path.parent, ignore, path, lock_path):
            check_inside(inner, root)
        if not os.path.lexists(ignore):
            write_atomic(ignore, f"*.lock\n{intent.INTENT}\n{intent.TEMPORARY}\n".encode())
    except OSError as exc:
        raise error_at(path.parent, Msg("file.records_folder", reason=exc.strerror), line=0) from None
    if path.exists() and not path.is_file():
        raise error_at(path, Msg("file.log_not_regular"), line=0, hint=Msg("file.move_aside"))
    if path.is_symlink() or (path.exists() and path.stat().st_nlink > 1):
        # a link, even one inside the plans folder, could make an append land in a plan or a source
        raise error_at(path, Msg("file.log_is_link"), line=0, hint=Msg("file.log_itself"))
    if recover:
        intent.recover(path.parent, unrecovered)
    with intent.held(lock_path, Msg("file.log_locked"), Msg("file.writers_lock"), path):
        yield


def unrecovered(path: Path) -> AbstractContextManager[None]:
    """The writers' lock, for io/intent.py, which is what recovers."""
    return locked(path, recover=False)


def append(path: Path, record: BaseModel, plan_id: str) -> None:
    """Append one record: under the lock, in one write, on disk before returning."""
    with locked(path):
        append_locked(path, record, plan_id)


def append_locked(path: Path, record: BaseModel | list[Any], plan_id: str, appender: Appender | None = None) -> None:
    """Append one record (or several, in the same single write); the caller holds `locked(path)`.
    All or nothing: a failed write leaves the log as it was (with `appender`, so can a later one)."""
    records = record if isinstance(record, list) else [record]
    line = "".join(encode(r) for r in records).encode("utf-8")

    def prefix(fd: int, size: int) -> bytes:
        if size == 0:
            return header(plan_id).encode("utf-8")
        os.lseek(fd, size - 1, os.SEEK_SET)
        return b"" if os.read(fd, 1) == b"\n" else b"\n"  # never glue a record onto a torn last line

    (appender or Appender()).append(path, line, prefix)


def unreadable(line: bytes) -> bool:
    """A line that no reader can make a record of: torn by a crash, or cut off by hand."""
    body = line.rstrip(b"\r\n")
    if not body.strip() or body.lstrip().startswith(b"#"):
        return False
    if body.startswith(b"- {") and body.endswith(b"}"):
        try:
            return not isinstance(json.loads(body[2:]), dict)
        except (ValueError, RecursionError):  # deep nesting: the YAML reader below refuses it
            pass
    try:
        doc, problems = parse(body.decode("utf-8"), "")
    except UnicodeDecodeError:
        return True
    return not _one_mapping(doc) or bool(problems)


def _one_mapping(doc: Document | None) -> bool:
    """Whether a line parsed as YAML is a list of one mapping: the shape of a record. A write
    killed after '- ' leaves a list of one null, which no person or reader can complete."""
    return doc is not None and isinstance(doc.data, list) and len(doc.data) == 1 and isinstance(doc.data[0], dict)


@dataclass
class Repair:
    path: Path
    moved: list[int]
    aside: Path | None


def repair(path: Path, at: dt.datetime, *, dry_run: bool = False) -> Repair:
    """Move unreadable lines out of a log into `<log>.torn-<time>` beside it (`at`: the time
    of the run, which names the side file).

    The log is rewritten atomically (a new file renamed over it) under the writers' lock;
    every byte taken out is kept in the side file."""
    with locked(path):
        lines = path.read_bytes().splitlines(keepends=True)
        bom = lines[0][:3] if lines and lines[0].startswith(b"\xef\xbb\xbf") else b""
        moved = [n for n, line in enumerate(lines, 1) if unreadable(line[len(bom) :] if n == 1 else line)]
        if not moved or dry_run:
            return Repair(path, moved, None)
        stamp = at.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        aside = path.with_name(f"{path.name}.torn-{stamp}")
        while aside.exists():  # never write over an earlier side file
            aside = aside.with_name(aside.name + "-1")
        bad = set(moved)
        create_new(
            aside,
            b"".join(line if line.endswith(b"\n") else line + b"\n" for n, line in enumerate(lines, 1) if n in bad),
        )
        kept = b"".join(
            line if line.endswith(b"\n") else line + b"\n" for n, line in enumerate(lines, 1) if n not in bad
        )
        try:
            write_atomic(path, kept)
        except BaseException:
            aside.unlink(missing_ok=True)  # the log is unchanged: no side file for it
            raise
        return Repair(path, moved, aside)
