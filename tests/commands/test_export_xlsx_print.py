"""export --format xlsx as it prints: ids and titles wrap inside their columns (nothing cut),
and the records sheet holds dates and times as date cells with the value's unit beside it."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from targetctl.commands.export import export
from tests.conftest import Recorder, to_pdf

openpyxl = pytest.importorskip("openpyxl")
DAY = dt.date(2025, 6, 30)
LONG = "围绕重点产业链条持续推进新增项目建设并按季度调度确保全年任务如期完成不留尾巴"


@pytest.fixture
def plans(recorder: Recorder, demo: Path) -> Path:
    recorder(("demo-people", "40", "--date", "2025-06-30"), ("demo-hall", "venue", "--date", "2025-05-31"))
    return demo


def _long_title(root: Path) -> None:
    path = next(root.glob("*.yaml"))
    text = path.read_text(encoding="utf-8")
    old = "    title: {zh: 引进人才, en: Recruit talent}"
    assert old in text
    path.write_text(text.replace(old, f"    title: {{zh: {LONG}, en: A long title}}", 1), encoding="utf-8")


def test_ids_and_titles_wrap_and_their_rows_are_tall_enough(plans: Path, tmp_path: Path) -> None:
    _long_title(plans)
    out = tmp_path / "t.xlsx"
    export(plans, "xlsx", "targets", DAY, None, "zh", out)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    headers = [c.value for c in sheet[1]]
    id_col, title_col = headers.index("目标编号") + 1, headers.index("目标任务") + 1
    for row in range(2, sheet.max_row + 1):
        for col in (id_col, title_col):
            assert sheet.cell(row=row, column=col).alignment.wrap_text, (row, col)
    long_row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(row=r, column=title_col).value == LONG)
    width = sheet.column_dimensions[openpyxl.utils.get_column_letter(title_col)].width
    lines = -(-len(LONG) * 2 // int(width - 1))
    height = sheet.row_dimensions[long_row].height
    assert height is not None and height >= 14 * lines


def test_records_sheet_has_date_cells_and_a_unit(plans: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    export(plans, "xlsx", "targets", DAY, None, "zh", out)
    log = openpyxl.load_workbook(out).worksheets[1]
    headers = [c.value for c in log[1]]
    assert "单位" in headers and any(h and h.startswith("填报时间") and "UTC" in h for h in headers)
    rows = [dict(zip(headers, [c.value for c in row], strict=True)) for row in log.iter_rows(min_row=2)]
    people = next(r for r in rows if r["目标编号"] == "demo-people")
    assert isinstance(people["截至日期"], dt.datetime) and people["截至日期"].date() == DAY
    recorded = next(v for k, v in people.items() if k.startswith("填报时间"))
    assert isinstance(recorded, dt.datetime)
    assert people["单位"] == "人" and people["数值"] == 40


@pytest.mark.slow
@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("soffice", "pdftotext")),
    reason="LibreOffice and poppler-utils are not installed (.ci/run installs them)",
)
def test_printed_workbook_cuts_no_title_or_id(plans: Path, tmp_path: Path) -> None:
    _long_title(plans)
    out = tmp_path / "t.xlsx"
    export(plans, "xlsx", "targets", DAY, None, "zh", out)
    done = to_pdf(out, tmp_path)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "t.pdf"), "-"], capture_output=True, check=True, text=True
    ).stdout
    flat = "".join(text.split())
    assert LONG[-8:] in flat, text


def test_an_overachieved_progress_fits_and_ids_are_as_wide_on_both_sheets(plans: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    export(plans, "xlsx", "targets", DAY, None, "zh", out)
    book = openpyxl.load_workbook(out)
    targets, records = book.worksheets
    headers = [c.value for c in targets[1]]

    def width(sheet: object, name: str, row: list[object]) -> float:
        letter = openpyxl.utils.get_column_letter(row.index(name) + 1)
        return float(sheet.column_dimensions[letter].width)  # type: ignore[attr-defined]

    assert width(targets, "进度", headers) >= len("1899.0%") + 2, "a target past its goal shows 1899.0%, not ###"
    record_headers = [c.value for c in records[1]]
    assert width(records, "目标编号", record_headers) == width(targets, "目标编号", headers)
