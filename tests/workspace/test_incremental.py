"""The saved state (workspace/incremental.py): whatever happens to the logs and plans, the answer with it
is byte for byte the answer of a full rebuild (--no-cache)."""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from targetctl.cli.main import app
from targetctl.domain.records import ValueRecord, VoidRecord
from targetctl.io.recordlog import encode, header
from targetctl.workspace import incremental, reduced
from tests.conftest import GOLDEN

NUMERIC = ["demo-people", "demo-projects", "demo-growth", "demo-park-size", "demo-premium"]
STATES = ["not-started", "in-progress", "venue", "first-lecture", "done"]
START = dt.datetime(2025, 1, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


class World:
    """A plans folder, its cache folder, and what the steps below do to them."""

    def __init__(self, base: Path) -> None:
        self.root = base / "plans"
        shutil.copytree(GOLDEN / "valid", self.root)
        self.log = self.root / "records" / "demo-2025.yaml"
        self.log.parent.mkdir()
        self.log.write_text(header("demo-2025"), encoding="utf-8")
        self.env = {
            "TARGETCTL_CACHE_DIR": str(base / "cache"),
            "NO_COLOR": "1",
            "COLUMNS": "110",
            "LANG": "en_US.UTF-8",
            "TARGETCTL_LANG": None,
            "TARGETCTL_PLANS": None,
            "LC_ALL": None,
            "LC_MESSAGES": None,
        }
        self.runner = CliRunner()
        self.tick = 0
        self.lang = "en"
        self.day = dt.date(2025, 9, 30)

    def cli(self, *args: str) -> tuple[int, str]:
        result = self.runner.invoke(app, ["--plans", str(self.root), *args], env=self.env, catch_exceptions=False)
        return result.exit_code, re.sub(r"\d\d:\d\d", "HH:MM", result.output)  # the report's time of writing

    def stamp(self, same: bool = False) -> dt.datetime:
        self.tick += 0 if same else 1
        return START + dt.timedelta(hours=self.tick)

    def lines(self) -> list[bytes]:
        return self.log.read_bytes().splitlines(keepends=True)

    def ids(self) -> list[dict[str, Any]]:
        import json

        rows = []
        for line in self.lines():
            try:
                rows.append(json.loads(line[2:]))
            except ValueError:  # the header, or a line torn by a truncation
                continue
        return [row for row in rows if isinstance(row, dict) and "id" in row]

    def append(self, record: ValueRecord | VoidRecord) -> None:
        with self.log.open("ab") as handle:
            handle.write(encode(record).encode("utf-8"))

    def value(self, target: int, day: int, value: float, provisional: bool, same: bool = False) -> None:
        tid = [*NUMERIC, "demo-hall"][target % 6]
        shown: float | str = STATES[int(value) % len(STATES)] if tid == "demo-hall" else value
        self.append(
            ValueRecord(
                id=f"{random.getrandbits(48):012x}",
                type="value",
                target=tid,
                as_of=dt.date(2025, 1, 1) + dt.timedelta(days=day),
                value=shown,
                provisional=provisional,
                recorded=self.stamp(same),
                by="test",
            )
        )

    def step(self, step: tuple[Any, ...]) -> None:
        kind, *args = step
        rows = self.ids()
        if kind == "value":
            self.value(*args)
        elif kind == "supersede" and rows:  # the same as-of date again: final, or later
            row = rows[args[0] % len(rows)]
            if row.get("type") == "value" and row.get("target") in NUMERIC and "as_of" in row:
                day = (dt.date.fromisoformat(row["as_of"]) - dt.date(2025, 1, 1)).days
                self.value(NUMERIC.index(row["target"]), day, args[1], args[2], same=args[3])
        elif kind == "void" and rows:
            row = rows[args[0] % len(rows)]
            void = row["id"]
            self.append(VoidRecord(id=f"{random.getrandbits(48):012x}", type="void", void=void, reason="x", by="t",
                                   recorded=self.stamp()))  # fmt: skip
        elif kind == "edit" and rows:  # in place, the same length or not
            lines = self.lines()
            k = args[0] % len(lines)
            lines[k] = re.sub(rb'"value": (\d)', b'"value": ' + str(args[1]).encode(), lines[k], count=1)
            self.log.write_bytes(b"".join(lines))
        elif kind == "duplicate" and rows:  # a merge that kept both copies of a line
            lines = self.lines()
            with self.log.open("ab") as handle:
                handle.write(lines[args[0] % len(lines)])
        elif kind == "truncate":
            data = self.log.read_bytes()
            self.log.write_bytes(data[: len(data) * args[0] // 10])
        elif kind == "merge":  # a union merge: the lines after a common part, in another order
            lines = self.lines()
            k = args[0] % (len(lines) + 1)
            tail = lines[k:]
            random.Random(args[1]).shuffle(tail)
            self.log.write_bytes(b"".join(lines[:k] + tail))
        elif kind == "repair":
            self.cli("repair")
        elif kind == "plan":
            plan = self.root / "demo.yaml"
            text = plan.read_text(encoding="utf-8")
            swaps = [("value: 100", "value: 90"), ("stages: [venue, first-lecture]", "stages: [venue]")]
            old, new = swaps[args[0] % 2]
            plan.write_text(text.replace(old, new) if old in text else text.replace(new, old), encoding="utf-8")
        elif kind == "record":  # through the command, whose status line reads the saved state
            self.cli("record", NUMERIC[args[0] % 5], str(args[1]), "--date", "2025-08-31", "--by", "t", "--confirm")
        elif kind == "lang":
            self.lang = args[0]
        elif kind == "as-of":
            self.day = dt.date(2025, 1, 1) + dt.timedelta(days=args[0])

    def answers(self, *extra: str) -> list[tuple[int, str]]:
        day, lang = self.day.isoformat(), self.lang
        return [
            self.cli("status", "--as-of", day, "--lang", lang, "--all", *extra),
            self.cli("status", "--as-of", day, "--json", *extra),
            self.cli("show", "demo-people", "--as-of", day, "--lang", lang, *extra),
            self.cli("report", "--format", "md", "--as-of", day, "--lang", lang, *extra),
        ]


days = st.integers(0, 420)
steps = st.one_of(
    st.tuples(st.just("value"), st.integers(0, 5), days, st.integers(0, 400), st.booleans()),
    st.tuples(st.just("supersede"), st.integers(0, 50), st.integers(0, 400), st.booleans(), st.booleans()),
    st.tuples(st.just("void"), st.integers(0, 50)),
    st.tuples(st.just("edit"), st.integers(0, 50), st.integers(0, 99)),
    st.tuples(st.just("truncate"), st.integers(0, 10)),
    st.tuples(st.just("duplicate"), st.integers(0, 50)),
    st.tuples(st.just("merge"), st.integers(0, 50), st.integers(0, 9)),
    st.tuples(st.just("repair")),
    st.tuples(st.just("plan"), st.integers(0, 1)),
    st.tuples(st.just("record"), st.integers(0, 4), st.integers(0, 120)),
    st.tuples(st.just("lang"), st.sampled_from(["zh", "en"])),
    st.tuples(st.just("as-of"), days),
)


@contextmanager
def world() -> Iterator[World]:
    with tempfile.TemporaryDirectory() as base:
        yield World(Path(base))


@pytest.mark.slow
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.just("value"), st.integers(0, 5), days, st.integers(0, 400), st.booleans()), max_size=4),
       st.lists(steps, min_size=1, max_size=5))  # fmt: skip
