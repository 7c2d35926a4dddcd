"""Defects found by the break-it review of issue #22 (several plans folders as one workspace)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import targetctl
from tests.conftest import Run
from tests.districts import district


def test_a_left_behind_log_beside_a_new_one_is_merged_not_moved_over_it(run: Run, tmp_path: Path) -> None:
    """Plan 'east' moved to the west folder, its old log left behind; one record made with only
    the west folder read started a new log there. Moving the old log as told would overwrite
    that record: the hint must say to append the old lines, and name the log that receives them."""
    district(tmp_path, "east")
    district(tmp_path, "west")
    for args in (("--plans", "east"), ("--plans", "west")):
        assert run(*args, "record", f"{args[1]}-projects", "3", "--date", "2025-03-31", "--by", "甲").exit_code == 0
    shutil.move(tmp_path / "east" / "east.yaml", tmp_path / "west" / "east.yaml")
    shutil.copy(tmp_path / "east" / "sources" / "east.txt", tmp_path / "west" / "sources" / "east.txt")
    assert run("--plans", "west", "record", "east-projects", "5", "--date", "2025-06-30", "--by", "乙").exit_code == 0
    new = tmp_path / "west" / "records" / "east.yaml"
    assert new.is_file()
    (tmp_path / "east" / "keep.yaml").write_text(
        (tmp_path / "west" / "west.yaml").read_text(encoding="utf-8").replace("west", "keep"), encoding="utf-8"
    )
    shutil.copy(tmp_path / "west" / "sources" / "west.txt", tmp_path / "east" / "sources" / "keep.txt")
    for command in ("status", "validate"):
        result = run("--plans", "east", "--plans", "west", command)
        said = result.stdout + result.stderr
        assert result.exit_code == 1, said
        assert "east/records/east.yaml" in said and "move this log" not in said, said
        assert "append its lines to west/records/east.yaml" in said, said


def test_a_left_behind_log_alone_is_still_moved(run: Run, tmp_path: Path) -> None:
    district(tmp_path, "east")
    district(tmp_path, "west")
    assert run("--plans", "east", "record", "east-projects", "3", "--date", "2025-03-31", "--by", "甲").exit_code == 0
    (tmp_path / "east" / "east.yaml").rename(tmp_path / "west" / "east.yaml")
    (tmp_path / "east" / "keep.yaml").write_text(
        (tmp_path / "west" / "west.yaml").read_text(encoding="utf-8").replace("west", "keep"), encoding="utf-8"
    )
    shutil.copy(tmp_path / "west" / "sources" / "west.txt", tmp_path / "east" / "sources" / "keep.txt")
    shutil.copy(tmp_path / "east" / "sources" / "east.txt", tmp_path / "west" / "sources" / "east.txt")
    result = run("--plans", "east", "--plans", "west", "status")
    assert "move this log to west/records/" in result.stderr, result.stderr


def test_folders_joined_with_the_other_systems_separator_say_which_one_this_system_takes(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A city office's note written for Windows (`;`) followed on Linux, or the reverse."""
    district(tmp_path, "east")
    district(tmp_path, "west")
    other = ";" if os.pathsep == ":" else ":"
    monkeypatch.setenv("TARGETCTL_PLANS", f"east{other}west")
    for command in ("status", "validate", "list"):
        result = run(command)
        assert result.exit_code == 2, result.stdout
        assert f"not found; to read several folders, join them with '{os.pathsep}' in TARGETCTL_PLANS" in result.stderr
    for joined in (("--plans", "east,west"), ("--plans", f"east{other}west")):
        result = run(*joined, "status")
        assert f"'east{joined[1][4]}west' not found; to read several folders" in result.stderr, result.stderr
    monkeypatch.setenv("TARGETCTL_PLANS", "east\nwest")  # TARGETCTL_PLANS=$(cat folders.txt), one a line
    said = run("status").stderr.splitlines()[-1]
    assert "'east\\nwest' not found; to read several folders, join them with" in said, said
    monkeypatch.setenv("TARGETCTL_PLANS", "nowhere")
    assert "plans folder 'nowhere' not found; pass --plans DIR or set TARGETCTL_PLANS" in run("status").stderr


def test_two_folders_sharing_one_records_folder_are_not_told_to_merge_a_log_into_itself(
    run: Run, tmp_path: Path
) -> None:
    district(tmp_path, "east")
    district(tmp_path, "west")
    assert run("--plans", "east", "record", "east-projects", "3", "--date", "2025-03-31", "--by", "甲").exit_code == 0
    (tmp_path / "west" / "records").symlink_to(tmp_path / "east" / "records")
    result = run("--plans", "east", "--plans", "west", "status")
    assert result.exit_code == 1
    assert "append its lines to east/records/east.yaml" not in result.stderr, result.stderr


