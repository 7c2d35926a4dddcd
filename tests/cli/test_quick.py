"""`show`, `validate` and `record` without Typer (`cli.quick`) print what Typer's path prints:
the same output, the same error lines, the same exit codes, in both languages."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from targetctl.cli.quick import _RECORD_FLAGS, _RECORD_VALUES, read, runnable
from targetctl.cli.session import parse
from tests.conftest import edit

FAST = "import sys; from targetctl.cli.fast import main; main(); sys.exit(0)"
TYPER = "from targetctl.cli.main import main; main()"
# whether the command was answered before Typer was imported: printed after the command's output
PROBE = "import atexit, sys; atexit.register(lambda: sys.stderr.write('typer' in sys.modules and '[typer]' or ''))"


def targetctl(
    cwd: Path, *args: str, code: str = FAST, lang: str = "en", plans: str | None = None
) -> tuple[int, str, str, bool]:
    """The exit code, stdout and stderr, and whether Typer was imported."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80", "TARGETCTL_CACHE_DIR": str(cwd / "cache")}
    env["TARGETCTL_LANG"] = lang
    env.pop("TARGETCTL_PLANS", None)
    if plans is not None:
        env["TARGETCTL_PLANS"] = plans
    argv = [sys.executable, "-c", f"{PROBE}; sys.argv[0] = 'targetctl'; {code}", *args]
    done = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, check=False)
    err = done.stderr.removesuffix("[typer]")
    return done.returncode, done.stdout, err, err != done.stderr


def both(
    workspace: Path, *args: str, lang: str = "en", writes: bool = False, plans: str | None = None
) -> tuple[int, str, str, bool]:
    """What the fast path and Typer's path print, checked equal (on copies when the command
    writes, so that each writes into the same workspace); the fast path's answer, and whether
    it needed Typer."""
    fast_cwd, typer_cwd = workspace, workspace
    if writes:
        fast_cwd, typer_cwd = workspace.parent / "fast", workspace.parent / "typer"
        for copy in (fast_cwd, typer_cwd):
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(workspace, copy)
    fast = targetctl(fast_cwd, *args, lang=lang, plans=plans)
    slow = targetctl(typer_cwd, *args, code=TYPER, lang=lang, plans=plans)
    assert slow[3]
    assert fast[:3] == (slow[0], _ids(slow[1], fast[1]), slow[2])
    return fast


def _ids(typer_text: str, fast_text: str) -> str:
    """Typer's output with the record id the fast path made (each write makes its own)."""
    import re

    ids = re.findall(r"\b[0-9a-f]{12,32}\b", fast_text)
    found = re.findall(r"\b[0-9a-f]{12,32}\b", typer_text)
    for old, new in zip(found, ids, strict=False):
        typer_text = typer_text.replace(old, new)
    return typer_text


@pytest.fixture
def workspace(demo: Path) -> Path:
    return demo.parent


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_show_and_validate_as_through_typer(workspace: Path, lang: str) -> None:
    code, text, err, typer = both(workspace, "show", "demo-people", lang=lang)
    assert (code, err, typer) == (0, "", False) and "demo-people" in text
    code, _, err, typer = both(workspace, "show", "no-such-target", lang=lang)
    assert (code, err.count("\n"), typer) == (1, 1, False)
    assert both(workspace, "validate", lang=lang)[::3] == (0, False)
    assert both(workspace, "validate", "plans", "plans/demo.yaml", lang=lang)[::3] == (0, False)
    assert both(workspace, "--plans", "nowhere", "show", "demo-people", lang=lang)[::3] == (2, True)  # a UsageError
    assert both(workspace, "validate", "nowhere", lang=lang)[::3] == (2, True)
    assert both(workspace, "show", "--help", lang=lang)[2:] == ("", True)


@pytest.mark.slow
def test_the_plans_folders_are_found_as_through_typer(workspace: Path) -> None:
    shutil.copytree(workspace / "plans", workspace / "moved")
    shutil.rmtree(workspace / "plans")
    assert both(workspace, "show", "demo-people", plans="moved")[::3] == (0, False)
    assert both(workspace, "--debug", "--plans", "moved", "show", "demo-people")[::3] == (0, False)
    assert both(workspace, "show", "demo-people", plans=os.pathsep.join(["moved", "moved"]))[::3] == (0, False)
    assert both(workspace, "show", "demo-people")[::3] == (2, True)  # no ./plans: a UsageError
    assert both(workspace, "--plans", "", "show", "demo-people", plans="moved")[::3] == (2, True)


