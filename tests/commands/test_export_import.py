"""export → edit in a spreadsheet → import, and imports that are all or nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import openpyxl
import pytest

from targetctl.io import spreadsheets
from tests.conftest import Run

LOG = Path("plans/records/demo-2025.yaml")


@pytest.fixture
def recorded(run: Run, demo: Path):
    assert run("record", "demo-people", "40", "--date", "2025-06-30", "--by", "甲").exit_code == 0
    assert run("record", "demo-hall", "venue", "--date", "2025-05-31", "--by", "乙").exit_code == 0
    return run


def test_csv_targets_in_the_government_layout(recorded) -> None:  # type: ignore[no-untyped-def]
    out = recorded("export", "--as-of", "2025-06-30", "--lang", "zh").stdout
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:9] == ["序号", "目标编号", "目标任务", "牵头单位", "配合单位", "目标值", "完成情况", "进度", "状态"]
    people = next(r for r in rows if r[1] == "demo-people")
    assert people[2:9] == ["引进人才", "示范办公室", "", "'= 100 人", "40 人", "40%", "正常推进"]
    assert len(rows) == 7


def test_csv_records_and_json(recorded) -> None:  # type: ignore[no-untyped-def]
    rows = list(csv.reader(io.StringIO(recorded("export", "--sheet", "records", "--lang", "en").stdout)))
    assert rows[0][:5] == ["Recorded", "Record id", "Target id", "As of", "Value"] and len(rows) == 3
    chinese = list(csv.reader(io.StringIO(recorded("export", "--sheet", "records").stdout)))
    assert chinese[0][:2] == ["填报时间", "记录编号"]  # spreadsheets go to Chinese offices
    doc = json.loads(recorded("export", "--format", "json", "--as-of", "2025-06-30").stdout)
    assert doc["format"] == "targetctl.export/1" and len(doc["records"]) == 2
    assert {t["id"] for p in doc["plans"] for t in p["targets"]} >= {"demo-people", "demo-hall"}


def test_xlsx_round_trip(recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    book_path = tmp_path / "sheet.xlsx"
    assert (
        recorded("export", "--format", "xlsx", "-o", str(book_path), "--lang", "zh", "--as-of", "2025-06-30").exit_code
        == 0
    )
    book = openpyxl.load_workbook(book_path)
    sheet = book.worksheets[0]
    assert sheet.title == "目标任务" and book.worksheets[1].title == "进度记录"
    assert sheet.column_dimensions["C"].width == 40
    header = [c.value for c in sheet[1]]
    new_value, new_date = header.index("本期填报"), header.index("填报截至日期")
    for row in sheet.iter_rows(min_row=2):
        status_fill = row[8].fill.fgColor.rgb
        assert status_fill and status_fill.endswith(tuple(spreadsheets.STATUS_FILL.values()))
        if row[1].value == "demo-people":
            row[new_value].value, row[new_date].value = "1.2万", dt.datetime(2025, 7, 31)
        if row[1].value == "demo-projects":
            row[new_value].value, row[new_date].value = "１５", "2025-07-31"
    book.save(book_path)
    refused = recorded("import", str(book_path), "--by", "统计员")
    assert refused.exit_code == 1 and "12,000 is over 10× the goal of 'demo-people' (100)" in refused.stderr
    result = recorded("import", str(book_path), "--by", "统计员", "--confirm")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == "6 rows read, 2 values recorded"
    assert "demo-people: 1.2万 → 12,000 people as of 2025-07-31" in result.stdout.splitlines()
    got: dict[str, float] = {}
    for r in json.loads(recorded("log", "--json").stdout)["records"]:  # newest first
        got.setdefault(r["target"], r["value"])
    assert got["demo-people"] == 12000.0 and got["demo-projects"] == 15.0


def test_bad_rows_are_all_reported_and_nothing_is_written(recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = LOG.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "目标编号,数值,截至日期,备注\n"
        "demo-projects,12,2025-07-31,fine\n"
        "demo-peple,3,2025-07-31,\n"
        "demo-people,3%,2025-07-31,\n"
        "demo-hall,finished,2025-07-31,\n"
        "demo-growth,9.5,2025-13-01,\n"
        "demo-growth,9.5,,\n"
        "demo-growth,9.5,2099-01-01,\n",
        encoding="utf-8",
    )
    result = recorded("import", str(bad))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 6
    assert (
        lines[0]
        == "error: bad.csv:3:1: row 3, column '目标编号': unknown target 'demo-peple'; did you mean 'demo-people'?"
    )
    assert "row 4, column '数值': unit '%'" in lines[1]
    assert "row 5, column '数值': 'finished' is not a state" in lines[2]
    assert "row 6, column '截至日期': '2025-13-01' is not a date" in lines[3]
    assert "row 7, column '截至日期': the date the value is as of is missing" in lines[4]
    assert "row 8, column '截至日期': date 2099-01-01 is in the future" in lines[5]
    assert LOG.read_bytes() == before


def test_dry_run_and_missing_columns(recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.csv"
    good.write_text("target,value,as_of\ndemo-projects,12,2025-07-31\n", encoding="utf-8-sig")
    before = LOG.read_bytes()
    listed = "demo-projects: 12 → 12 projects as of 2025-07-31\n"
    dry = recorded("import", str(good), "--dry-run").stdout
    assert dry == listed + "1 row read, 1 value to record (dry run: nothing written)\n"
    assert LOG.read_bytes() == before
    assert not list(LOG.parent.glob(".import-intent*.json"))
    assert recorded("import", str(good)).stdout == listed + "1 row read, 1 value recorded\n"
    assert LOG.read_bytes() != before
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("name,amount\nx,1\n", encoding="utf-8")
    result = recorded("import", str(wrong))
    assert result.exit_code == 1 and "no column for 目标编号" in result.stderr
    assert recorded("import", str(tmp_path / "missing.csv")).exit_code == 2
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"\xff\xfe\x80,\x81\n"[2:] + "目标编号,数值,截至日期\n".encode("latin-1", "replace"))
    assert "not UTF-8 or GB18030" in recorded("import", str(latin)).stderr


def test_xlsx_without_openpyxl_says_how_to_install(recorded, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import builtins

    real = builtins.__import__

    def no_openpyxl(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.startswith("openpyxl"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_openpyxl)
    result = recorded("export", "--format", "xlsx", "-o", str(tmp_path / "x.xlsx"))
    assert result.exit_code == 1 and "pip install 'targetctl[xlsx]'" in result.stderr
    assert recorded("export", "--format", "xlsx").exit_code == 2
