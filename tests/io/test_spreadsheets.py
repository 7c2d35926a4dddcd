"""Reading spreadsheets as offices save them, streamed and bounded."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from targetctl.domain.problems import TargetctlError
from targetctl.io import spreadsheets
from targetctl.io.spreadsheets import Cell, office_day, open_table


def _rows(path: Path) -> list[list[str]]:
    with open_table(path) as table:
        return [[c.text for c in table.header]] + [[c.text for c in row] for _, row in table.rows]


def _refusal(path: Path) -> str:
    with pytest.raises(TargetctlError) as caught:
        _rows(path)
    return str(caught.value)


def test_rows_beyond_the_dimension_tag_are_read(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (
        ["目标编号", "数值", "截至日期"],
        ["a", 1, "2025-01-01"],
        ["b", 2, "2025-01-01"],
        ["c", 3, "2025-01-01"],
    ):
        sheet.append(row)
    book.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    name = "xl/worksheets/sheet1.xml"
    parts[name] = parts[name].replace(b'<dimension ref="A1:C4"/>', b'<dimension ref="A1:C2"/>')
    assert b'ref="A1:C2"' in parts[name]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    assert [r[0] for r in _rows(path)] == ["目标编号", "a", "b", "c"]


def test_a_zip_bomb_is_refused_before_it_is_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bomb.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["目标编号", "数值", "截至日期"])
    book.save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/padding.bin", b"\0" * (8 * 1024 * 1024))
    assert "uncompresses" in _refusal(path) and "bomb.xlsx" in _refusal(path)
    monkeypatch.setattr(spreadsheets, "MAX_SHARED_STRINGS_BYTES", 10)
    shared = tmp_path / "shared.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["目标编号", "数值", "截至日期"])
    book.save(shared)
    with zipfile.ZipFile(shared, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/sharedStrings.xml", b"<sst>" + b"<si><t>x</t></si>" * 10 + b"</sst>")
    assert "shared strings" in _refusal(shared)


def test_a_row_far_to_the_right_is_refused_with_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "wide.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["目标编号", "数值", "截至日期"])
    book.active.cell(row=2, column=5000, value="x")
    book.save(path)
    assert f"more than {spreadsheets.MAX_COLUMNS} columns" in _refusal(path)


@pytest.mark.slow
def test_exactly_the_row_limit_is_read_and_one_more_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    body = "目标编号,数值,截至日期\n" + "a,1,2025-01-01\n" * spreadsheets.MAX_IMPORT_ROWS
    path.write_text(body, encoding="utf-8")
    assert len(_rows(path)) == spreadsheets.MAX_IMPORT_ROWS + 1
    path.write_text(body + "a,1,2025-01-01\n", encoding="utf-8")
    assert f"more than {spreadsheets.MAX_IMPORT_ROWS:,} data rows" in _refusal(path)


def test_a_huge_csv_cell_is_named(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("目标编号,数值,截至日期,备注\na,1,2025-01-01," + "x" * 200_000 + "\n", encoding="utf-8")
    said = _refusal(path)
    assert "D2" in said and "131,072 characters" in said
    path.write_text("目标编号,数值\na," + "x" * 2_000_000 + "\n", encoding="utf-8")
    assert "131,072 characters" in _refusal(path)


def test_a_csv_over_the_byte_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spreadsheets, "MAX_CSV_BYTES", 100)
    path = tmp_path / "long.csv"
    path.write_text("目标编号,数值,截至日期\n" + "a,1,2025-01-01\n" * 20, encoding="utf-8")
    assert "larger than" in _refusal(path)


@pytest.mark.parametrize(
    ("encoding", "named"), [("utf-8", None), ("utf-8-sig", None), ("gbk", "GB18030"), ("gb18030", "GB18030")]
)
def test_csv_encodings_offices_save(tmp_path: Path, encoding: str, named: str | None) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes("目标编号,数值,备注\nx,1,完成情况良好\n".encode(encoding))
    with open_table(path) as table:
        assert [c.text for c in table.header] == ["目标编号", "数值", "备注"]
        assert [[c.text for c in row] for _, row in table.rows] == [["x", "1", "完成情况良好"]]
        assert table.encoding == named


def test_unicode_text_from_excel_is_tab_separated_utf16(tmp_path: Path) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes("目标编号\t数值\t截至日期\r\nx\t1,5\t2025/6/30\r\n".encode("utf-16"))
    assert _rows(path) == [["目标编号", "数值", "截至日期"], ["x", "1,5", "2025/6/30"]]


def test_bytes_of_no_known_encoding_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(b"\xff\xff\xff\x80,\x81\n")
    assert "not UTF-8 or GB18030 text" in _refusal(path)


def test_percent_and_date_cells_keep_what_excel_knows(tmp_path: Path) -> None:
    path = tmp_path / "cells.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(["目标编号", "数值", "截至日期"])
    sheet.append(["x", 0.095, dt.datetime(2025, 6, 30, 0, 0)])
    sheet["B2"].number_format = "0.0%"
    book.save(path)
    with open_table(path) as table:
        (number, row), *_ = list(table.rows)
    assert number == 2 and row[1].percent and row[1].number == 0.095 and row[1].where == "Sheet1!B2"
    assert row[2].day == dt.date(2025, 6, 30)


@pytest.mark.parametrize(
    "text", ["2020-06-30", "2020/6/30", "2020-6-30", "2020年6月30日", "2020.6.30", "２０２０/6/30", "44012"]
)
def test_dates_as_offices_write_them(text: str) -> None:
    assert office_day(Cell(text, "A1")) == dt.date(2020, 6, 30)


@pytest.mark.parametrize("text", ["2020-13-01", "2020/6-30", "30/6/2020", "20200630", "June 30", "2025", "44012.5"])
def test_not_dates(text: str) -> None:
    with pytest.raises(ValueError):
        office_day(Cell(text, "A1"))


def test_an_excel_serial_number_is_a_date() -> None:
    assert office_day(Cell("44012", "C2", number=44012.0)) == dt.date(2020, 6, 30)


def test_a_far_away_row_is_refused_at_the_row_limit_not_read_to(tmp_path: Path) -> None:
    path = tmp_path / "far.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["目标编号", "数值", "截至日期"])
    book.active.cell(row=1_048_576, column=1, value="x")
    book.save(path)
    assert f"more than {spreadsheets.MAX_IMPORT_ROWS:,} data rows" in _refusal(path)


def test_too_many_cells_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spreadsheets, "MAX_CELLS", 10)
    path = tmp_path / "cells.csv"
    path.write_text("目标编号,数值,截至日期\n" + "a,1,2025-01-01\n" * 5, encoding="utf-8")
    assert "more than 10 cells" in _refusal(path)


def test_empty_broken_and_wide_files_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "the file is empty" in _refusal(empty)
    broken = tmp_path / "broken.xlsx"
    broken.write_text("not a zip", encoding="utf-8")
    assert "cannot read the spreadsheet" in _refusal(broken)
    wide = tmp_path / "wide.csv"
    wide.write_text(",".join(["x"] * (spreadsheets.MAX_COLUMNS + 1)) + "\n", encoding="utf-8")
    assert f"more than {spreadsheets.MAX_COLUMNS} columns" in _refusal(wide)


def test_a_long_xlsx_text_cell_is_named(tmp_path: Path) -> None:
    from types import SimpleNamespace

    # openpyxl itself writes at most Excel's 32,767 characters: a cell from elsewhere may hold more
    with pytest.raises(TargetctlError) as caught:
        spreadsheets._cell(tmp_path / "x.xlsx", "Sheet!D2", SimpleNamespace(value="x" * 131_073), 2)
    assert "cell Sheet!D2 is longer than 131,072 characters" in str(caught.value)


def test_a_csv_that_grows_while_it_is_read_stops_at_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from contextlib import ExitStack

    path = tmp_path / "growing.csv"
    path.write_text("目标编号,数值\n" + "a,1\n" * 100, encoding="utf-8")
    monkeypatch.setattr(spreadsheets, "MAX_CSV_BYTES", 50)  # as if it grew after its size was checked
    with ExitStack() as stack, pytest.raises(TargetctlError) as caught:
        list(spreadsheets._csv_rows(path, "utf-8", stack))
    assert "larger than 50 bytes" in str(caught.value)