def test_a_districts_submodule_not_checked_out_says_so(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After `git clone` of the city's repository without --recurse-submodules, each district's
    folder is there and empty: collaboration.md's TARGETCTL_PLANS names a plans folder inside it."""
    district(tmp_path / "districts" / "huangdao", "plans", plan="huangdao")
    (tmp_path / "districts" / "jiaozhou").mkdir()
    (tmp_path / "districts" / "xihaian").mkdir()
    monkeypatch.setenv("TARGETCTL_PLANS", "districts/xihaian/plans")
    assert "is empty" not in run("status").stderr, "a folder of no repository with submodules: not said"
    (tmp_path / ".gitmodules").write_text('[submodule "districts/jiaozhou"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path / "districts" / "xihaian")  # a new, empty folder inside the repository
    monkeypatch.delenv("TARGETCTL_PLANS")
    assert "is empty" not in run("status").stderr, "the folder one works in is not a submodule"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TARGETCTL_PLANS", "districts/huangdao/plans:districts/jiaozhou/plans".replace(":", os.pathsep))
    for command in ("status", "validate"):
        result = run(command)
        assert result.exit_code == 2
        assert "'districts/jiaozhou' is empty" in result.stderr and "git submodule update --init" in result.stderr


@pytest.mark.parametrize("given", [["status", "--plans", "east"], ["show", "east-projects", "--plans=east"]])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_plans_given_after_the_command_says_where_it_goes(
    run: Run, tmp_path: Path, given: list[str], lang: str
) -> None:
    """Click suggested `--plan` (a filter by plan id) for `status --plans east`, and `--lang` for
    `show T --plans east`: a newcomer must be told to put --plans before the command."""
    district(tmp_path, "east")
    result = run("--lang", lang, *given)
    assert result.exit_code == 2
    said = result.stderr.splitlines()[-1]
    assert f"targetctl --plans DIR {given[0]}" in said, said
    assert "--plan," not in said and "--lang" not in said


@pytest.mark.parametrize(
    "command", [["status"], ["show", "east-projects"], ["record", "east-projects", "3"], ["list"], ["validate"]]
)
def test_a_plans_folder_that_is_a_link_to_itself_is_a_usage_error(run: Run, tmp_path: Path, command: list[str]) -> None:
    """A link that leads round to itself (a checkout's broken link) was an internal error (exit 3)."""
    district(tmp_path, "east")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    result = run("--plans", "east", "--plans", "loop", *command)
    assert result.exit_code == 2, result.stderr
    assert "plans folder 'loop' is not a folder" in result.stderr


def test_the_library_says_the_same_of_a_link_to_itself(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    with pytest.raises(targetctl.UsageError, match="is not a folder"):
        targetctl.open([district(tmp_path, "east"), tmp_path / "loop"])


def test_an_export_folder_that_is_a_link_to_itself_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    district(tmp_path, "east")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    result = run("--plans", "east", "export", "--format", "parquet", "-o", "loop")
    assert result.exit_code == 2, result.stderr
    assert "'loop' is a link to nothing" in result.stderr


def test_a_log_or_source_that_is_a_link_to_itself_is_said_at_the_file(run: Run, tmp_path: Path) -> None:
    """Python before 3.13 raises RuntimeError, not OSError, for a link loop: these were internal errors."""
    east = district(tmp_path, "east")
    (east / "records").mkdir()
    (east / "records" / "east.yaml").symlink_to(east / "records" / "east.yaml")
    recorded = run("--plans", "east", "record", "east-projects", "3", "--by", "甲")
    assert recorded.exit_code == 1 and recorded.stderr.startswith("error: east/records/east.yaml"), recorded.stderr
    (east / "records" / "east.yaml").unlink()
    source = east / "sources" / "east.txt"
    source.unlink()
    source.symlink_to(source)
    checked = run("--plans", "east", "validate")
    assert checked.exit_code == 1 and "east/east.yaml:6:" in checked.stdout, checked.stdout + checked.stderr
    assert run("--plans", "east", "status").exit_code == 1


def test_init_into_a_link_to_itself_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    result = run("--plans", "loop", "init", "x-2026")
    assert result.exit_code == 1 and result.stderr.startswith("error: loop/sources: cannot write"), result.stderr
    assert len(result.stderr.splitlines()) == 1
