"""Fixtures: synthetic workspaces built in tmp_path, and a CLI runner."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Protocol

import pytest
from typer.testing import CliRunner, Result

from targetctl.cli.main import app

GOLDEN = Path(__file__).parent / "golden"
REPO = Path(__file__).parent.parent


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
    for name in ("TARGETCTL_LANG", "LC_ALL", "LC_MESSAGES"):
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
