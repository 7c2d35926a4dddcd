from __future__ import annotations

from pathlib import Path

from targetctl.io.plans import read_plan
from targetctl.workspace import load
from targetctl.workspace.checks import check_plans
from tests.conftest import edit


def messages(root: Path) -> list[str]:
    return [f"{p.line}: {p.message}" for p in load(root, records=False, strict=False).problems]


def test_demo_is_valid(demo: Path) -> None:
    ws = load(demo, records=False, strict=False)
    assert ws.problems == [] and ws.files == 1 and len(ws.targets) == 6


def test_ids_are_unique_across_plans(demo: Path) -> None:
    other = (demo / "demo.yaml").read_text(encoding="utf-8").replace("id: demo-2025", "id: demo-2026")
    (demo / "other.yaml").write_text(other, encoding="utf-8")
    problems = load(demo, records=False, strict=False).problems
    assert len(problems) == 8
    assert all(
        "already used at " in p.message and "demo.yaml:" in p.message and p.path.endswith("other.yaml")
        for p in problems
    )


def test_unknown_programme_is_suggested(demo: Path) -> None:
    edit(demo / "demo.yaml", "programme: demo-sub", "programme: demo-sbu")
    [problem] = load(demo, records=False, strict=False).problems
    assert problem.message == "unknown programme 'demo-sbu'" and problem.hint == "did you mean 'demo-sub'?"


def test_quote_must_be_in_source_ignoring_line_breaks(demo: Path) -> None:
    assert "全年引进人才100名" not in (demo / "sources/demo.txt").read_text(encoding="utf-8")
    edit(demo / "demo.yaml", "quote: 新增项目不少于20个", "quote: 新增项目不少于30个")
    assert messages(demo) == ["35: quote not found in the source text"]


def test_missing_source_file(demo: Path) -> None:
    (demo / "sources/demo.txt").unlink()
    assert messages(demo) == ["7: source file 'sources/demo.txt' not found"]


def test_source_outside_plans_folder_is_refused(demo: Path) -> None:
    edit(demo / "demo.yaml", "file: sources/demo.txt", "file: ../secret.txt")
    (demo.parent / "secret.txt").write_text("x", encoding="utf-8")
    assert messages(demo) == ["7: source file '../secret.txt' is outside the plans folder"]


def test_checkpoints_inside_period_and_ordered(demo: Path) -> None:
    edit(demo / "demo.yaml", "{date: 2025-06-30, value: 40}", "{date: 2026-06-30, value: 40}")
    assert "outside the plan period" in messages(demo)[0]


def test_baseline_after_period(demo: Path) -> None:
    edit(
        demo / "demo.yaml",
        "    quote: 新增项目不少于20个",
        "    baseline: {value: 3, date: 2026-01-01}\n    quote: 新增项目不少于20个",
    )
    assert messages(demo) == ["35: baseline date 2026-01-01 is after the plan period 2025-01-01..2025-12-31"]


def test_check_plans_names_an_id_held_by_two_plans(demo: Path) -> None:
    other = (demo / "demo.yaml").read_text(encoding="utf-8").replace("id: demo-2025", "id: demo-2026")
    (demo / "other.yaml").write_text(other, encoding="utf-8")
    plans = [lp for lp, _ in map(read_plan, (demo / "demo.yaml", demo / "other.yaml")) if lp is not None]
    assert check_plans(plans[:1]) == []
    found = check_plans(plans)
    assert any("demo-people" in p.message for p in found), [p.message for p in found]
