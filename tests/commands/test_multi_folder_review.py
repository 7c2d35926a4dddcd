"""Defects found by a review of several plans folders read as one workspace: folders given
to `validate` as arguments, `init` with one folder named twice, empty folder names, a plan
file that is a dangling link, and `trace` in a pipe or with `--unmapped`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import targetctl
from targetctl.domain.problems import UsageError
from tests.conftest import Run
from tests.districts import district


def test_validate_folder_arguments_are_one_workspace(run: Run, tmp_path: Path) -> None:
    district(tmp_path, "east", plan="same")
    district(tmp_path, "west", plan="same")
    each = run("validate", "east", "west")
    assert each.exit_code == 1, each.stdout
    assert "east/same.yaml" in each.stdout and "west/same.yaml" in each.stdout
    assert each.stdout == run("--plans", "east", "--plans", "west", "validate").stdout


def test_validate_folder_arguments_clash_on_target_ids(run: Run, tmp_path: Path) -> None:
    district(tmp_path, "east", target="shared-projects")
    district(tmp_path, "west", target="shared-projects")
    assert run("validate", "east", "west").exit_code == 1
    assert run("validate", "east").exit_code == 0


def test_init_counts_a_folder_named_twice_once(run: Run, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    for n, twice in enumerate((("--plans", "a", "--plans", "a"), ("--plans", "a", "--plans", "./a"))):
        result = run(*twice, "init", f"x{n}-2026")
        assert result.exit_code == 0, result.stderr
        assert (tmp_path / "a" / f"x{n}-2026.yaml").is_file()


def test_an_empty_plans_name_on_the_command_line_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    district(tmp_path, "a")
    (tmp_path / "stray.yaml").write_text("id: [broken\n", encoding="utf-8")  # what reading '.' would find
    for words in (("--plans", "a", "--plans", "", "status"), ("--plans=", "validate")):
        result = run(*words)
        assert result.exit_code == 2, (words, result.stdout)
        assert "--plans ''" in result.stderr and "empty" in result.stderr


def test_an_empty_entry_in_the_variable_is_skipped(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    district(tmp_path, "a")
    (tmp_path / "stray.yaml").write_text("id: [broken\n", encoding="utf-8")
    monkeypatch.setenv("TARGETCTL_PLANS", f"a{os.pathsep}")
    result = run("validate")
    assert result.exit_code == 0, result.stdout + result.stderr


def test_an_empty_folder_name_given_to_the_library_is_a_usage_error(tmp_path: Path) -> None:
    district(tmp_path, "a")
    with pytest.raises(UsageError, match="empty"):
        targetctl.open([tmp_path / "a", ""])


def test_a_plan_file_that_is_a_dangling_link_is_an_error(run: Run, tmp_path: Path) -> None:
    district(tmp_path, "b")
    (tmp_path / "b" / "dangling.yaml").symlink_to("nowhere.yaml")
    commands = ("validate", "status", "list")
    for words in [("validate", "b"), *(("--plans", "b", command) for command in commands)]:
        result = run(*words)
        assert result.exit_code == 1, (words, result.stdout, result.stderr)
        said = result.stdout + result.stderr
        assert "b/dangling.yaml:1:1:" in said and "nowhere.yaml" in said, said
