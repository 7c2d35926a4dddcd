"""Defects found by a review of several plans folders read as one workspace: folders given
to `validate` as arguments, `init` with one folder named twice, empty folder names, a plan
file that is a dangling link, and `trace` in a pipe or with `--unmapped`."""

from __future__ import annotations

from pathlib import Path

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
