"""`targetctl draft` on an indicator table in a PDF's text layer, and in pdftotext -layout's
text: one target per row, binding rows marked, and the draft validates (our own rows)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import to_pdf

Run = Callable[..., Any]

ROWS = [
    ["指标", "单位", "2020年", "2025年", "属性"],
    ["环境质量", "", "", "", ""],
    ["地级及以上城市细颗粒物（PM2.5）平均浓度", "微克/立方米", "31", "≤28", "约束性"],
    ["森林覆盖率", "%", "41.2", "≥42", "约束性"],
    ["城镇污水处理率", "%", "95", "97以上", "预期性"],
    ["单位地区生产总值二氧化碳排放降低（%）", "", "", "[18]", "约束性"],
]

LAID = """青川市“十四五”生态环境保护规划
一、主要指标

指标         单位         2020 年      2025 年     属性

环境质量

地级及以上城     微克/立方米     31          ≤28        约束性
市细颗粒物
（PM2.5）平
均浓度

森林覆盖率      %          41.2        ≥42        约束性

城镇污水处理     %          95          97 以上      预期性
率

二、重点任务
新建污水管网120公里。
"""


def _check(run: Run, tmp_path: Path, plan_id: str) -> str:
    checked = run("validate")
    assert checked.exit_code == 0, checked.output
    return (tmp_path / "plans" / f"{plan_id}.yaml").read_text(encoding="utf-8")


def test_a_pdftotext_layout_table_is_drafted_one_target_per_row(run: Run, tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_text(LAID, encoding="utf-8")
    result = run("draft", "plan.txt", "--id", "ecology")
    assert result.exit_code == 0, result.output
    plan = _check(run, tmp_path, "ecology")
    assert 'zh: "地级及以上城市细颗粒物（PM2.5）平均浓度"' in plan
    assert 'zh: "森林覆盖率"' in plan and "baseline: {value: 41.2, date: 2020-12-31}" in plan
    assert plan.count("约束性 (binding)") == 2
    assert "due: 2025-12-31" in plan


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
@pytest.mark.parametrize("centred", [False, True])  # centred cells: names wrap above and below their numbers
def test_an_indicator_table_in_a_pdf_is_drafted_one_target_per_row(run: Run, tmp_path: Path, centred: bool) -> None:
    import docx
    from docx.enum.table import WD_ALIGN_VERTICAL

    document = docx.Document()
    document.add_paragraph("青川市“十四五”生态环境保护规划")
    document.add_paragraph("一、主要指标")
    table = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for r, values in enumerate(ROWS):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
            if centred:
                table.cell(r, c).vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    document.add_paragraph("二、重点任务")
    document.add_paragraph("新建污水管网120公里。")
    document.save(str(tmp_path / "plan.docx"))
    made = to_pdf(tmp_path / "plan.docx", tmp_path)
    assert made.returncode == 0, made.stderr
    result = run("draft", "plan.pdf", "--id", "ecology")
    assert result.exit_code == 0, result.output
    plan = _check(run, tmp_path, "ecology")
    for name in (
        "地级及以上城市细颗粒物（PM2.5）平均浓度",
        "森林覆盖率",
        "城镇污水处理率",
        "单位地区生产总值二氧化碳排放降低",
    ):
        assert f'zh: "{name}"' in plan, name
    assert plan.count("约束性 (binding)") == 3
    assert "comparator: at-most" in plan and "value: 28" in plan
    assert "环境质量" not in plan.split("targets:")[1].split("excluded:")[0]  # a category, not a target


def test_a_table_whose_base_year_is_after_the_plan_period_still_validates(run: Run, tmp_path: Path) -> None:
    text = (
        "青川市2016年环境保护工作要点\n2016年，全市新建污水管网120公里。\n" + "\n".join(LAID.split("\n")[2:10]) + "\n"
    )
    (tmp_path / "plan.txt").write_text(text, encoding="utf-8")
    result = run("draft", "plan.txt", "--id", "ecology")
    assert result.exit_code == 0, result.output
    plan = _check(run, tmp_path, "ecology")
    assert "period: {start: 2016-01-01, end: 2016-12-31}" in plan
    assert "a baseline of 31 (2020) is after the plan period and was left out" in plan
