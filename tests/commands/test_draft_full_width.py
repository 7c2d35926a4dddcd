"""Full-width digits (２０２０年, ４１．２, ％) in an indicator table are read as the half-width ones
are: the text is made half-width before any table reader runs (our own rows)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from targetctl.domain.drafting.widths import half_width

Run = Callable[..., Any]

LAID = """青川市“十四五”生态环境保护规划
一、主要指标

指标         单位         ２０２０年      ２０２５年     属性
森林覆盖率      ％          ４１．２        ４２        约束性
城镇污水处理率     ％          ９５          ９７        预期性

二、重点任务
新建污水管网１２０公里。
"""


def test_half_width_makes_digits_points_and_percent_half_width() -> None:
    assert half_width("４１．２％，２０２５年，第１．") == "41.2%，2025年，第1．"


def test_a_full_width_table_in_a_text_is_drafted_one_target_per_row(run: Run, tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_text(LAID, encoding="utf-8")
    result = run("draft", "plan.txt", "--id", "ecology")
    assert result.exit_code == 0, result.output
    assert run("validate").exit_code == 0
    plan = (tmp_path / "plans" / "ecology.yaml").read_text(encoding="utf-8")
    assert "baseline: {value: 41.2, date: 2020-12-31}" in plan
    assert 'zh: "城镇污水处理率"' in plan
    assert "due: 2025-12-31" in plan
