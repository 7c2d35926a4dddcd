"""Click's prompt words under the Chinese interface: a bad answer to a yes/no question."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Run


def test_a_bad_answer_is_told_in_chinese(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from targetctl.cli import terminal

    assert run("record", "demo-people", "20", "--date", "2025-04-30", "--by", "张三").exit_code == 0
    monkeypatch.setattr(terminal, "interactive", lambda: True)
    asked = run("--lang", "zh", "record", "--void", "last", "--reason", "错了", "--by", "张三", input="x\nn\n")
    assert "invalid input" not in asked.output and "Error" not in asked.output
    assert "错误：输入无效" in asked.output
    english = run("record", "--void", "last", "--reason", "typo", "--by", "张三", input="x\nn\n")
    assert "Error: invalid input" in english.output
