from __future__ import annotations

from pathlib import Path

from targetctl.io.quickscan import target_ids
from targetctl.workspace import load
from tests.conftest import REPO


def test_completion_lists_exactly_the_target_ids() -> None:
    plans = REPO / "plans"
    assert sorted(target_ids(plans)) == sorted(load(plans, records=False, strict=False).targets)


def test_completion_filters_by_prefix(demo: Path) -> None:
    assert target_ids(demo, "demo-p") == ["demo-people", "demo-projects", "demo-park-size", "demo-premium"]


def test_completion_never_fails(tmp_path: Path) -> None:
    assert target_ids(tmp_path / "missing") == []
    (tmp_path / "bad.yaml").write_bytes(b"\xff\xfe targets:\n  - id: [")
    assert target_ids(tmp_path) == []
