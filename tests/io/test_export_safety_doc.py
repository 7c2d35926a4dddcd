"""README's guarantee 7 (exports are safe to open) says what the writers do, for CSV and for xlsx."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from targetctl.io.spreadsheets import to_csv, write_xlsx

README = Path(__file__).resolve().parents[2] / "README.md"


def _guarantee() -> str:
    text = README.read_text(encoding="utf-8")
    found = re.search(r"^7\. \*\*Exports and reports are safe to open\.\*\*(.*?)^8\. ", text, re.S | re.M)
    assert found
    return " ".join(found.group(1).split())


def test_the_guarantee_tells_csv_from_xlsx() -> None:
    said = _guarantee()
    assert "CSV" in said and "apostrophe" in said and "quote-prefix" in said
    assert not re.search(r"formula: exported text that starts with .{0,80}gets a leading apostrophe", said)


def test_csv_and_xlsx_do_what_the_guarantee_says(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    rows = list(csv.reader(io.StringIO(to_csv(["a", "b"], [["=1+1", -3]]))))
    assert rows[1] == ["'=1+1", "-3"]  # CSV: an apostrophe on text; a negative number stays a number
    from targetctl.io.spreadsheets import TARGET_COLUMNS

    keys = [key for key, _, _ in TARGET_COLUMNS]
    row = dict.fromkeys(keys, "") | {"seq": 1, "id": "t-1", "title": "=1+1", "current": -3, "unit": "个"}
    out = tmp_path / "x.xlsx"
    write_xlsx(out, [[row[key] for key in keys]], ["achieved"], [], "en")
    sheet = openpyxl.load_workbook(out).worksheets[0]
    title = sheet.cell(row=2, column=keys.index("title") + 1)
    current = sheet.cell(row=2, column=keys.index("current") + 1)
    assert title.value == "=1+1" and title.data_type == "s" and title.quotePrefix  # no apostrophe typed
    assert current.value == -3 and current.data_type == "n"
