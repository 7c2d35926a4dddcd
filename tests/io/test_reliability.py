"""Nothing lost: concurrent writers, writers killed mid-record, and explicit repair."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from targetctl.domain.records import ValueRecord
from targetctl.io.recordlog import LogReader, append, unreadable
from tests.conftest import Run

WRITERS, EACH = 8, 500


def _record(writer: int, n: int) -> ValueRecord:
    return ValueRecord(
        id=f"{writer:04x}{n:08x}",
        type="value",
        target="demo-people",
        as_of=dt.date(2025, 6, 30),
        value=float(n),
        note=f"writer {writer} record {n} " + "长" * (n % 50),
        recorded=dt.datetime(2025, 7, 1, tzinfo=dt.timezone.utc),
        by=f"writer-{writer}",
    )


def _write_many(path: str, writer: int) -> None:
    for n in range(EACH):
        append(Path(path), _record(writer, n), "demo-2025")


@pytest.mark.slow
def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "records" / "demo-2025.yaml"
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_write_many, args=(str(path), w)) for w in range(WRITERS)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=240)
        assert p.exitcode == 0
    reader = LogReader(path)
    records = [r for _, r in reader]
    assert reader.problems == []
    assert len(records) == WRITERS * EACH
    assert {r.id for r in records} == {_record(w, n).id for w in range(WRITERS) for n in range(EACH)}
    assert all(r == _record(int(r.id[:4], 16), int(r.id[4:], 16)) for r in records)


WRITER = """
import datetime as dt, sys
from pathlib import Path
from targetctl.io.recordlog import append
from targetctl.domain.records import ValueRecord
path, n = Path(sys.argv[1]), 0
while True:
    n += 1
    append(path, ValueRecord(id=f"{int(sys.argv[2]):04x}{n:08x}", type="value", target="demo-people",
        as_of=dt.date(2025, 6, 30), value=float(n), note="x" * 3000,
        recorded=dt.datetime(2025, 7, 1, tzinfo=dt.timezone.utc), by="crash"), "demo-2025")
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
def test_killed_writers_never_lose_or_corrupt_earlier_records(tmp_path: Path) -> None:
    path = tmp_path / "demo-2025.yaml"
    rng = random.Random(20200101)
    kept: set[str] = set()
    for attempt in range(12):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(attempt)])
        started = time.monotonic()
        while not path.exists() and time.monotonic() - started < 30:  # a loaded machine starts Python slowly
            time.sleep(0.01)
        time.sleep(0.3 + rng.random() * 0.4)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        reader = LogReader(path)
        ids = {r.id for _, r in reader}
        assert kept <= ids, "an earlier record was lost"
        kept = ids
        lines = path.read_bytes().splitlines(keepends=True)
        torn = [n for n, line in enumerate(lines, 1) if unreadable(line)]
        assert len(torn) <= attempt + 1, "only a killed write may leave a torn line"
        assert [p.line for p in reader.problems] == torn
        assert all("incomplete" in p.message or "not a record" in p.message for p in reader.problems)
    assert len(kept) > 12


def test_torn_line_then_record_then_repair(tmp_path: Path, run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "10", "--date", "2025-03-31", "--by", "x").exit_code == 0
    log = demo / "records" / "demo-2025.yaml"
    with log.open("ab") as f:
        f.write(b'- {"id": "0123456789ab", "type": "val')
    result = run("validate")
    assert result.exit_code == 1 and "plans/records/demo-2025.yaml:4:1: incomplete last line" in result.stdout
    assert "run 'targetctl repair'" in result.stdout
    assert run("record", "demo-people", "20", "--date", "2025-04-30", "--by", "x").exit_code == 0
    assert log.read_bytes().splitlines()[4].startswith(b'- {"id": ')
    before = log.read_bytes()
    dry = run("repair", "--dry-run")
    assert (
        dry.stdout
        == "plans/records/demo-2025.yaml: line(s) 4 would be moved (dry run)\nrepair: dry run, nothing changed\n"
    )
    assert log.read_bytes() == before
    done = run("repair")
    assert done.exit_code == 0 and "line(s) 4 moved to plans/records/demo-2025.yaml.torn-" in done.stdout
    aside = next((demo / "records").glob("demo-2025.yaml.torn-*"))
    assert aside.read_bytes() == b'- {"id": "0123456789ab", "type": "val\n'
    assert run("validate").exit_code == 0
    assert b"".join(log.read_bytes().splitlines(keepends=True)) == before.replace(
        b'- {"id": "0123456789ab", "type": "val\n', b""
    )
    assert run("repair").stdout == "repair: done\n"


@pytest.mark.slow
def test_cli_writers_in_parallel(tmp_path: Path, demo: Path) -> None:
    env = {**os.environ, "TARGETCTL_PLANS": str(demo), "NO_COLOR": "1"}
    cmd = [sys.executable, "-m", "targetctl", "record", "demo-projects", "1", "--add", "--date", "2025-06-30"]
    procs = [subprocess.Popen([*cmd, "--by", f"p{i}"], env=env, stdout=subprocess.DEVNULL) for i in range(4)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    reader = LogReader(demo / "records" / "demo-2025.yaml")
    totals = sorted(r.value for _, r in reader if isinstance(r, ValueRecord))
    assert totals == [1.0, 2.0, 3.0, 4.0] and reader.problems == [], "--add reads and appends under one lock"
