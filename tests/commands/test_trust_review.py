"""Defects a second break-it review of the trust guarantees found, each with the test that
failed before its fix."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import Run

LOG = Path("plans") / "records" / "demo-2025.yaml"


def test_a_back_dated_total_above_a_later_one_needs_correct(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "53", "--date", "2025-06-01", "--no-status").exit_code == 0
    above = run("record", "demo-people", "90", "--date", "2025-05-01", "--no-status")
    assert above.exit_code == 1 and "is above the 53 recorded as of 2025-06-01" in above.stderr
    assert run("record", "demo-people", "40", "--date", "2025-05-01", "--no-status").exit_code == 0
    assert run("record", "demo-people", "90", "--date", "2025-05-02", "--correct", "--no-status").exit_code == 0


def test_a_total_is_not_checked_against_a_log_it_cannot_read(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "53", "--date", "2025-06-01", "--no-status").exit_code == 0
    log = demo / "records" / "demo-2025.yaml"
    line = log.read_text(encoding="utf-8").rstrip("\n")
    log.write_text(line + ", " + line[2:].replace('"value": 53', '"value": 70') + "\n", encoding="utf-8")
    before = log.read_bytes()
    result = run("record", "demo-people", "60", "--date", "2025-09-02", "--no-status")
    assert result.exit_code == 1 and "plans/records/demo-2025.yaml:" in result.stderr
    assert log.read_bytes() == before


def test_texts_from_a_terminal_in_another_encoding(run: Run, demo: Path) -> None:
    result = run("record", "demo-people", "5", "--date", "2025-06-01", "--note", "\udcff\udcfe")
    assert result.exit_code == 1 and result.stderr.startswith("error: --note is not valid text")
    assert run("judge", "demo-people", "red", "--reason", "\udcff").exit_code == 1


@pytest.mark.parametrize("name", ["a\tb", "=cmd\x1b[31m"])
def test_a_name_holds_no_control_character(run: Run, demo: Path, name: str) -> None:
    result = run("record", "demo-people", "5", "--date", "2025-06-01", "--by", name)
    assert result.exit_code == 1 and result.stderr.startswith("error: --by holds a control character")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_log_that_links_to_a_plan_file_is_never_written(run: Run, demo: Path) -> None:
    (demo / "records").mkdir(exist_ok=True)
    (demo / "records" / "demo-2025.yaml").symlink_to("../demo.yaml")
    before = (demo / "demo.yaml").read_bytes()
    result = run("record", "demo-people", "5", "--date", "2025-06-01", "--no-status")
    assert result.exit_code == 1 and "link to another file" in result.stderr
    assert (demo / "demo.yaml").read_bytes() == before


def test_json_outputs_escape_c1_and_bidi_characters(run: Run, demo: Path) -> None:
    from tests.conftest import edit

    edit(demo / "demo.yaml", "en: Recruit talent", 'en: "Recruit \\u009b31m talent \\u202e"')
    assert run("record", "demo-people", "5", "--date", "2025-06-01", "--no-status").exit_code == 0
    for args in (("status", "--json", "--no-cache"), ("show", "demo-people", "--json"), ("log", "--json")):
        out = run(*args).stdout
        assert "\x9b" not in out and "\u202e" not in out, args
        json.loads(out)
    assert "\\u009b" in run("status", "--json", "--no-cache").stdout
