"""Cases found by review, for this command."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from targetctl.commands.repair import repair_logs
from tests.conftest import Run

LOG = Path("plans/records/demo-2025.yaml")


def test_repair_twice_keeps_every_byte_and_leaves_a_bom_header(run: Run, demo: Path) -> None:
    run("record", "demo-projects", "10", "--date", "2025-07-01", "--by", "x")
    text = LOG.read_bytes()
    LOG.write_bytes(b"\xef\xbb\xbf" + text + b"- {torn one")
    assert run("validate").stdout.count("incomplete last line") == 1
    run("repair")
    with LOG.open("ab") as log:
        log.write(b"- {torn two")
    run("repair")
    kept = b"".join(p.read_bytes() for p in sorted(LOG.parent.glob("demo-2025.yaml.torn-*")))
    assert b"torn one" in kept and b"torn two" in kept
    assert LOG.read_bytes().startswith(b"\xef\xbb\xbf# targetctl record log")
    assert run("validate").exit_code == 0


def test_repair_logs_names_the_side_file_by_the_time_it_is_given(demo: Path) -> None:
    log = demo / "records" / "demo-2025.yaml"
    log.parent.mkdir(exist_ok=True)
    log.write_bytes(b"- {not json\n")
    at = dt.datetime(2025, 6, 30, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert [r.moved for r in repair_logs(demo, at, dry_run=True)] == [[1]]
    assert log.read_bytes() == b"- {not json\n", "a dry run moves nothing"
    (done,) = repair_logs(demo, at)
    assert done.aside is not None and done.aside.name == "demo-2025.yaml.torn-20250630T040000000000"
    assert done.aside.read_bytes() == b"- {not json\n" and log.read_bytes() == b""
