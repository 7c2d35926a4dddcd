"""Cases found by review, for this command."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pytest

from targetctl.commands.validate import validate
from tests.conftest import Run, edit

LOG = Path("plans/records/demo-2025.yaml")


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


def test_records_folder_that_is_a_file(run: Run, demo: Path) -> None:
    (demo / "records").write_text("not a folder", encoding="utf-8")
    assert "should be the folder of record logs" in run("validate").stdout
    result = run("record", "demo-projects", "1", "--date", "2025-06-30", "--by", "x")
    assert result.exit_code == 1 and "records folder" in result.stderr


def test_log_that_is_a_folder(run: Run, demo: Path) -> None:
    (demo / "records" / "demo-2025.yaml").mkdir(parents=True)
    result = run("record", "demo-projects", "1", "--date", "2025-06-30", "--by", "x")
    assert result.exit_code == 1 and "not a regular file" in result.stderr


def test_a_missing_field_in_a_log_line_is_named(run: Run, demo: Path) -> None:
    LOG.parent.mkdir()
    LOG.write_text(
        '- {"id": "aaaaaaaaaaaa", "recorded": "2025-07-01T00:00:00Z", "by": "x", "type": "value", '
        '"target": "demo-people", "as_of": "2025-06-30"}\n',
        encoding="utf-8",
    )
    assert "plans/records/demo-2025.yaml:1:1: missing required field 'value'" in run("validate").stdout


def test_the_same_file_twice_is_validated_once(run: Run, demo: Path) -> None:
    assert run("validate", "plans/demo.yaml", "plans/./demo.yaml").stdout == "ok: 1 file valid\n"


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_as_source_does_not_hang(run: Run, demo: Path) -> None:
    (demo / "sources" / "demo.txt").unlink()
    os.mkfifo(demo / "sources" / "demo.txt")
    result = run("validate")
    assert result.exit_code == 1 and "not a regular file" in result.stdout


def test_validate_names_the_plan_file_that_is_wrong(demo: Path) -> None:
    assert validate([demo], today=dt.date(2030, 1, 1)).problems == []
    edit(demo / "demo.yaml", "comparator: at-least\n", "comparator: at-leest\n")
    found = validate([demo], today=dt.date(2030, 1, 1)).problems
    assert found and {Path(p.path).name for p in found} == {"demo.yaml"}
