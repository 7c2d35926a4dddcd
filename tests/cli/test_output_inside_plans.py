"""A page or file written with -o (or draft --review) never lands inside a plans folder being read
(break-it review of issue 19): `trace --format html -o plans/demo.yaml` wrote the review page over
the plan itself, exit 0, and the plan was lost; report and export did the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Run


@pytest.mark.parametrize(
    "command",
    [
        ["trace", "-o", "{plan}"],
        ["trace", "--format", "html", "-o", "{plan}"],
        ["trace", "--format", "html", "-o", "plans/page.html"],
        ["report", "--format", "md", "-o", "{plan}"],
        ["export", "--format", "csv", "-o", "{plan}"],
    ],
)
def test_an_output_inside_the_plans_folder_is_refused(run: Run, demo: Path, command: list[str]) -> None:
    plan = next(demo.glob("*.yaml"))
    kept = plan.read_bytes()
    result = run(*(part.format(plan=f"plans/{plan.name}") for part in command))
    assert result.exit_code == 2, result.output
    assert "inside the plans folder" in result.stderr
    assert plan.read_bytes() == kept
    assert not (demo / "page.html").exists()


def test_a_review_page_inside_the_plans_folder_is_refused(run: Run, tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("一、主要目标\n到2025年新建学校3所。\n", encoding="utf-8")
    (tmp_path / "plans" / "sources").mkdir(parents=True)
    result = run("draft", "x.txt", "--id", "x", "--review", "plans/sources/x.html")
    assert result.exit_code == 2, result.output
    assert "inside the plans folder" in result.stderr
    assert not (tmp_path / "plans" / "x.yaml").exists()


def test_an_output_beside_the_plans_folder_is_written(run: Run, demo: Path, tmp_path: Path) -> None:
    assert run("trace", "--format", "html", "-o", "page.html").exit_code == 0
    assert (tmp_path / "page.html").read_text(encoding="utf-8").startswith("<!doctype html>")


def test_a_plans_folder_that_is_a_link_loop_does_not_break_the_output_check(tmp_path: Path) -> None:
    from targetctl.domain.problems import UsageError
    from targetctl.io.files import output_file

    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    output_file(tmp_path / "page.html", [loop])  # the loader names such a folder; this check must not crash
    (tmp_path / "plans").mkdir()
    (tmp_path / "via").symlink_to(tmp_path / "plans")
    with pytest.raises(UsageError):
        output_file(tmp_path / "via" / "page.html", [tmp_path / "plans"])
