"""Cases found by an independent review: each was a crash, a wrong answer or lost data."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import pytest

from targetctl.domain.progress import month_ends
from tests.conftest import Run, edit

LOG = Path("plans/records/demo-2025.yaml")


def status_of(run, target: str, day: str) -> dict:  # type: ignore[no-untyped-def, type-arg]
    doc = json.loads(run("status", "--json", "--as-of", day, "--no-cache").stdout)
    return next(t for p in doc["plans"] for t in p["targets"] if t["id"] == target)  # type: ignore[no-any-return]


def test_add_counts_hand_written_records(run: Run, demo: Path) -> None:
    assert run("record", "demo-projects", "10", "--date", "2025-06-30", "--by", "x").exit_code == 0
    with LOG.open("a", encoding="utf-8") as log:
        log.write(
            "- {type: value, id: dddddddddddd, recorded: 2025-07-02T00:00:00+00:00, by: me, target: demo-projects, "
            "as_of: 2025-07-10, value: 15}\n"
        )
    assert run("record", "demo-projects", "1", "--add", "--date", "2025-07-10", "--by", "x").exit_code == 0
    assert status_of(run, "demo-projects", "2025-07-10")["current"] == 16.0


def test_back_dated_add_is_refused(run: Run, demo: Path) -> None:
    run("record", "demo-projects", "10", "--date", "2025-07-01", "--by", "x")
    result = run("record", "demo-projects", "5", "--add", "--date", "2025-06-15", "--by", "x")
    assert result.exit_code == 1 and "would not reach the later values" in result.stderr


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


def test_negative_range_values_are_refused_and_zero_minimum_does_not_crash(run: Run, demo: Path) -> None:
    result = run("record", "demo-park-size", "--", "-5")
    assert result.exit_code == 1 and "cannot be negative" in result.stderr
    edit(demo / "demo.yaml", "min: 500", "min: 0")
    assert run("record", "demo-park-size", "900", "--date", "2025-06-30", "--by", "x").exit_code == 0
    assert status_of(run, "demo-park-size", "2025-06-30")["status"] == "at-risk"


def test_stage_names_are_single_words(run: Run, demo: Path) -> None:
    edit(demo / "demo.yaml", "stages: [venue, first-lecture]", "stages: [venue, 'first lecture']")
    result = run("validate")
    assert result.exit_code == 1 and "demo.yaml:" in result.stdout and "first lecture" in result.stdout


def test_overlong_texts_are_data_errors(run: Run, demo: Path) -> None:
    for args in [("--by", "b" * 201), ("--note", "n" * 4001), ("--by", "  ")]:
        result = run("record", "demo-projects", "1", "--date", "2025-06-30", *args)
        assert result.exit_code == 1 and result.stderr.startswith("error: --"), result.stderr
    assert run("judge", "demo-projects", "red", "--reason", "r" * 4001).exit_code == 1
    assert not LOG.exists()


def test_month_ends_reach_the_last_year() -> None:
    assert month_ends(dt.date(9999, 11, 5), dt.date(9999, 12, 31)) == [dt.date(9999, 11, 30), dt.date(9999, 12, 31)]
    assert month_ends(dt.date(2024, 1, 31), dt.date(2024, 3, 10))[1] == dt.date(2024, 2, 29)


def test_records_folder_that_is_a_file(run: Run, demo: Path) -> None:
    (demo / "records").write_text("not a folder", encoding="utf-8")
    assert "should be the folder of record logs" in run("validate").stdout
    result = run("record", "demo-projects", "1", "--date", "2025-06-30", "--by", "x")
    assert result.exit_code == 1 and "records folder" in result.stderr


def test_log_that_is_a_folder(run: Run, demo: Path) -> None:
    (demo / "records" / "demo-2025.yaml").mkdir(parents=True)
    result = run("record", "demo-projects", "1", "--date", "2025-06-30", "--by", "x")
    assert result.exit_code == 1 and "not a regular file" in result.stderr


def test_a_voided_judgement_no_longer_counts(run: Run, demo: Path) -> None:
    run("record", "demo-people", "10", "--date", "2025-06-30", "--by", "x")
    run("judge", "demo-people", "green", "--reason", "ok", "--date", "2025-06-30", "--by", "x")
    judgement = json.loads(run("log", "--json").stdout)["records"][0]["id"]
    assert status_of(run, "demo-people", "2025-06-30")["disagrees"] is True
    assert run("record", "--void", judgement, "--reason", "mistake", "--by", "x").exit_code == 0
    got = status_of(run, "demo-people", "2025-06-30")
    assert got["judged"] is None and got["disagrees"] is False


def test_a_floor_below_the_start(run: Run, demo: Path) -> None:
    edit(demo / "demo.yaml", "percent: 8\n", "percent: -5\n")
    assert run("record", "--date", "2025-06-30", "--by", "x", "demo-growth", "--", "-20").exit_code == 0
    low = status_of(run, "demo-growth", "2025-06-30")
    assert (low["status"], low["progress"]) == ("behind", 0.0)
    assert run("record", "--date", "2025-07-31", "--by", "x", "demo-growth", "--", "-2").exit_code == 0
    assert status_of(run, "demo-growth", "2025-07-31")["status"] == "achieved"


def test_record_refuses_when_a_target_id_is_in_two_plans(run: Run, demo: Path) -> None:
    other = (demo / "demo.yaml").read_text(encoding="utf-8").replace("id: demo-2025", "id: demo-other")
    (demo / "other.yaml").write_text(other, encoding="utf-8")
    result = run("record", "demo-people", "5", "--date", "2025-06-30", "--by", "x")
    assert result.exit_code == 1 and "already used" in result.stderr
    assert not LOG.exists()


def test_escape_codes_in_messages_are_shown_not_obeyed(run: Run, demo: Path) -> None:
    with (demo / "demo.yaml").open("a", encoding="utf-8") as plan:
        plan.write('"\\e]0;HACKED\\a\\e[2J": 1\n')
    out = run("validate").stdout + run("validate", "--format", "github").stdout
    assert "\x1b" not in out and "\x07" not in out and "\\u001b]0;HACKED\\u0007" in out


def test_a_missing_field_in_a_log_line_is_named(run: Run, demo: Path) -> None:
    LOG.parent.mkdir()
    LOG.write_text(
        '- {"id": "aaaaaaaaaaaa", "recorded": "2025-07-01T00:00:00Z", "by": "x", "type": "value", '
        '"target": "demo-people", "as_of": "2025-06-30"}\n',
        encoding="utf-8",
    )
    assert "plans/records/demo-2025.yaml:1:1: missing required field 'value'" in run("validate").stdout


def test_json_lead_unit_inherits_the_plans(run: Run, demo: Path) -> None:
    assert status_of(run, "demo-people", "2025-06-30")["lead_unit"] == "示范办公室"


def test_the_same_file_twice_is_validated_once(run: Run, demo: Path) -> None:
    assert run("validate", "plans/demo.yaml", "plans/./demo.yaml").stdout == "ok: 1 file valid\n"


def test_dates_must_be_written_in_full(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "5", "--date", "20250630").exit_code == 2


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_as_source_does_not_hang(run: Run, demo: Path) -> None:
    (demo / "sources" / "demo.txt").unlink()
    os.mkfifo(demo / "sources" / "demo.txt")
    result = run("validate")
    assert result.exit_code == 1 and "not a regular file" in result.stdout


def test_show_as_of_marks_later_records(run: Run, demo: Path) -> None:
    run("record", "demo-people", "10", "--date", "2025-03-31", "--by", "x")
    run("record", "demo-people", "20", "--date", "2025-06-30", "--by", "x")
    doc = json.loads(run("show", "demo-people", "--json", "--as-of", "2025-04-30").stdout)
    assert [(h["value"], h["state"]) for h in doc["history"]] == [(10.0, "current"), (20.0, "after as-of")]
    assert doc["current"] == 10.0