def test_incremental_answers_equal_a_full_rebuild(first: list[tuple[Any, ...]], later: list[tuple[Any, ...]]) -> None:
    random.seed(0)
    with world() as w:
        for step in first:
            w.step(step)
        for step in later:
            w.answers()  # leaves a saved state behind for the next step to start from
            w.step(step)
            assert w.answers() == w.answers("--no-cache"), step


@pytest.mark.slow
def test_an_unchanged_log_is_answered_without_reading_it(monkeypatch: pytest.MonkeyPatch) -> None:
    with world() as w:
        for i in range(5):
            w.value(i, 30 * i, 10.0 + i, False)
        monkeypatch.setattr(incremental, "racy", lambda *_: False)  # as if the log was written long ago
        first = w.answers()

        def unread(*_: object) -> None:
            raise AssertionError("the covered prefix was hashed again")

        monkeypatch.setattr(incremental, "_prefix_digest", unread)
        assert w.answers() == first
        monkeypatch.undo()
        w.value(1, 200, 99.0, False)  # grown: the prefix is hashed, only the tail read
        assert w.answers() == w.answers("--no-cache")


@pytest.mark.slow
def test_an_edit_in_place_that_keeps_size_and_modification_time_is_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    with world() as w:
        w.value(0, 100, 40.0, False)
        monkeypatch.setattr(incremental, "racy", lambda *_: False)
        w.answers()
        before = w.log.stat()
        data = w.log.read_bytes()
        assert b'"value": 40' in data
        w.log.write_bytes(data.replace(b'"value": 40', b'"value": 70'))
        os.utime(w.log, ns=(before.st_atime_ns, before.st_mtime_ns))  # only the change time moves
        assert w.log.stat().st_size == before.st_size
        out = w.answers()
        assert out == w.answers("--no-cache") and "70" in out[1][1]


@pytest.mark.slow
def test_no_cache_writes_nothing_and_a_broken_cache_is_a_miss() -> None:
    with world() as w:
        w.value(0, 100, 40.0, False)
        full = w.answers("--no-cache")
        cache = Path(w.env["TARGETCTL_CACHE_DIR"] or "")
        assert not cache.exists()
        assert w.answers() == full
        saved = [p for p in cache.rglob("*") if p.is_file() and p.parent.name in ("states", "plans")]
        assert saved and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in saved)
        for p in saved:
            p.write_bytes(b"garbage")
        assert w.answers() == full


