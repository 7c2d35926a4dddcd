"""`status` after a record, composed from each plan's saved part (commands/composed.py), and the
writer's stamp (io/parts.py): whatever happens to the logs, with the lock or without, the
answer is byte for byte the answer of a full rebuild (--no-cache)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from benchmarks.generate import folders, generate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from targetctl.cli import composed, fast
from targetctl.domain.records import ValueRecord
from targetctl.domain.vocabulary import RATINGS
from targetctl.io import cache, cachefs, parts
from targetctl.io.recordlog import encode
from targetctl.workspace import composing, fold, incremental

real_racy = cache.racy
PLANS, TARGETS = 4, 80  # 320 targets: more than OVERVIEW_OVER, so status shows the overview
SMALL = 40  # 4 plans of 40 targets: 160, so status shows the table view


class Workspace:
    """A synthetic plans folder, its cache folder, and the commands run on them in-process."""

    def __init__(self, base: Path, *, generated: bool = False, targets: int = TARGETS) -> None:
        self.base = base
        if not generated:
            generate(base / "plans", PLANS, targets, 400)
        self.born = max(max(p.stat().st_mtime_ns, p.stat().st_ctime_ns) for p in base.rglob("*"))
        time.sleep(0.05)  # past the file system's clock tick: any later write has later times
        self.env = {"TARGETCTL_CACHE_DIR": str(base / "cache"), "NO_COLOR": "1", "COLUMNS": "100", "LANG": "C.UTF-8"}
        self.composed: list[bool] = []
        self.appended: dict[str, int] = {}

    def log(self, plan: int) -> Path:
        return self.base / "plans" / "records" / f"bench-{plan:03d}.yaml"

    def fill(self) -> None:
        """A first `status`, which keeps each plan's part."""
        self.run("status")

    def _racy(self, times: list[tuple[int, int]], now: int) -> bool:
        """The racy rule, as if the generated files had been written long ago (else they are too
        recent for their times to be trusted, and nothing is composed); later writes are judged
        by the rule itself."""
        return any(max(pair) > self.born for pair in times) and real_racy(times, now)

    @contextlib.contextmanager
    def inside(self) -> Iterator[pytest.MonkeyPatch]:
        """This workspace's environment, working folder and cache folder."""
        with pytest.MonkeyPatch.context() as mp:
            for name, value in self.env.items():
                mp.setenv(name, value)
            for name in ("TARGETCTL_PLANS", "TARGETCTL_LANG", "LC_ALL", "LC_MESSAGES"):
                if name not in self.env:
                    mp.delenv(name, raising=False)
            mp.chdir(self.base)
            cachefs.forget()
            yield mp

    def stamped(self, plan: int) -> bool:
        with self.inside():
            return cache.stamped(self.log(plan), self.log(plan).stat())

    def run(self, *args: str) -> tuple[int | str | None, str]:
        out, code = io.StringIO(), 0
        with self.inside() as mp:
            mp.setattr(sys, "argv", ["targetctl", *args])
            real = composed.compose

            def spy(*a: Any, **k: Any) -> str | None:
                found = real(*a, **k)
                self.composed.append(found is not None)
                return found

            mp.setattr(composed, "compose", spy)
            stamp = cache.stamp

            def appended(log: Path) -> Any:
                self.appended[log.name] = log.stat().st_mtime_ns  # the append's own time, before the stamp
                return stamp(log)

            mp.setattr(cache, "stamp", appended)
            mp.setattr(fold, "stamp", appended)
            for module in (cache, composing, incremental):
                mp.setattr(module, "racy", self._racy)
            with contextlib.redirect_stdout(out):
                try:
                    fast.main()
                except SystemExit as exit_:
                    code = exit_.code if isinstance(exit_.code, int) else 1
        return code, re.sub(r"\d\d:\d\d", "HH:MM", out.getvalue())

    def record(self, plan: int, target: int, value: int) -> None:
        self.run("record", f"p{plan:03d}-t{target:03d}", str(value), "--date", "2022-06-30", "--by", "t",
                 "--correct", "--confirm")  # fmt: skip

    def append(self, plan: int, target: int, value: float) -> None:
        """A line written by a tool that takes no lock."""
        ident, target_id, now = (
            f"{random.getrandbits(48):012x}",
            f"p{plan:03d}-t{target:03d}",
            dt.datetime.now(dt.timezone.utc),
        )
        day = dt.date(2022, 6, 30)
        record = ValueRecord(id=ident, type="value", target=target_id, as_of=day, value=value, recorded=now, by="x")
        with self.log(plan).open("ab") as handle:
            handle.write(encode(record).encode("utf-8"))
        self.appended.pop(self.log(plan).name, None)

    def edit(self, plan: int, digit: int) -> None:
        """A same-size rewrite in place, by a tool that takes no lock, within the same timestamp
        tick as the last write: it leaves the modification time that write left (for the
        writer's append, the time before its stamp)."""
        log = self.log(plan)
        before = log.stat()
        data = log.read_bytes()
        at = data.rfind(b'"value": ') + len(b'"value": ')
        log.write_bytes(data[:at] + str(digit).encode() + data[at + 1 :])
        if log.name in self.appended or before.st_mtime_ns > self.born:  # else written "long ago"
            mtime = self.appended.pop(log.name, before.st_mtime_ns)
            os.utime(log, ns=(before.st_atime_ns, mtime))

    def both(self) -> tuple[tuple[int | str | None, str], tuple[int | str | None, str]]:
        return self.run("status"), self.run("status", "--no-cache")


