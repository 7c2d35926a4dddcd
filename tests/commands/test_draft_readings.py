"""`draft` on a page that sets pinyin into its words (學(xué)校): the grammar reads past the readings,
the plan quotes the page as it stands and validates (our own list)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

Run = Callable[..., Any]

LIST = """某某縣2024年民生實(shí)事
投資900萬(wàn)元，建設(shè)農(nóng)村公路23條，改造薄弱學(xué)校6所。
"""


def test_a_list_with_readings_is_drafted_with_its_own_quotes(run: Run, tmp_path: Path) -> None:
    (tmp_path / "list.txt").write_text(LIST, encoding="utf-8")
    result = run("draft", "list.txt", "--id", "shishi")
    assert result.exit_code == 0, result.output
    plan = (tmp_path / "plans" / "shishi.yaml").read_text(encoding="utf-8")
    assert "value: 23" in plan and "value: 6\n" in plan and "value: 900" in plan
    assert "建設(shè)農(nóng)村公路23條" in plan
    assert "pinyin readings" in plan
    assert run("validate").exit_code == 0
