"""`targetctl draft` on official documents whose title or date is not where GB/T 9704 puts it
(our own texts): the drafts validate as written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.domain.test_drafting_furniture import SITE, UNTITLED_TEXT

Run = Callable[..., Any]


def test_an_untitled_official_text_is_drafted_to_be_titled_and_validates(run: Run, tmp_path: Path) -> None:
    (tmp_path / "tasks.txt").write_text(UNTITLED_TEXT, encoding="utf-8")
    result = run("draft", "tasks.txt", "--id", "key-tasks")
    assert result.exit_code == 0, result.output
    plan = (tmp_path / "plans" / "key-tasks.yaml").read_text(encoding="utf-8")
    assert 'title:\n  zh: "（待填写）"' in plan
    assert "holds no title" in plan
    assert run("validate").exit_code == 0
    strict = run("validate", "--strict")
    problems = [line for line in strict.output.splitlines() if line.startswith("plans/")]
    assert all("translation" in p or "English" in p or "needs review" in p for p in problems), problems


def test_a_plan_dated_by_its_sites_record_validates(run: Run, tmp_path: Path) -> None:
    (tmp_path / "site.txt").write_text(SITE, encoding="utf-8")
    result = run("draft", "site.txt", "--id", "water-supply")
    assert result.exit_code == 0, result.output
    plan = (tmp_path / "plans" / "water-supply.yaml").read_text(encoding="utf-8")
    assert 'zh: "青川市城乡供水一体化实施方案"' in plan and "period: {start: 2022-01-01, end: 2025-12-31}" in plan
    assert run("validate").exit_code == 0
