"""Help in Chinese under --lang zh, TARGETCTL_LANG=zh or a Chinese locale; every help text
of every command has a translation, so a new option cannot slip in English-only."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main

from targetctl.cli import main as cli
from targetctl.cli.help_zh import HELP
from tests.conftest import Run


def helps(command: Any) -> list[str]:
    found = [command.help] if command.help else []
    found += [p.help for p in command.params if getattr(p, "help", None)]
    for sub in getattr(command, "commands", {}).values():
        found += helps(sub)
    return found


def test_every_help_text_has_a_chinese_translation() -> None:
    missing = sorted({h for h in helps(typer.main.get_command(cli.app)) if h not in HELP})
    assert missing == []


def run_main(argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    monkeypatch.setattr(sys, "argv", ["targetctl", *argv])
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "env"),
    [
        (["--lang", "zh", "status", "--help"], {}),
        (["status", "--help", "--lang=zh"], {}),
        (["status", "--help"], {"TARGETCTL_LANG": "zh"}),
    ],
)
def test_help_in_chinese(
    argv: list[str], env: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    out = run_main(argv, monkeypatch, capsys)
    assert "按领域显示每项目标的完成情况" in out and "选项" in out and "只看此计划。" in out


def test_help_stays_english_otherwise(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TARGETCTL_LANG", "en")
    out = run_main(["--help"], monkeypatch, capsys)
    assert "Keep a work plan's targets as code" in out and "Options" in out and "选项" not in out


def test_common_errors_in_chinese(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = run("--lang", "zh", "record", "demo-peple", "5")
    assert result.exit_code == 1
    assert result.stderr == "错误：未知目标“demo-peple”；是否为“demo-people”？\n"
    wrong = run("--lang", "zh", "record", "demo-people", "5吨", "--date", "2025-06-30")
    assert wrong.stderr.startswith("错误：单位“吨”与目标“demo-people”的计量单位（人）不符")
    monkeypatch.setenv("TARGETCTL_LANG", "zh")
    assert run("record", "demo-people", "x", "--date", "2025-06-30").stderr.startswith("错误：“x”不是数字")


def test_a_message_without_an_id_cannot_be_made() -> None:
    from targetctl.domain.messages import Msg
    from targetctl.domain.problems import Problem

    with pytest.raises(TypeError):
        Problem("p.yaml", 3, 1, "some new message", "do this")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Problem("p.yaml", 3, 1, Msg("check.no_english"), "do this")  # type: ignore[arg-type]
    said = Problem("p.yaml", 3, 1, Msg("check.no_english"), Msg("check.add_en")).said("zh")
    assert said == "p.yaml:3:1: 尚无英文译文；在 zh 旁补上 en"


def test_record_help_names_the_value_as_its_argument_is_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    out = run_main(["--lang", "zh", "record", "--help"], monkeypatch, capsys)
    assert "VALUE" not in out and "数值" in out
    add = next(line for line in out.splitlines() if "--add" in line)
    assert "数值为在最新累计值上的增量" in add