@contextlib.contextmanager
def workspace(targets: int = TARGETS) -> Iterator[Workspace]:
    with tempfile.TemporaryDirectory() as base:
        yield Workspace(Path(base), targets=targets)


def _no_ctime(st: os.stat_result) -> tuple[int, int, int, int, int]:
    """An identity as a file system whose change time does not move within a tick gives it."""
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, 0)


@pytest.fixture
def strict_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parts, "identity", _no_ctime)
    monkeypatch.setattr(cache, "identity", _no_ctime)
    monkeypatch.setattr(incremental, "_identity", _no_ctime)


def test_status_after_a_record_is_composed_and_equals_a_full_rebuild() -> None:
    with workspace() as w:
        w.fill()
        w.record(1, 3, 7)
        composed_, full = w.both()
        assert w.composed == [False, True] and composed_ == full and "4 plans, 320 targets" in full[1]
        w.record(2, 5, 900000)  # a second record in the same second
        assert w.run("status") == w.run("status", "--no-cache") and w.composed[-1]


@pytest.mark.parametrize("width", ["60", "100", "160"])
def test_the_table_view_is_composed_too(width: str) -> None:
    """A workspace of at most OVERVIEW_OVER targets is shown target by target: after a record,
    its table is rendered from each plan's saved rows, in the layout the width calls for."""
    with workspace(SMALL) as w:
        w.env["COLUMNS"] = width
        w.fill()
        w.record(1, 3, 7)
        composed_, full = w.both()
        assert w.composed == [False, True] and composed_ == full
        assert "p001-t003" in full[1] and "160 targets" in full[1] and "plans," not in full[1]
        w.env["TARGETCTL_LANG"] = "zh"  # another list (the key holds the language)
        w.fill()
        w.env["TARGETCTL_LANG"] = "en"  # the writer keeps its plan's rows in each language
        w.record(2, 5, 900000)
        w.env["TARGETCTL_LANG"] = "zh"
        composed_, full = w.both()
        assert composed_ == full and w.composed[-1] and "目标任务" in full[1]


def test_the_output_key_does_not_hash_a_stamped_log(monkeypatch: pytest.MonkeyPatch) -> None:
    with workspace() as w:
        w.fill()
        w.record(0, 1, 5)
        hashed: list[Path] = []
        real = cache._content

        def counted(path: Path) -> Any:
            hashed.append(path)
            return real(path)

        monkeypatch.setattr(cache, "_content", counted)
        w.run("status")
        assert w.log(0) not in [Path(p).absolute() for p in hashed] and w.composed[-1]
        w.append(0, 2, 1.0)  # unstamped and recent now: hashed again
        hashed.clear()
        w.run("status")
        assert any(Path(p).name == w.log(0).name for p in hashed)


@pytest.mark.usefixtures("strict_identity")
def test_a_rewrite_in_the_same_tick_after_a_record_is_seen() -> None:
    """Even where the change time would not tell it, a tool's same-size rewrite right after the
    writer's append leaves a modification time later than the stamp: no saved part matches."""
    with workspace() as w:
        w.fill()
        w.record(3, 4, 5)
        w.run("status")
        w.edit(3, 9)
        composed_, full = w.both()
        assert composed_ == full and w.composed[-1] is False


days = st.integers(0, 3)
steps = st.one_of(
    st.tuples(st.just("record"), st.integers(0, PLANS - 1), st.integers(0, SMALL - 1), st.integers(0, 10**6)),
    st.tuples(st.just("append"), st.integers(0, PLANS - 1), st.integers(0, SMALL - 1), st.integers(0, 10**6)),
    st.tuples(st.just("edit"), st.integers(0, PLANS - 1), st.integers(0, 9)),
    st.tuples(st.just("judge"), st.integers(0, PLANS - 1), st.integers(0, SMALL - 1), st.sampled_from(RATINGS)),
    st.tuples(st.just("plan"), st.integers(0, PLANS - 1)),
    st.tuples(st.just("lang"), st.sampled_from(["zh", "en"])),
    st.tuples(st.just("width"), st.sampled_from(["60", "100", "160"])),
)


