"""`draft --year`: the plan's period is that calendar year, whatever the text says, as its help
says (the help said "if the text does not say", which the command never did)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Run


def test_year_sets_the_period_over_the_texts_own_year(run: Run, tmp_path: Path) -> None:
    (tmp_path / "y.txt").write_text("一、主要目标\n2023年全区新建幼儿园3所。\n", encoding="utf-8")
    assert run("draft", "y.txt", "--id", "y", "--year", "2024").exit_code == 0
    text = (tmp_path / "plans" / "y.yaml").read_text(encoding="utf-8")
    assert "period: {start: 2024-01-01, end: 2024-12-31}" in text
    helped = run("draft", "--help").stdout
    assert "whatever the text says" in " ".join(helped.split())
