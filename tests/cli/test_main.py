"""The CLI through Typer's CliRunner: exit codes, stdout and stderr."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from targetctl import __version__
from tests.conftest import REPO, Run, command_names, edit


def test_version(run: Run) -> None:
    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"targetctl {__version__}\n")


def test_validate_default_folder_from_env(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TARGETCTL_PLANS", str(demo))
    result = run("validate")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "ok: 1 file valid\n", "")


def test_validate_reports_every_problem_and_exits_1(run: Run, demo: Path) -> None:
    edit(demo / "demo.yaml", "comparator: exactly", "comparator: exact")
    edit(demo / "demo.yaml", "unit: mu", "unit: acres")
    result = run("--plans", "plans", "validate")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("plans/demo.yaml:21:17: unknown comparator 'exact'")
    assert lines[1].startswith("plans/demo.yaml:51:11: unknown unit 'acres'")
    assert lines[-1] == "failed: 2 problems in 1 file"


def test_validate_json_and_github(run: Run, demo: Path) -> None:
    edit(demo / "demo.yaml", "comparator: exactly", "comparator: exact")
    data = json.loads(run("validate", "--format", "json", "plans").stdout)
    assert data["valid"] is False and data["problems"][0]["line"] == 21 and data["problems"][0]["column"] == 17
    github = run("validate", "--format", "github", "plans").stdout.splitlines()[0]
    assert github.startswith("::error file=plans/demo.yaml,line=21,col=17::unknown comparator 'exact'")


def test_validate_strict_flags_unmapped_sentences(run: Run, demo: Path) -> None:
    edit(demo / "demo.yaml", "  - quote: 会议取得圆满成功\n    reason: context, not a commitment\n", "")
    edit(demo / "demo.yaml", "excluded:\n", "")
    assert run("validate", "plans").exit_code == 0
    result = run("validate", "--strict", "plans")
    assert result.exit_code == 1 and "not mapped to a target and not excluded: 会议取得圆满成功" in result.stdout


def test_a_missing_source_is_reported_once_under_strict(run: Run, demo: Path) -> None:
    """The quote check reports a source file it cannot read; --strict's check of unmapped clauses
    has nothing to map then, and says nothing more."""
    (demo / "sources" / "demo.txt").unlink()
    for args in (("validate", "plans"), ("validate", "--strict", "plans")):
        result = run(*args)
        assert result.exit_code == 1 and result.stdout.count("source file 'sources/demo.txt' not found") == 1


def test_validate_missing_path_is_a_usage_error(run: Run) -> None:
    result = run("validate", "nowhere")
    assert result.exit_code == 2 and "'nowhere' does not exist" in result.stderr


def test_missing_plans_folder_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    result = run("--plans", "nowhere", "list")
    assert result.exit_code == 2
    assert "plans folder 'nowhere' not found; pass --plans DIR or set TARGETCTL_PLANS" in result.stderr
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    assert "'file.txt' is not a folder" in run("--plans", "file.txt", "status").stderr
    assert run("validate").exit_code == 2, "no ./plans here"


def test_unknown_option_exits_2(run: Run) -> None:
    assert run("validate", "--frobnicate").exit_code == 2


def test_list_shows_tree(run: Run, demo: Path) -> None:
    result = run("list")
    assert result.exit_code == 0
    assert "demo-2025" in result.stdout and "demo-people" in result.stdout and "= 100 people" in result.stdout
    assert "引进人才" in run("list", "--lang", "zh").stdout


def test_list_refuses_invalid_plans(run: Run, demo: Path) -> None:
    edit(demo / "demo.yaml", "kind: range", "kind: rnage")
    result = run("list")
    assert result.exit_code == 1 and "unknown kind 'rnage'" in result.stderr and "Traceback" not in result.stderr


def test_trace_marks_sentences(run: Run, demo: Path) -> None:
    result = run("trace", "--plan", "demo-2025")
    assert result.exit_code == 0
    assert "demo-people" in result.stdout and "context, not a commitment" in result.stdout
    assert "7 mapped, 1 excluded, 0 unmapped" in result.stdout  # 全年引进人才 / 100名: a line break ends a clause
    assert run("trace", "--plan", "nope").exit_code == 1


def test_schema_is_json_schema_of_plan(run: Run) -> None:
    schema = json.loads(run("schema").stdout)
    assert schema["title"] == "Plan" and "targets" in schema["properties"]


def test_text_from_files_is_shown_literally(run: Run, demo: Path) -> None:
    edit(demo / "demo.yaml", "en: Recruit talent", 'en: "[bold]Recruit\\e[31m talent"')
    out = run("list").stdout
    assert "[bold]Recruit[31m talent" in out and "\x1b" not in out


def test_internal_errors_exit_3_with_please_report(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import targetctl.commands.list as command

    monkeypatch.setattr(command, "plan_tree", lambda *a: 1 / 0)
    result = run("list")
    assert result.exit_code == 3 and "please report" in result.stderr and "Traceback" not in result.stderr
    debug = run("--debug", "list")
    assert debug.exit_code == 3 and "Traceback" in debug.stderr


def test_every_command_is_documented_in_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in command_names():
        assert re.search(rf"`targetctl {name}\b", readme), f"README does not document '{name}'"


def test_python_dash_m_works() -> None:
    out = subprocess.run([sys.executable, "-m", "targetctl", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout == f"targetctl {__version__}\n"


def test_escape_codes_in_messages_are_shown_not_obeyed(run: Run, demo: Path) -> None:
    with (demo / "demo.yaml").open("a", encoding="utf-8") as plan:
        plan.write('"\\e]0;HACKED\\a\\e[2J": 1\n')
    out = run("validate").stdout + run("validate", "--format", "github").stdout
    assert "\x1b" not in out and "\x07" not in out and "\\u001b]0;HACKED\\u0007" in out


def test_only_the_named_command_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    from targetctl.cli.main import _click_command, app
    from targetctl.cli.session import parse

    def invoked(argv: list[str]) -> str | None:
        return parse(argv).command

    def click_command(argv: list[str]) -> Any:
        return _click_command(parse(argv))

    assert invoked(["--plans", "p", "--lang=zh", "--debug", "show", "x"]) == "show"
    assert invoked(["--lang", "zh", "import", "f.csv"]) == "import"
    assert invoked(["--help"]) is None and invoked(["--version"]) is None and invoked([]) is None
    every = len(app.registered_commands)
    assert list(click_command(["status", "--json"]).commands) == ["status"]
    assert list(click_command(["import", "x.csv"]).commands) == ["import"]
    assert len(click_command(["--help"]).commands) == every == len(click_command(["nosuch"]).commands)
    assert len(app.registered_commands) == every
    monkeypatch.setenv("_TARGETCTL_COMPLETE", "complete_bash")
    assert len(click_command(["status"]).commands) == every
