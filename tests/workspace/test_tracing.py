"""workspace.tracing: each plan's source, clause by clause, with the targets that quote it."""

from __future__ import annotations

from pathlib import Path

import pytest

from targetctl.domain.problems import TargetctlError
from targetctl.workspace.tracing import trace_workspace
from tests.conftest import edit


def test_every_clause_is_mapped_excluded_or_unmapped(demo: Path) -> None:
    with (demo / "sources" / "demo.txt").open("a", encoding="utf-8") as source:
        source.write("另建一座新馆。\n")
    [(plan, sentences)] = trace_workspace(demo)
    assert plan.id == "demo-2025"
    found = [(s.text, s.status, s.ids, s.reasons) for s in sentences]
    # a line break ends a clause (only OCR'd columns, broken inside most sentences, are joined)
    assert found[:2] == [("全年引进人才", "mapped", ["demo-people"], []), ("100名，", "mapped", ["demo-people"], [])]
    assert ("会议取得圆满成功。", "excluded", [], ["context, not a commitment"]) in found
    assert found[-1] == ("另建一座新馆。", "unmapped", [], [])
    assert [s.ids for s in sentences if s.status == "mapped"] == [
        ["demo-people"],
        ["demo-people"],
        ["demo-projects"],
        ["demo-growth"],
        ["demo-park-size"],
        ["demo-premium"],
        ["demo-hall"],
    ]
    assert [p.id for p, _ in trace_workspace(demo, "demo-2025")] == ["demo-2025"]


def test_an_unknown_plan_names_the_plans_there_are(demo: Path) -> None:
    with pytest.raises(TargetctlError, match="unknown plan 'demo'") as info:
        trace_workspace(demo, "demo")
    assert "demo-2025" in str(info.value)


def test_a_missing_source_is_the_error(demo: Path) -> None:
    edit(demo / "demo.yaml", "file: sources/demo.txt", "file: sources/gone.txt")
    with pytest.raises(TargetctlError, match=r"source file 'sources/gone\.txt' not found"):
        trace_workspace(demo)
