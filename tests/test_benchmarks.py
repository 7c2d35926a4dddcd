"""The benchmark workspaces are valid, and large ones get the per-plan overview."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.generate import generate, repeated_quotes

from targetctl.commands.validate import validate
from tests.conftest import Run


def test_generated_workspace_is_valid(tmp_path: Path) -> None:
    generate(tmp_path / "plans", plans=3, targets=24, records=500)
    result = validate([tmp_path / "plans"])
    assert result.problems == [] and result.records == 500 and result.files == 6


@pytest.mark.slow
def test_large_status_shows_one_line_per_plan(run: Run, tmp_path: Path) -> None:
    generate(tmp_path / "plans", plans=4, targets=80, records=400)
    overview = run("status", "--as-of", "2022-06-30")
    assert overview.exit_code == 0 and "Too many targets to list" in overview.stdout
    assert "bench-003" in overview.stdout and "p000-t001" not in overview.stdout
    full = run("status", "--as-of", "2022-06-30", "--all")
    assert "p000-t001" in full.stdout
    doc = json.loads(run("status", "--as-of", "2022-06-30", "--json").stdout)
    assert doc["summary"]["targets"] == 320


def test_repeated_quotes_workspace_is_valid_and_its_filler_excluded(tmp_path: Path) -> None:
    from targetctl.workspace.tracing import trace_workspace

    repeated_quotes(tmp_path / "plans", size=300_000)
    assert validate([tmp_path / "plans"]).problems == []
    [(_, clauses)] = trace_workspace(tmp_path / "plans")
    filler = [c for c in clauses if c.text.startswith(("哈", "推"))]
    assert len(filler) > 10 and all(c.status == "excluded" for c in filler)
