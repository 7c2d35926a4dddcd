"""draft and init write into the one folder a --plans pattern names (break-it review of issue 19):
given 'q/*/plans', they wrote into a new folder literally named '*', beside the one it matched."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Run

TEXT = "一、主要目标\n到2025年新建学校3所。\n"


@pytest.mark.parametrize("command", [["draft", "x.txt", "--id", "x"], ["init", "x"]])
def test_a_pattern_matching_one_folder_writes_there(run: Run, tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "q" / "a" / "plans").mkdir(parents=True)
    result = run("--plans", "q/*/plans", *command)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "q" / "a" / "plans" / "x.yaml").is_file()
    assert not (tmp_path / "q" / "*").exists()


@pytest.mark.parametrize("command", [["draft", "x.txt", "--id", "x"], ["init", "x"]])
def test_a_pattern_matching_no_folder_is_a_usage_error(run: Run, tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    result = run("--plans", "q/*/plans", *command)
    assert result.exit_code == 2, result.output
    assert "q/*/plans" in result.stderr and "no folder" in result.stderr
    assert not (tmp_path / "q").exists()


def test_a_pattern_matching_two_folders_is_refused_as_two_folders(run: Run, tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    for name in ("a", "b"):
        (tmp_path / "q" / name / "plans").mkdir(parents=True)
    result = run("--plans", "q/*/plans", "draft", "x.txt", "--id", "x")
    assert result.exit_code == 2, result.output
    assert "2 were given" in result.stderr
    assert not (tmp_path / "q" / "*").exists()
