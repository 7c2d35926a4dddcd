"""Modules a cold `show`, `validate` or `record` does not need are not imported at start-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_lean_start import modules_after

# drafting's regexes (only tracing a source needs them), "did you mean" (only a miss), shell
# completion's word splitting, and running git for an author that `--by` already names
NOT_AT_START = {"targetctl.domain.drafting", "targetctl.domain.drafting.lines", "difflib", "shlex"}


@pytest.mark.slow
@pytest.mark.parametrize("args", [["show", "demo-people"], ["validate"]])
def test_cold_show_and_validate_leave_out_what_they_do_not_use(demo: Path, args: list[str]) -> None:
    loaded = modules_after(demo.parent, *args)
    assert "targetctl.domain.sources" in loaded
    assert NOT_AT_START & loaded == set()


@pytest.mark.slow
def test_cold_record_by_a_named_author_runs_no_git(demo: Path) -> None:
    loaded = modules_after(demo.parent, "record", "demo-people", "5", "--date", "2025-03-31", "--by", "me")
    assert "targetctl.workspace.writing" in loaded
    assert (NOT_AT_START | {"subprocess", "getpass"}) & loaded == set()


def test_a_mistyped_id_is_still_suggested() -> None:
    from targetctl.domain.suggest import suggest

    assert suggest("demo-peple", ["demo-people", "other"]) != ""
    assert suggest("zzz", ["demo-people"]) == ""
