"""commands.export: the export as CSV or JSON text, written atomically to a file when asked."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from targetctl.commands import Context
from targetctl.commands import export as export_command
from targetctl.commands.export import export
from tests.conftest import Recorder

DAY = dt.date(2025, 6, 30)


@pytest.fixture
def plans(recorder: Recorder, demo: Path) -> Path:
    recorder(("demo-people", "40", "--date", "2025-06-30"), ("demo-hall", "venue", "--date", "2025-05-31"))
    return demo


def test_the_targets_sheet_as_csv(plans: Path) -> None:
    rows = list(csv.reader(io.StringIO(export(plans, "csv", "targets", DAY, None, "zh", None))))
    assert rows[0][:3] == ["序号", "目标编号", "目标任务"] and len(rows) == 7
    people = next(row for row in rows if row[1] == "demo-people")
    assert people[6] == "40.0" and people[8] == "40%"


def test_the_records_sheet_as_csv(plans: Path) -> None:
    rows = list(csv.reader(io.StringIO(export(plans, "csv", "records", DAY, None, "en", None))))
    assert len(rows) == 3 and {row[2] for row in rows[1:]} == {"demo-people", "demo-hall"}


def test_json_holds_targets_and_records(plans: Path) -> None:
    doc = json.loads(export(plans, "json", "targets", DAY, "demo-2025", "en", None))
    assert doc["format"] == "targetctl.export/1" and len(doc["records"]) == 2
    assert doc["plans"][0]["id"] == "demo-2025"


def test_a_file_gets_the_text_and_a_bom_for_excel(plans: Path, tmp_path: Path) -> None:
    out = tmp_path / "targets.csv"
    text = export(plans, "csv", "targets", DAY, None, "en", out)
    assert out.read_bytes() == ("\ufeff" + text).encode("utf-8")
    assert export_command.run(Context(plans=plans), "csv", "targets", DAY, None, out).text == "", "nothing to stdout"
    assert export_command.run(Context(plans=plans), "csv", "targets", DAY, None, None).text == text


def test_an_xlsx_workbook_is_written(plans: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "targets.xlsx"
    assert export(plans, "xlsx", "targets", DAY, None, "en", out) == ""
    sheets = openpyxl.load_workbook(out).sheetnames
    assert len(sheets) == 2
