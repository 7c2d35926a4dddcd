"""Issue 9, part A: recording never silently stores a wrong number, and what is shown is true."""

from __future__ import annotations

import json
from pathlib import Path

LOG = Path("plans/records/demo-2025.yaml")


def record(run, *args: str):  # type: ignore[no-untyped-def]
    return run("record", "--by", "x", *args)


def last() -> dict:  # type: ignore[type-arg]
    return json.loads(LOG.read_text(encoding="utf-8").splitlines()[-1][2:])  # type: ignore[no-any-return]


# --- the log is read as the JSON it holds ---------------------------------------------


def test_two_records_on_one_line_are_located_by_every_command(run, demo: Path) -> None:  # type: ignore[no-untyped-def]
    assert record(run, "demo-people", "30", "--date", "2025-04-30").exit_code == 0
    line = LOG.read_text(encoding="utf-8").splitlines()[-1]
    with LOG.open("a", encoding="utf-8") as handle:
        handle.write(f"{line}, {line[2:]}\n")
    where = "plans/records/demo-2025.yaml:4:1: 2 records on one line"
    for args in (["validate"], ["status"], ["log"], ["show", "demo-people"], ["export"], ["report"]):
        result = run(*args)
        assert result.exit_code == 1, (args, result.output)
        assert where in result.output, (args, result.output)
    written = record(run, "demo-people", "31", "--date", "2025-05-01")
    assert written.exit_code == 0 and written.stdout.startswith("recorded ")
    assert f"warning: {where}" in written.stderr
    assert last()["value"] == 31


def test_duplicate_key_with_a_space_before_the_colon(run, demo: Path) -> None:  # type: ignore[no-untyped-def]
    assert record(run, "demo-people", "30", "--date", "2025-04-30").exit_code == 0
    text = LOG.read_text(encoding="utf-8")
    LOG.write_text(text.replace('"value": 30', '"value": 30, "value" : 100'), encoding="utf-8")
    result = run("validate")
    assert result.exit_code == 1 and "duplicate key 'value'" in result.stdout


def test_add_reads_an_id_spelled_with_a_json_escape(run, demo: Path) -> None:  # type: ignore[no-untyped-def]
    assert record(run, "demo-people", "30", "--date", "2025-04-30").exit_code == 0
    text = LOG.read_text(encoding="utf-8")
    LOG.write_text(text.replace('"demo-people"', '"demo\\u002dpeople"'), encoding="utf-8")
    assert run("validate").exit_code == 0
    result = record(run, "demo-people", "5", "--add", "--date", "2025-05-31")
    assert result.exit_code == 0, result.output
    assert last()["value"] == 35