@pytest.mark.slow
def test_validate_reports_bad_data_as_through_typer(workspace: Path) -> None:
    edit(workspace / "plans" / "demo.yaml", "kind: quantity", "kind: quantityx")
    code, text, _, typer = both(workspace, "validate")
    assert (code, typer) == (1, False) and "demo.yaml:" in text
    code, _, err, typer = both(workspace, "show", "demo-people")
    assert (code, typer) == (1, False) and "demo.yaml:" in err


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_record_as_through_typer(workspace: Path, lang: str) -> None:
    words = ["record", "demo-people", "5", "--date", "2025-03-31", "--by=me", "--note", "n"]
    code, text, _, typer = both(workspace, *words, lang=lang, writes=True)
    assert (code, typer) == (0, False) and "demo-people" in text
    code, _, err, typer = both(
        workspace, "record", "demo-people", "many", "--date", "2025-03-31", lang=lang, writes=True
    )
    assert (code, err.count("\n"), typer) == (1, 1, False)


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ["record", "demo-people", "5", "--date", "2025-13-01"],  # not a date: Typer says so
        ["record", "demo-people", "-5", "--date", "2025-03-31"],  # a negative value: Typer's reading
        ["record", "demo-people"],
        ["record", "--void", "last"],
    ],
)
def test_record_left_to_typer_says_the_same(workspace: Path, args: list[str]) -> None:
    code, _, err, typer = both(workspace, *args, writes=True)
    assert code in (1, 2) and err and typer


def test_plain_words_are_read_as_click_reads_them() -> None:
    found = read(["t", "--date=2025-01-01", "--by", "me", "5", "--no-status"], _RECORD_VALUES, _RECORD_FLAGS)
    assert found is not None
    assert (found.args, found.values, found.flags) == (
        ["t", "5"],
        {"--date": "2025-01-01", "--by": "me"},
        {"with_status": False},
    )


@pytest.mark.parametrize(
    "words",
    [
        ["t", "--lang", "zh"],  # an option not read here
        ["t", "--by", "a", "--by", "b"],  # twice
        ["t", "--status", "--no-status"],  # one setting twice
        ["t", "--by"],  # no value
        ["t", "--by", "--note"],  # a value that looks like an option
        ["t", "--add=yes"],  # a flag with a value
        ["t", "--", "-5"],
        ["t", "-5"],
        ["", "5"],
    ],
)
def test_words_that_are_not_plain_are_left_to_typer(words: list[str]) -> None:
    assert read(words, _RECORD_VALUES, _RECORD_FLAGS) is None


@pytest.mark.parametrize(
    ("argv", "answered"),
    [
        (["show", "t"], True),
        (["--plans", "p", "show", "t"], True),
        (["validate"], True),
        (["record", "t", "5", "--add", "--provisional"], True),
        (["record", "t", "5", "--date", "yesterday"], False),
        (["--lang", "zh", "show", "t"], False),
        (["--no-pager", "show", "t"], False),
        (["show", "t", "--json"], False),
        (["show"], False),
        (["show", "a", "b"], False),
        (["status"], False),
        (["record", "t"], False),
    ],
)
def test_which_command_lines_run_without_typer(argv: list[str], answered: bool) -> None:
    assert (runnable(parse(argv)) is not None) is answered


@pytest.mark.slow
@pytest.mark.parametrize("args", [["show", "demo-people"], ["validate"]])
def test_a_closed_pipe_is_said_as_through_typer(workspace: Path, args: list[str]) -> None:
    said = []
    for code in (FAST, TYPER):
        read_end, write_end = os.pipe()
        os.close(read_end)  # nobody reads: the first write fails
        env = {**os.environ, "NO_COLOR": "1", "TARGETCTL_CACHE_DIR": str(workspace / "cache")}
        argv = [sys.executable, "-c", f"import sys; sys.argv[0] = 'targetctl'; {code}", *args]
        done = subprocess.run(argv, env=env, cwd=workspace, stdout=write_end, stderr=subprocess.PIPE, text=True)
        os.close(write_end)
        said.append((done.returncode, done.stderr))
    assert said[0] == said[1]
    assert said[0][0] == 1


def test_the_options_read_here_are_typers_own() -> None:
    """An option renamed or dropped in `write_commands.record` must not live on here."""
    import typer.main

    from targetctl.cli.main import app

    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]

    def params(command: str, kind: str) -> list[Any]:
        return [p for p in commands[command].params if p.param_type_name == kind]

    options = {name: p for p in params("record", "option") for name in (*p.opts, *p.secondary_opts)}
    for name in _RECORD_VALUES:
        assert not options[name].is_flag
    for name, (key, setting) in _RECORD_FLAGS.items():
        assert options[name].is_flag
        assert options[name].name == {"with_status": "show_status"}.get(key, key)
        assert setting is (name in options[name].opts)
    assert [p.name for p in params("record", "argument")] == ["target", "value"]
    assert [p.name for p in params("show", "argument")] == ["target"]
    assert [p.name for p in params("validate", "argument")] == ["paths"]