@pytest.mark.slow
@pytest.mark.usefixtures("strict_identity")
@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@pytest.mark.parametrize("targets", [TARGETS, SMALL])  # the overview, the table view
@given(todo=st.lists(steps, min_size=1, max_size=6))
def test_composed_status_equals_a_full_rebuild(targets: int, todo: list[tuple[Any, ...]]) -> None:
    random.seed(0)
    with workspace(targets) as w:
        w.fill()
        for kind, *args in todo:
            if kind == "record":
                w.record(*args)
            elif kind == "append":
                w.append(*args)
            elif kind == "edit":
                w.edit(*args)
            elif kind == "judge":  # a judged cell in the table; the writer folds no judgement
                plan, target, rating = args
                judged = ["judge", f"p{plan:03d}-t{target:03d}", rating, "--reason", "r", "--date", "2022-06-30"]
                assert w.run(*judged, "--by", "t")[0] == 0
            elif kind == "plan":
                plan = w.base / "plans" / f"bench-{args[0]:03d}.yaml"
                plan.write_text(plan.read_text(encoding="utf-8").replace("Synthetic plan", "Plan"), encoding="utf-8")
            elif kind == "lang":
                w.env["TARGETCTL_LANG"] = args[0]
            else:
                w.env["COLUMNS"] = args[0]
            composed_, full = w.both()
            assert composed_ == full, kind


def test_several_plans_folders_are_composed_as_one_workspace(tmp_path: Path) -> None:
    """Plans folders side by side (TARGETCTL_PLANS), each plan's part found by its own log."""
    roots = folders(tmp_path / "city", 3, 1, 110, 300)
    w = Workspace(tmp_path, generated=True)
    w.env["TARGETCTL_PLANS"] = os.pathsep.join(str(root) for root in roots)
    w.born = max(max(p.stat().st_mtime_ns, p.stat().st_ctime_ns) for p in (tmp_path / "city").rglob("*"))
    time.sleep(0.05)
    w.fill()
    assert w.run("record", "p002-t001", "3", "--date", "2022-06-30", "--by", "t", "--correct", "--confirm")[0] == 0
    composed_, full = w.both()
    assert composed_ == full and w.composed[-1] and "3 plans, 330 targets" in full[1]


def test_a_composed_answer_is_kept_without_walking_the_folders_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The composed answer is saved for the next identical status from the logs it looked at:
    the plans folders are walked once (for the key), and the next status is a plain hit."""
    with workspace(SMALL) as w:
        w.fill()
        w.record(0, 1, 5)
        walks: list[object] = []
        real = cache._all_stats

        def counted(plans: Any) -> Any:
            walks.append(plans)
            return real(plans)

        monkeypatch.setattr(cache, "_all_stats", counted)
        first = w.run("status")
        assert w.composed[-1] and len(walks) == 1
        assert w.run("status") == first and len(w.composed) == 2  # answered before composing


def test_a_composed_answer_is_not_kept_for_a_log_written_since_the_key(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    (plans / "records").mkdir(parents=True)
    log = plans / "records" / "a.yaml"
    log.write_text("# log\n", encoding="utf-8")
    day = dt.date(2025, 6, 30)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TARGETCTL_CACHE_DIR", str(tmp_path / "cache"))
        cachefs.forget()
        kept = cache.key(["status"], plans, {}, day)
        assert kept is not None
        cache.store_seen(kept, "as the key found it\n", day, {str(log.absolute()): parts.of(log)})
        assert cache.lookup(kept) == "as the key found it\n"
        seens: tuple[Callable[[], dict[str, tuple[int, int, int, int, int] | None]], ...] = (
            lambda: {str(log.absolute()): parts.of(log)},  # written after the key was made
            lambda: {str((plans / "records" / "b.yaml").absolute()): parts.of(log)},  # a log the key did not see
            lambda: {str(log.absolute()): None},  # said to be gone
        )
        for seen in seens:
            stale = cache.key(["status", "again"], plans, {}, day)
            assert stale is not None
            with log.open("a", encoding="utf-8") as handle:
                handle.write("- {}\n")
            cache.store_seen(stale, "stale\n", day, seen())
            assert cachefs.read("output", stale) is None


def test_the_overview_reads_the_parts_of_logs_written_since_the_full_status_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The list holds every plan's part for its log as the full status read it: after a record,
    the part of that plan's log is the only one read (at 1,000 plans, 999 reads fewer)."""
    with workspace() as w:
        w.fill()
        w.record(2, 3, 11)
        read: list[object] = []
        real = parts.part

        def counted(*args: Any) -> Any:
            read.append(args[1])
            return real(*args)

        monkeypatch.setattr(parts, "part", counted)
        composed_, full = w.both()
        assert w.composed[-1] and composed_ == full and read == [parts.of(w.log(2))]
