"""`targetctl draft` on official documents (公文): the drafts validate as written (our own texts)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.domain.test_drafting_structure import FORWARDING, OPINION

Run = Callable[..., Any]


def test_a_forwarding_notice_drafts_its_plan_and_validates(run: Run, tmp_path: Path) -> None:
    (tmp_path / "notice.txt").write_text(FORWARDING, encoding="utf-8")
    result = run("draft", "notice.txt", "--id", "digital-economy")
    assert result.exit_code == 0, result.output
    plan = (tmp_path / "plans" / "digital-economy.yaml").read_text(encoding="utf-8")
    assert 'zh: "青川市推进数字经济高质量发展三年行动方案（2023—2025年）"' in plan
    assert "period: {start: 2023-01-01, end: 2025-12-31}" in plan
    assert "states no year" not in plan
    checked = run("validate")
    assert checked.exit_code == 0, checked.output


def test_a_dated_opinion_is_never_drafted_as_no_year(run: Run, tmp_path: Path) -> None:
    (tmp_path / "opinion.txt").write_text(OPINION, encoding="utf-8")
    result = run("draft", "opinion.txt", "--id", "logistics")
    assert result.exit_code == 0, result.output
    plan = (tmp_path / "plans" / "logistics.yaml").read_text(encoding="utf-8")
    assert "states no year" not in plan and "start: 2019-01-01" in plan
    checked = run("validate")
    assert checked.exit_code == 0, checked.output


def test_a_period_from_the_year_of_issue_is_marked_on_the_plan_and_its_targets(run: Run, tmp_path: Path) -> None:
    (tmp_path / "opinion.txt").write_text(OPINION, encoding="utf-8")
    assert run("draft", "opinion.txt", "--id", "logistics").exit_code == 0
    plan = (tmp_path / "plans" / "logistics.yaml").read_text(encoding="utf-8")
    assert "# review: the period is taken from the year of issue" in plan
    assert "period: {start: 2019-01-01, end: 2021-12-31}" in plan  # 到2021年 is inside it
    assert "outside the plan period" not in plan
    assert "the year the document was issued" in plan  # 强化用地保障 has no year of its own


def test_units_the_registry_lacks_are_declared_and_the_draft_validates(run: Run, tmp_path: Path) -> None:
    text = (
        "青川市2025年能源工作要点\n一、主要目标\n到2025年，光伏装机容量达到3吉瓦，氢气产能达到2万吨/年，"
        "能源产业营收突破1.2万亿元，三分之一以上的园区实现集中供热。\n"
    )
    (tmp_path / "energy.txt").write_text(text, encoding="utf-8")
    result = run("draft", "energy.txt", "--id", "energy")
    assert result.exit_code == 0, result.output
    plan = (tmp_path / "plans" / "energy.yaml").read_text(encoding="utf-8")
    assert '"吉瓦": {zh: "吉瓦"}' in plan and 'unit: "万吨/年"' in plan
    assert 'unit: "万亿元"' in plan and "percent: 33.33" in plan  # a share of the parks
    checked = run("validate")
    assert checked.exit_code == 0, checked.output


def test_a_word_indicator_table_is_read_in_place_and_validates(run: Run, tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("青川市“十四五”科技创新规划")
    document.add_paragraph("一、主要指标")
    table = document.add_table(rows=4, cols=5)
    rows = [
        ["指标", "单位", "2020年", "2025年", "属性"],
        ["创新能力", "", "", "", ""],
        ["研发经费投入强度", "%", "2.1", "≥2.8", "预期性"],
        ["每万人口高价值发明专利拥有量", "件", "3.5", "8", "约束性"],
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(1, 0).merge(table.cell(1, 4))  # a category spanning the row, taken once
    document.add_paragraph("二、重点任务")
    document.add_paragraph("新建省级以上创新平台20个。")
    document.save(str(tmp_path / "plan.docx"))
    result = run("draft", "plan.docx", "--id", "innovation")
    assert result.exit_code == 0, result.output
    source = (tmp_path / "plans" / "sources" / "innovation.txt").read_text(encoding="utf-8")
    assert source.index("一、主要指标") < source.index("研发经费投入强度") < source.index("二、重点任务")
    plan = (tmp_path / "plans" / "innovation.yaml").read_text(encoding="utf-8")
    assert 'quote: "每万人口高价值发明专利拥有量件3.58约束性"' in plan
    assert "约束性 (binding)" in plan and "baseline: {value: 3.5, date: 2020-12-31}" in plan
    checked = run("validate")
    assert checked.exit_code == 0, checked.output
    traced = run("trace", "--plan", "innovation", "--unmapped")
    assert "创新能力" not in traced.output, traced.output


def test_a_guessed_year_is_marked_on_each_target_it_affects(run: Run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text("新增城镇就业1万人以上，建成区域物流中心。\n", encoding="utf-8")
    assert run("draft", "doc.txt", "--id", "a").exit_code == 0
    plan = (tmp_path / "plans" / "a.yaml").read_text(encoding="utf-8")
    assert "# review: the text states no year" in plan
    assert plan.count("the text states no year: due in") == 2  # the target and the milestone
    assert run("validate").exit_code == 0
