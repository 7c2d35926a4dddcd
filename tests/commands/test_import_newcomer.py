"""`import` of the sheets units actually send (newcomer review): an old .xls or an .ods is named
for what it is, with the way to save it; a title row merged above the header and an
instructions sheet in front of the table are read past, as a person reads them."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import pytest

from targetctl.commands.import_ import plan_import
from targetctl.domain.problems import TargetctlError
from tests.conftest import Run

DAY = dt.date(2025, 7, 31)
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The first bytes of a compound file: Excel 97-2003 (.xls), WPS (.et), a password-protected .xlsx."""


def _refused(demo: Path, path: Path) -> tuple[str, str]:
    with pytest.raises(TargetctlError) as caught:
        plan_import(demo, path, by="甲", today=DAY)
    (problem,) = caught.value.problems
    return problem.message.text("en"), problem.message.text("zh") + "；" + str(problem.hint and problem.hint.text("zh"))


@pytest.mark.parametrize("name", ["填报.xls", "填报.et", "填报.xlsx"])
def test_an_old_excel_or_wps_workbook_is_named_with_the_way_to_save_it(demo: Path, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(OLE2 + bytes(504) + b"\x00" * 4096)
    english, chinese = _refused(demo, path)
    assert "Excel 97-2003" in english and "UTF-8" not in english
    assert ".xlsx" in chinese and "另存为" in chinese


def test_an_opendocument_sheet_is_named_with_the_way_to_save_it(demo: Path, tmp_path: Path) -> None:
    path = tmp_path / "填报.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    english, chinese = _refused(demo, path)
    assert "not a CSV or an xlsx" in english and "UTF-8" not in english
    assert ".xlsx" in chinese


def _book(tmp_path: Path, name: str, *sheets: tuple[str, list[list[Any]], str | None]) -> Path:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows, merged in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        if merged:
            sheet.merge_cells(merged)
    path = tmp_path / name
    book.save(path)
    return path


TABLE: list[list[Any]] = [["目标编号", "数值", "截至日期"], ["demo-projects", 12, "2025-07-31"]]


def test_a_title_row_merged_above_the_header_is_read_past(demo: Path, tmp_path: Path) -> None:
    path = _book(tmp_path, "in.xlsx", ("填报表", [["某区目标任务填报表"], [None], *TABLE], "A1:C1"))
    planned = plan_import(demo, path, by="甲", today=DAY)
    assert [(line.record.target, line.record.value) for line in planned.lines] == [("demo-projects", 12)]
    assert planned.rows == 1, "the title rows are not data rows"


def test_a_title_line_above_a_csv_header_is_read_past(demo: Path, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("某区目标任务填报表,,\n目标编号,数值,截至日期\ndemo-projects,12,2025-07-31\n", encoding="utf-8")
    assert [line.record.value for line in plan_import(demo, path, by="甲", today=DAY).lines] == [12]


def test_an_instructions_sheet_in_front_of_the_table_is_passed_over(demo: Path, tmp_path: Path) -> None:
    notes: tuple[str, list[list[Any]], None] = ("填表说明", [["请各单位于月底前报送"], ["数值填写阿拉伯数字"]], None)
    path = _book(tmp_path, "in.xlsx", notes, ("填报表", TABLE, None))
    assert [line.record.value for line in plan_import(demo, path, by="甲", today=DAY).lines] == [12]


def test_a_missing_column_is_located_at_the_header_row_it_read(demo: Path, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("某区填报表,,\n目标编号,本月,日期\ndemo-projects,12,2025-07-31\n", encoding="utf-8")
    with pytest.raises(TargetctlError) as caught:
        plan_import(demo, path, by="甲", today=DAY)
    assert {p.line for p in caught.value.problems} == {2}


def test_the_cli_answers_an_xls_with_one_line_in_chinese_and_exit_1(run: Run, demo: Path, tmp_path: Path) -> None:
    (tmp_path / "填报.xls").write_bytes(OLE2 + bytes(4096))
    result = run("--lang", "zh", "import", "填报.xls")
    assert result.exit_code == 1, result.output
    (line,) = result.stderr.splitlines()
    assert "填报.xls" in line and ".xlsx" in line and "UTF-8" not in line


def test_excels_lock_file_of_an_open_workbook_is_named_with_the_workbook(demo: Path, tmp_path: Path) -> None:
    """Excel leaves '~$填报.xlsx' beside a workbook it has open; taken for the workbook (a Tab
    completion away), it was called text that is not UTF-8 (newcomer review)."""
    path = tmp_path / "~$填报.xlsx"
    path.write_bytes(b"\x06\xe5\xbc\xa0\xe4\xb8\x89" + bytes(158))
    english, chinese = _refused(demo, path)
    assert "lock file" in english and "填报.xlsx" in english and "UTF-8" not in english
    assert "填报.xlsx" in chinese


def test_a_header_of_two_rows_under_a_merged_group_is_read_as_one(demo: Path, tmp_path: Path) -> None:
    """目标编号 spanning two rows beside 本期填报情况 merged over 数值 and 截至日期: the units'
    common two-row header (newcomer review)."""
    rows: list[list[Any]] = [
        ["目标编号", "本期填报情况", None, "备注"],
        [None, "数值", "截至日期", None],
        ["demo-projects", 12, "2025-07-31", "一季度"],
    ]
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:C1")
    sheet.merge_cells("D1:D2")
    path = tmp_path / "in.xlsx"
    book.save(path)
    planned = plan_import(demo, path, by="甲", today=DAY)
    assert [(line.record.value, line.record.note) for line in planned.lines] == [(12, "一季度")]
    assert planned.rows == 1


def test_a_first_data_row_is_never_taken_for_a_second_header_row(demo: Path, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("目标编号,数值,截至日期\ndemo-projects,12,2025-07-31\n", encoding="utf-8")
    assert plan_import(demo, path, by="甲", today=DAY).rows == 1
