"""A .docx body in reading order, tables in their place, merged cells taken once."""

from __future__ import annotations

from pathlib import Path

import docx

from targetctl.io.documents import read_document


def test_tables_stand_in_their_place_with_merged_cells_taken_once(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("一、主要指标")
    table = document.add_table(rows=3, cols=3)
    for r, values in enumerate([["类别", "指标", "目标值"], ["", "森林覆盖率", "45"], ["", "湿地保护率", "60"]]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(0, 0).text = "类别"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "生态"  # merged down two rows
    document.add_paragraph("二、重点任务")
    document.save(str(tmp_path / "t.docx"))
    lines = read_document(tmp_path / "t.docx").text.splitlines()
    assert lines == ["一、主要指标", "类别\t指标\t目标值", "生态\t森林覆盖率\t45", "\t湿地保护率\t60", "二、重点任务"]
