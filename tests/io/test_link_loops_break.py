"""A link that leads round to itself is said to be one: not a source outside the plans folder,
not a log that leads out of it (both lie inside; they only cannot be followed)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from targetctl.io.paths import resolved
from tests.conftest import Run

LOOP = os.strerror(errno.ELOOP)


def test_resolved_says_a_loop_as_python_3_13_does(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to("loop")
    try:
        resolved(loop / "x")
    except OSError as exc:
        assert (exc.errno, exc.strerror) == (errno.ELOOP, LOOP)
    else:
        raise AssertionError("a link loop was followed")


def test_a_source_that_loops_is_unreadable_not_outside(run: Run, demo: Path) -> None:
    source = demo / "sources" / "demo.txt"
    source.unlink()
    source.symlink_to("demo.txt")
    done = run("status")
    assert done.exit_code == 1
    assert "outside" not in done.stderr and LOOP in done.stderr and "sources/demo.txt" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_log_that_loops_is_refused_as_a_loop_not_as_leading_out(run: Run, demo: Path) -> None:
    (demo / "records").mkdir()
    log = demo / "records" / "demo-2025.yaml"
    log.symlink_to("demo-2025.yaml")
    done = run("record", "demo-people", "5", "--date", "2025-03-01", "--by", "测试员", "--no-status")
    assert done.exit_code == 1
    assert "leads out" not in done.stderr and LOOP in done.stderr and "records/demo-2025.yaml" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert log.is_symlink() and not (demo / "records" / "demo-2025.yaml~").exists()


def test_a_log_that_cannot_be_followed_is_said_by_every_reading_command(run: Run, demo: Path, tmp_path: Path) -> None:
    # a log kept through a link (on a share that is not mounted, or a link that loops) is not
    # "no records yet": a report or an export without its records would pass for a true one
    (demo / "records").mkdir()
    log = demo / "records" / "demo-2025.yaml"
    for leads_to in ["demo-2025.yaml", str(tmp_path / "unmounted" / "demo-2025.yaml")]:
        log.unlink(missing_ok=True)
        log.symlink_to(leads_to)
        for command in [("status",), ("show", "demo-people"), ("log",), ("export", "--format", "json"), ("report",)]:
            done = run(*command, "--no-cache") if command == ("status",) else run(*command)
            assert done.exit_code == 1, (leads_to, command, done.stdout[-200:])
            assert "records/demo-2025.yaml" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_records_folder_that_cannot_be_followed_is_said(run: Run, demo: Path, tmp_path: Path) -> None:
    # the records folder kept on a share through a link: unmounted, its records are not none
    records = demo / "records"
    for leads_to in ["records", str(tmp_path / "unmounted" / "records")]:
        records.unlink(missing_ok=True)
        records.symlink_to(leads_to)
        for command in [("validate",), ("status", "--no-cache"), ("show", "demo-people"), ("report",)]:
            done = run(*command)
            assert done.exit_code == 1, (leads_to, command, done.stdout[-200:])
            said = done.stdout if command == ("validate",) else done.stderr  # validate lists its problems
            assert "plans/records" in said and said.count("plans/records") == 1
