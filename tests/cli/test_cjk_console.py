"""A console in a Chinese (Japanese, Korean) code page draws box lines and bars (─ │ █), which
its fonts hold as double-byte characters, two cells wide: an 80-column table of them took 156
cells and every line wrapped (newcomer review). On such a console they are written as ASCII
of the same width, and no line ends in padding; a file or a pipe gets the text unchanged."""

from __future__ import annotations

import io
import sys

import pytest
from typer.testing import CliRunner

from targetctl.cli import terminal
from targetctl.cli.main import app
from tests.conftest import Recorder

TABLE = " 目标  进度       \n ───────────── \n 甲    ███.. 60%  \n"


class _Console(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("encoding", "tty", "changed"), [("gbk", True, True), ("gbk", False, False), ("utf-8", True, False)]
)
def test_only_a_cjk_console_gets_ascii_lines_and_bars(
    monkeypatch: pytest.MonkeyPatch, encoding: str, tty: bool, changed: bool
) -> None:
    stream = (_Console if tty else io.TextIOWrapper)(io.BytesIO(), encoding=encoding)
    monkeypatch.setattr(sys, "stdout", stream)
    monkeypatch.setattr(sys, "platform", "linux")
    shown = terminal.for_console(TABLE)
    if changed:
        assert shown == " 目标  进度\n -------------\n 甲    ###.. 60%\n"
    else:
        assert shown == TABLE


def _gbk_cells(line: str) -> int:
    return len(line.encode("gbk", errors="replace"))


def test_status_at_80_columns_on_a_chinese_console_keeps_every_line_within_80(
    recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder(("demo-people", "40", "--date", "2025-06-30"), ("demo-growth", "9", "--date", "2025-06-30"))
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(terminal, "cjk_console", lambda: True)
    result = CliRunner(charset="gbk").invoke(app, ["--lang", "zh", "status", "--all", "--as-of", "2025-06-30"])
    assert result.exit_code == 0, result.output
    text = result.stdout_bytes.decode("gbk")
    assert "─" not in text and "█" not in text and "---" in text
    assert all(_gbk_cells(line) <= 80 for line in text.splitlines()), [
        line for line in text.splitlines() if _gbk_cells(line) > 80
    ]
