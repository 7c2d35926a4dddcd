"""A usage error raised inside a command shows that command's usage line, not the top level's."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import Run


def test_a_bad_plan_id_shows_inits_usage(run: Run) -> None:
    result = run("init", "BAD_ID")
    assert result.exit_code == 2
    assert re.search(r"^Usage: \S+ init ", result.stderr, re.M) and "COMMAND [ARGS]" not in result.stderr
    assert re.search(r"\S+ init --help", result.stderr)


def test_an_output_in_a_missing_folder_shows_reports_usage_in_chinese(run: Run, demo: Path, tmp_path: Path) -> None:
    result = run("--lang", "zh", "report", "-o", str(tmp_path / "nonexist" / "r.md"))
    assert result.exit_code == 2
    assert re.search(r"^用法：\S+ report ", result.stderr, re.M) and "命令 [参数]" not in result.stderr
