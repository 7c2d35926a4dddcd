"""A full read makes each plan's own checks in the task that reads the plan and its log (in a
worker, for a large workspace): its problems are those of reading the plans and then checking
them all (`checks.check_plans`), in the same order, in worker processes and in this one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from targetctl.domain.problems import Problem
from targetctl.io import parallel
from targetctl.io.plans import read_plan
from targetctl.workspace import load
from targetctl.workspace.checks import check_plans
from tests.conftest import GOLDEN, edit


def _folders(tmp_path: Path) -> list[Path]:
    """Three plans folders: own-check problems in two plans, an id two plans share, and a plan
    that cannot be read."""
    roots = []
    for n in range(3):
        root = tmp_path / f"f{n}" / "plans"
        shutil.copytree(GOLDEN / "valid", root)
        roots.append(root)
    plan = roots[0] / "demo.yaml"
    edit(plan, "programme: demo-sub", "programme: demo-sbu")  # an unknown programme
    edit(plan, "quote: 新增项目不少于20个", "quote: 新增项目不少于30个")  # a quote not in the source
    other = roots[1] / "demo.yaml"
    other.write_text(other.read_text(encoding="utf-8").replace("id: demo-2025", "id: demo-2026"), encoding="utf-8")
    edit(other, "{date: 2025-06-30, value: 40}", "{date: 2026-06-30, value: 40}")  # outside the period
    (roots[2] / "broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    return roots


def _as_before(roots: list[Path]) -> list[Problem]:
    """The plans' problems as a full read made them before: read, then check them all."""
    read = [read_plan(path) for root in roots for path in sorted(root.glob("*.yaml"))]
    plans = [loaded for loaded, _ in read if loaded]
    return [p for _, found in read for p in found] + check_plans(plans)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_the_same_problems_in_the_same_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: str) -> None:
    roots = _folders(tmp_path)
    monkeypatch.setenv(parallel.JOBS_ENV, workers)
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)  # a pool for three plans, as for a province's
    ws = load(tuple(roots), strict=False)
    expected = _as_before(roots)
    assert len(expected) > 4 and any("demo-sbu" in str(p) for p in expected)
    assert ws.problems == expected