@pytest.mark.slow
def test_a_log_with_problems_is_read_in_full_every_time() -> None:
    with world() as w:
        w.value(0, 100, 40.0, False)
        w.answers()
        with w.log.open("ab") as handle:
            handle.write(b"- {not json}\n")
        code, out = w.cli("status", "--as-of", "2025-09-30")
        assert code == 1 and "demo-2025.yaml:4:" in out
        assert [w.cli("status", "--as-of", "2025-09-30")] == [w.cli("status", "--as-of", "2025-09-30", "--no-cache")]


@pytest.mark.slow
def test_record_answers_its_status_line_from_the_saved_state(monkeypatch: pytest.MonkeyPatch) -> None:
    with world() as w:
        w.value(0, 100, 40.0, False)
        w.answers()  # status saves the state for today's date

        from targetctl.workspace import Workspace

        real = Workspace.read_records

        def unsearched(self: Workspace, *args: Any, **kwargs: Any) -> Any:
            assert kwargs.get("day") is None, "the log was searched for the status line"
            return real(self, *args, **kwargs)

        monkeypatch.setattr(Workspace, "read_records", unsearched)
        code, out = w.cli("record", "demo-people", "50", "--date", "2025-08-31", "--by", "t")
        assert code == 0 and "50" in out
        monkeypatch.undo()
        assert w.answers() == w.answers("--no-cache")


@pytest.mark.slow
def test_an_error_is_said_in_the_commands_language_with_the_cache_or_without() -> None:
    with world() as w:
        w.value(0, 100, 40.0, False)
        with w.log.open("ab") as handle:
            handle.write(b"- {not json}\n")
        w.lang = "zh"
        out = w.answers()
        assert out[0][1].startswith("错误：") and out == w.answers("--no-cache")


@pytest.mark.slow
def test_a_same_size_edit_is_seen_with_the_clock_ahead_of_the_file_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """Times that do not move (a coarse file system) and a system clock an hour ahead of
    it: the state is judged by the file system's own clock, so the edit is seen."""
    import time

    with world() as w:
        w.value(0, 250, 45.5, False)
        for i in range(80):  # the edit lies well before the log's last 4 KiB
            w.value(1 + i % 4, i, 10.0 + i, False)
        monkeypatch.setattr(incremental, "_identity", lambda st: (st.st_dev, st.st_ino, st.st_size, 0, 0))
        real = time.time_ns
        monkeypatch.setattr(time, "time_ns", lambda: real() + 3600 * 10**9)
        w.answers()
        data = w.log.read_bytes()
        assert data.count(b'"value": 45.5}') == 1 and len(data) > 3 * incremental.LAST_BYTES
        w.log.write_bytes(data.replace(b'"value": 45.5}', b'"value": 75.5}'))
        out = w.answers()
        assert out == w.answers("--no-cache") and "75.5" in out[2][1]


@pytest.mark.slow
def test_an_unchanged_log_does_not_load_its_record_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ids are kept in an entry of their own, read only to fold a tail."""
    with world() as w:
        for i in range(5):
            w.value(i, 30 * i, 10.0 + i, False)
        monkeypatch.setattr(incremental, "racy", lambda *_: False)
        first = w.answers()
        monkeypatch.setattr(incremental, "_ids", lambda *_: pytest.fail("the record ids were loaded"))
        assert w.answers() == first


@pytest.mark.slow
def test_a_state_without_its_own_ids_is_read_in_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ids missing, or saved for another state (a run killed between the two entries): the
    tail is not folded against them; the log is read in full."""
    with world() as w:
        w.value(0, 100, 40.0, False)
        w.answers()
        w.value(1, 120, 41.0, False)
        folded: list[bool] = []
        real_seed = reduced.seed

        def counted(*args: Any) -> Any:
            folded.append(True)
            return real_seed(*args)

        monkeypatch.setattr(incremental, "_ids", lambda *_: b"")  # what `_ids` gives for either
        monkeypatch.setattr(incremental, "seed", counted)
        assert w.answers() == w.answers("--no-cache") and not folded


def test_ids_kept_for_another_state_are_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from targetctl.io import statecache

    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(tmp_path / "cache"))
    lp: Any = SimpleNamespace(doc=SimpleNamespace(text="id: demo\n"))
    log = tmp_path / "demo.yaml"
    with statecache.enabled(True):
        statecache.save("states", incremental._ids_entry(lp.doc.text, log), b"a" * 40 + b"\n\nabc123 4\n")
        assert incremental._ids(lp, log, "a" * 40) == b"\nabc123 4\n"
        assert incremental._ids(lp, log, "b" * 40) == b""
