"""Output is safe wherever it goes: spreadsheets get data, never formulas; reports and exports
never carry raw control characters; the Markdown report shows HTML as text."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import Run, edit

RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+1+2", "-3+4", "@SUM(A1)", "\tx"]


@pytest.fixture
def hostile(run: Run, demo: Path) -> Run:
    """A target title that is a formula, an escape code and HTML; notes that are formulas."""
    formula, escapes = (
        '"=HYPERLINK(\\"http://evil.example\\",\\"x\\")"',
        '"\\e]0;pwned\\a\\x9b31m<script>alert(1)</script> R&D"',
    )
    edit(demo / "demo.yaml", "{zh: 引进人才, en: Recruit talent}", f"{{zh: {formula}, en: {formula}}}")
    edit(demo / "demo.yaml", "{zh: 新增项目, en: New projects}", f"{{zh: {escapes}, en: {escapes}}}")
    for n, note in enumerate(FORMULAS):
        args = ("record", "demo-people", str(40.5 + n), "--date", "2025-06-30", "--by", "x", "--note", note)
        assert run(*args).exit_code == 0
    return run


def test_csv_cells_are_never_formulas(hostile: Run) -> None:
    targets = list(csv.reader(io.StringIO(hostile("export", "--as-of", "2025-06-30").stdout)))
    people = next(r for r in targets if r[1] == "demo-people")
    assert people[2] == '\'=HYPERLINK("http://evil.example","x")'
    records = list(csv.reader(io.StringIO(hostile("export", "--sheet", "records").stdout)))
    notes = {r[4]: r[7] for r in records[1:]}
    assert notes == {str(40.5 + n): "'" + note for n, note in enumerate(FORMULAS)}, "values are plain numbers"
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in targets + records for cell in row)


def test_xlsx_cells_are_never_formulas_and_numbers_are_numbers(hostile: Run, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    assert hostile("export", "--format", "xlsx", "-o", str(out), "--as-of", "2025-06-30").exit_code == 0
    book = openpyxl.load_workbook(out)
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"], "no cell is a formula"
    # a string cell marked quote-prefixed (Excel's own mark), with no apostrophe typed into it
    formula = next(c for c in cells if c.value == '=HYPERLINK("http://evil.example","x")')
    assert formula.data_type == "s" and formula.quotePrefix
    values = [row[4] for row in book.worksheets[1].iter_rows(min_row=2, values_only=True)]
    assert sorted(values) == [40.5 + n for n in range(len(FORMULAS))]


def test_an_exported_note_comes_back_as_written(hostile: Run, tmp_path: Path) -> None:
    from targetctl.io.spreadsheets import read_table

    sheet = tmp_path / "records.csv"
    sheet.write_text(hostile("export", "--sheet", "records").stdout, encoding="utf-8")
    assert sorted(row[7] for row in read_table(sheet)[1:]) == sorted(FORMULAS)


@pytest.mark.parametrize(
    "args",
    [
        ("report", "--format", "md"),
        ("report", "--format", "html"),
        ("export",),
        ("export", "--sheet", "records"),
        ("export", "--format", "json"),
    ],
    ids=lambda a: "-".join(a),
)
def test_no_raw_control_character_reaches_stdout(args: tuple[str, ...], hostile: Run) -> None:
    result = hostile(*args, "--as-of", "2025-06-30")
    assert result.exit_code == 0
    assert not RAW_CONTROL.findall(result.stdout.replace("\t", "")), "no escape code, bell or bidi override"
    assert "pwned" in result.stdout or "records" in args, "the rest of the text is kept"


def test_json_export_keeps_the_text_as_an_escape(hostile: Run) -> None:
    doc = json.loads(hostile("export", "--format", "json", "--as-of", "2025-06-30").stdout)
    titles = [t["title"] for p in doc["plans"] for t in p["targets"]]
    assert any("\x1b]0;pwned\x07\x9b31m" in title["en"] for title in titles)


def test_markdown_report_shows_html_as_text(hostile: Run) -> None:
    out = hostile("report", "--format", "md", "--as-of", "2025-06-30").stdout
    assert "<script>" not in out and "\\<script\\>alert(1)\\</script\\> R\\&D" in out
