"""Golden files: each invalid plan and the exact messages `validate` gives for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import GOLDEN, Run

INVALID = sorted((GOLDEN / "invalid").glob("*.yaml"))


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_plan_gives_expected_messages(path: Path, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(path.parent)
    result = run("validate", path.name)
    assert result.exit_code == 1
    assert result.stdout == path.with_suffix(".expected").read_text(encoding="utf-8")
    assert result.stderr == ""


def test_valid_golden_plan(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(GOLDEN / "valid")
    result = run("validate", "--strict", ".")
    assert (result.exit_code, result.stdout) == (0, "ok: 1 file valid\n")
