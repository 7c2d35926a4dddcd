"""Fixtures: synthetic workspaces built in tmp_path, and a CLI runner. Typed once here, so
that `mypy --strict tests` checks every test that uses them."""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import pytest
import typer.main
from typer.core import TyperGroup
from typer.testing import CliRunner, Result

from targetctl.cli.main import app
from targetctl.domain.messages import Msg

GOLDEN = Path(__file__).parent / "golden"
REPO = Path(__file__).parent.parent

Json = dict[str, Any]
"""A JSON object as `--json` prints it."""


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A plans folder holding the synthetic demo plan (one target of every kind)."""
    root = tmp_path / "plans"
    shutil.copytree(GOLDEN / "valid", root)
    return root


class Run(Protocol):
    """The `run` fixture: targetctl with these arguments, through CliRunner."""

    def __call__(self, *args: str, input: str | None = None) -> Result: ...


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Run:
    """Run targetctl in tmp_path with the given arguments; returns the click Result."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TARGETCTL_PLANS", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    for name in ("TARGETCTL_LANG", "LC_ALL", "LC_MESSAGES", "COLUMNS"):  # COLUMNS: pytest-xdist sets 80
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(tmp_path / "cache"))
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Result:
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def status_of(run: Run, target: str, day: str) -> dict[str, Any]:
    """One target's entry in `status --json` as of `day`."""
    doc = json.loads(run("status", "--json", "--as-of", day, "--no-cache").stdout)
    found: dict[str, Any] = next(t for p in doc["plans"] for t in p["targets"] if t["id"] == target)
    return found


class Recorder(Protocol):
    """The `recorder` fixture: record each row (a target, a value and `record`'s options) into the
    demo plan, each by `by` (None: the row names its own `--by`); every one must succeed."""

    def __call__(self, *rows: Sequence[str], by: str | None = "x") -> Run: ...


@pytest.fixture(scope="session")
def recorded_logs() -> dict[object, Path]:
    """Record logs already written into the untouched demo plan, by what was recorded: `record`
    runs once a session for each set of rows, and each test gets a copy of the logs."""
    return {}


@pytest.fixture
def recorder(
    run: Run, demo: Path, recorded_logs: dict[object, Path], tmp_path_factory: pytest.TempPathFactory
) -> Recorder:
    def record(*rows: Sequence[str], by: str | None = "x") -> Run:
        by_args = ("--by", by) if by is not None else ()
        untouched = not (demo / "records").exists() and filecmp.cmp(
            demo / "demo.yaml", GOLDEN / "valid" / "demo.yaml", shallow=False
        )
        if not untouched:  # a copy would be of another plan, or lose what the test recorded
            for row in rows:
                result = run("record", *row, *by_args)
                assert result.exit_code == 0, result.stderr
            return run
        key = (tuple(tuple(row) for row in rows), by)
        if key not in recorded_logs:
            made = tmp_path_factory.mktemp("recorded") / "plans"
            shutil.copytree(GOLDEN / "valid", made)
            for row in rows:
                result = run("--plans", str(made), "record", *row, *by_args)
                assert result.exit_code == 0, result.stderr
            recorded_logs[key] = made / "records"
        shutil.copytree(recorded_logs[key], demo / "records")
        return run

    return record


def status_json(run: Run, *args: str) -> Json:
    """`status --json` with these arguments, which must succeed."""
    result = run("status", "--json", *args)
    assert result.exit_code == 0, result.stderr
    doc: Json = json.loads(result.stdout)
    return doc


def command_names() -> list[str]:
    """Every subcommand's name, sorted, as Click sees them."""
    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    return sorted(group.commands)


def said(text: str) -> Msg:
    """A message whose English text is `text`, for tests of how messages are laid out (not of
    their wording): the catalog's pass-through entry."""
    return Msg("unknown.ids", ids=text)


def to_pdf(document: Path, folder: Path) -> subprocess.CompletedProcess[bytes]:
    """LibreOffice's PDF of a docx or xlsx, written into `folder` as the reader's printer would
    make it; HOME is the folder, so each run has a profile of its own (no clash with another)."""
    return subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(document)],
        capture_output=True,
        timeout=300,
        check=False,
        env={**os.environ, "HOME": str(folder)},
    )
