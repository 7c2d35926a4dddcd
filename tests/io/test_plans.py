"""io.plans: the plan files of a folder, each read and validated into the model with located
problems, and its source text read only from inside the folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from targetctl.domain.problems import UsageError
from targetctl.io.plans import LoadedPlan, plan_files, read_plan, read_source
from tests.conftest import edit


def loaded(path: Path) -> LoadedPlan:
    plan, problems = read_plan(path)
    assert problems == [] and plan is not None
    return plan


def test_plan_files_are_the_top_level_yaml_files_in_name_order(demo: Path) -> None:
    (demo / "b.yml").write_text("x", encoding="utf-8")
    (demo / "a.txt").write_text("x", encoding="utf-8")
    (demo / "c.yaml").mkdir()
    assert [p.name for p in plan_files(demo)] == ["b.yml", "demo.yaml"]


def test_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not found; pass --plans DIR or set TARGETCTL_PLANS"):
        plan_files(tmp_path / "nope")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(UsageError, match="is not a folder"):
        plan_files(tmp_path / "file")


def test_a_valid_plan_is_read_with_its_folder(demo: Path) -> None:
    lp = loaded(demo / "demo.yaml")
    assert lp.plan.id == "demo-2025" and lp.root == demo and len(lp.plan.targets) == 6


def test_a_wrong_value_is_located_at_its_line(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(demo.parent)
    edit(demo / "demo.yaml", "    value: 20\n", "    value: twenty\n")
    plan, problems = read_plan(demo / "demo.yaml")
    assert plan is None and len(problems) == 1
    lines = (demo / "demo.yaml").read_text(encoding="utf-8").splitlines()
    assert problems[0].path == "plans/demo.yaml" and lines[problems[0].line - 1].strip() == "value: twenty"


def test_an_unknown_unit_suggests_a_near_one_or_a_declaration(demo: Path) -> None:
    edit(demo / "demo.yaml", "unit: projects", "unit: projcts")
    plan, problems = read_plan(demo / "demo.yaml")
    assert plan is None and [p.message for p in problems] == ["unknown unit 'projcts'"]
    assert "did you mean 'projects'?" in problems[0].hint and "units:" in problems[0].hint


def test_a_plan_must_be_a_mapping(demo: Path) -> None:
    (demo / "demo.yaml").write_text("- a\n- b\n", encoding="utf-8")
    plan, problems = read_plan(demo / "demo.yaml")
    assert plan is None and "must be a mapping" in problems[0].message


def test_the_source_is_read_from_inside_the_folder(demo: Path) -> None:
    text, problem = read_source(loaded(demo / "demo.yaml"))
    assert problem is None and text is not None and "全年引进人才" in text


@pytest.mark.parametrize(
    ("file", "says"),
    [
        ("../outside.txt", "is outside the plans folder"),
        ("sources/missing.txt", "not found"),
        ("sources", "is not a regular file"),
    ],
)
def test_a_source_that_cannot_be_read_is_a_located_problem(demo: Path, file: str, says: str) -> None:
    (demo.parent / "outside.txt").write_text("x", encoding="utf-8")
    edit(demo / "demo.yaml", "file: sources/demo.txt", f"file: {file}")
    text, problem = read_source(loaded(demo / "demo.yaml"))
    assert text is None and problem is not None and says in problem.message and problem.line > 0
