"""What a newcomer meets first, through the CLI in Chinese (newcomer review): a plan id typed in
Chinese is said back as typed, not as \\u escapes; a typo in a plan is not answered with advice
to delete its record log."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from tests.conftest import Run, edit


def test_a_chinese_plan_id_is_said_back_as_typed(run: Run) -> None:
    result = run("--lang", "zh", "init", "区 计划")
    assert result.exit_code == 2
    assert "“区 计划”不是有效的计划编号" in result.stderr and "\\u" not in result.stderr


def test_a_control_character_in_a_plan_id_is_still_shown_as_an_escape(run: Run) -> None:
    result = run("init", "plan-2026\n\x1b[31m")
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "'plan-2026\\u000a\\u001b[31m' is not a valid plan id" in result.stderr


def test_a_typo_in_a_plan_never_calls_its_log_a_log_of_no_plan(run: Run, demo: Path) -> None:
    """A full-width colon typed in the plan made its record log 'a log of no plan: rename it or
    delete it', advice that loses every record (newcomer review). The plan's own error is said;
    its logs are judged once every plan of the folder reads."""
    assert run("record", "demo-people", "30", "--date", "2025-06-30", "--by", "甲").exit_code == 0
    edit(demo / "demo.yaml", "    comparator: at-least\n", "    comparator： at-least\n")
    for command in (["validate"], ["status"], ["--lang", "zh", "validate"]):
        result = run(*command)
        said = result.stdout + result.stderr
        assert result.exit_code == 1 and "demo.yaml:" in said, said
        assert "records/demo-2025.yaml" not in said, said


def test_a_log_left_by_a_renamed_plan_id_is_still_a_log_of_no_plan(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "30", "--date", "2025-06-30", "--by", "甲").exit_code == 0
    edit(demo / "demo.yaml", "id: demo-2025\n", "id: demo-2026\n")
    result = run("validate")
    assert result.exit_code == 1 and "records/demo-2025.yaml:1:1: record log of no plan" in result.stdout


def test_a_lock_that_cannot_be_taken_says_what_to_do(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a read-only folder (a shared drive, a CD) the writers' lock cannot be made: the line
    said why but not what to do (newcomer review)."""
    real = os.open

    def refuse(path: str | Path, flags: int, *args: int) -> int:
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real(path, flags, *args)

    monkeypatch.setattr(os, "open", refuse)
    result = run("--lang", "zh", "record", "demo-people", "30", "--date", "2025-06-30", "--by", "甲")
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert "无法取得写入锁" in line and line.endswith("请检查该文件夹是否可写")


def test_a_plan_that_cannot_be_written_is_named_not_its_temporary_file(
    run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'plans/sources/.new-2026.txt.17377.tmp: cannot write' named a file the user never asked
    for (newcomer review): the file it was writing is named."""
    real = os.open

    def refuse(path: str | Path, flags: int, *args: int) -> int:
        if str(path).endswith(".tmp"):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fspath(path))
        return real(path, flags, *args)

    monkeypatch.setattr(os, "open", refuse)
    result = run("--lang", "zh", "init", "new-2026")
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert (
        ".tmp" not in line
        and line.startswith("错误：plans/plan.schema.json: ")
        and line.endswith("请检查该文件夹是否可写")
    ), line


@pytest.mark.parametrize("command", [["status"], ["log"], ["trace"], ["report", "--format", "md"]])
def test_an_unknown_plan_lists_the_plans_there_are(run: Run, demo: Path, command: list[str]) -> None:
    """'未知计划“nope”；demo-2025' listed ids with no word of what they were, and `log` said
    nothing at all (newcomer review)."""
    result = run("--lang", "zh", *command, "--plan", "nope")
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.endswith("未知计划“nope”；计划：demo-2025"), line
