"""docs/collaboration.md's commands for a unit and for CI, run as written on the shipped plans
(the plans its examples name), so that a newcomer who copies them sees them work."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO, Run

DOC = REPO / "docs" / "collaboration.md"


def _commands(marker: str) -> list[list[str]]:
    """The targetctl lines of the fenced block that holds `marker`, comments left out."""
    block = next(b for b in re.findall(r"```\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S) if marker in b)
    lines = [line.split("  #")[0].strip() for line in block.splitlines()]
    return [shlex.split(line)[1:] for line in lines if line.startswith("targetctl ")]


@pytest.mark.parametrize("marker", ["git switch -c", "--format github"])
def test_the_units_and_the_ci_commands_run_as_written(tmp_path: Path, run: Run, marker: str) -> None:
    shutil.copytree(REPO / "plans", tmp_path / "plans")
    commands = _commands(marker)
    assert commands
    for args in commands:
        result = run(*args)
        assert result.exit_code == 0, (args, result.stdout, result.stderr)
