"""Cases found by review, for this command."""

from __future__ import annotations

from pathlib import Path

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
