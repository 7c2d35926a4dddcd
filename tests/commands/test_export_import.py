"""export → edit in a spreadsheet → import, and imports that are all or nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import openpyxl
import pytest
from typer.testing import Result

from targetctl.io import spreadsheets
from tests.conftest import Recorder, Run, status_of, to_pdf

LOG = Path("plans/records/demo-2025.yaml")


@pytest.fixture
def recorded(recorder: Recorder) -> Run:
    return recorder(
        ("demo-people", "40", "--date", "2025-06-30", "--by", "甲"),
        ("demo-hall", "venue", "--date", "2025-05-31", "--by", "乙"),
        by=None,
    )


def test_csv_targets_in_the_government_layout(recorded: Run) -> None:
    out = recorded("export", "--as-of", "2025-06-30", "--lang", "zh").stdout
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:10] == [
        "序号",
        "目标编号",
        "目标任务",
        "牵头单位",
        "配合单位",
        "目标值",
        "完成情况",
        "单位",
        "进度",
        "状态",
    ]
    people = next(r for r in rows if r[1] == "demo-people")
    # the goal as people write it (no '=', so no apostrophe), the number and its unit apart
    assert people[2:10] == ["引进人才", "示范办公室", "", "100 人", "40.0", "人", "40%", "正常推进"]
    assert len(rows) == 7


def test_csv_records_and_json(recorded: Run) -> None:
    rows = list(csv.reader(io.StringIO(recorded("export", "--sheet", "records", "--lang", "en").stdout)))
    assert rows[0][:5] == ["Recorded", "Record id", "Target id", "As of", "Value"] and len(rows) == 3
    chinese = list(csv.reader(io.StringIO(recorded("export", "--sheet", "records").stdout)))
    assert chinese[0][:2] == ["填报时间", "记录编号"]  # spreadsheets go to Chinese offices
    doc = json.loads(recorded("export", "--format", "json", "--as-of", "2025-06-30").stdout)
    assert doc["format"] == "targetctl.export/1" and len(doc["records"]) == 2
    assert {t["id"] for p in doc["plans"] for t in p["targets"]} >= {"demo-people", "demo-hall"}


def test_xlsx_round_trip(recorded: Run, tmp_path: Path) -> None:
    book_path = tmp_path / "sheet.xlsx"
    assert (
        recorded("export", "--format", "xlsx", "-o", str(book_path), "--lang", "zh", "--as-of", "2025-06-30").exit_code
        == 0
    )
    book = openpyxl.load_workbook(book_path)
    sheet = book.worksheets[0]
    assert sheet.title == "目标任务" and book.worksheets[1].title == "进度记录"
    assert sheet.column_dimensions["C"].width == 36
    header = [c.value for c in sheet[1]]
    new_value, new_date = header.index("本期填报"), header.index("填报截至日期")
    for row in sheet.iter_rows(min_row=2):
        status_fill = row[9].fill.fgColor.rgb
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


def test_bad_rows_are_all_reported_and_nothing_is_written(recorded: Run, tmp_path: Path) -> None:
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


def test_dry_run_and_missing_columns(recorded: Run, tmp_path: Path) -> None:
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


def test_xlsx_without_openpyxl_says_how_to_install(
    recorded: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import builtins

    real = builtins.__import__

    def no_openpyxl(name: str, *args: Any, **kwargs: Any) -> ModuleType:
        if name.startswith("openpyxl"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_openpyxl)
    result = recorded("export", "--format", "xlsx", "-o", str(tmp_path / "x.xlsx"))
    assert result.exit_code == 1 and "pip install 'targetctl[xlsx]'" in result.stderr
    assert recorded("export", "--format", "xlsx").exit_code == 2


def _second_plan(demo: Path) -> None:
    text = (demo / "demo.yaml").read_text(encoding="utf-8")
    (demo / "other.yaml").write_text(text.replace("demo-", "other-"), encoding="utf-8")


CRASH = """
import os, sys
from targetctl.io import files
real, calls = files.Appender.append, []
def append(self, *args):
    calls.append(1)
    if len(calls) == 2:
        os._exit(9)  # killed between the two plans' appends, as kill -9 would
    real(self, *args)
files.Appender.append = append
from targetctl.cli.main import app
app(sys.argv[1:])
"""


@pytest.mark.slow
def test_an_import_killed_between_two_plans_is_undone_by_the_next_command(
    recorded: Run, demo: Path, tmp_path: Path
) -> None:
    import subprocess
    import sys

    _second_plan(demo)
    other = demo / "records" / "other-2025.yaml"
    assert recorded("record", "other-projects", "3", "--date", "2025-06-30").exit_code == 0
    before = {LOG: LOG.read_bytes(), other: other.read_bytes()}
    sheet = tmp_path / "two.csv"
    sheet.write_text("目标编号,数值,截至日期\ndemo-projects,12,2025-07-31\nother-projects,5,2025-07-31\n", "utf-8")
    script = tmp_path / "crash.py"
    script.write_text(CRASH, encoding="utf-8")
    env = {**os.environ, "TARGETCTL_CACHE_DIR": str(tmp_path / "cache")}
    killed = subprocess.run([sys.executable, str(script), "import", str(sheet)], cwd=tmp_path, env=env, check=False)
    assert killed.returncode == 9
    appended = [p for p in before if p.read_bytes() != before[p]]
    assert len(appended) == 1  # half an import on disk, and its intent beside it
    assert (demo / "records" / ".import-intent.json").exists()
    shown = recorded("log", "--json")  # a command that only reads
    assert shown.exit_code == 0
    assert {p: p.read_bytes() for p in before} == before
    assert not (demo / "records" / ".import-intent.json").exists()
    assert [r["value"] for r in json.loads(shown.stdout)["records"] if r["target"].endswith("projects")] == [3]
    assert recorded("import", str(sheet)).exit_code == 0  # and the import can simply be run again
    assert all(p.read_bytes() != before[p] for p in before)


def test_undoing_takes_off_only_what_the_import_appended(recorded: Run, demo: Path, tmp_path: Path) -> None:
    from targetctl.io import intent
    from targetctl.io.recordlog import unrecovered

    before = LOG.read_bytes()
    payload = b'- {"id": "abcdef123456"}\n'
    intent_file = demo / "records" / intent.INTENT
    entry = {"log": LOG.name, "size": len(before), "created": False, "append": payload.decode()}
    intent_file.write_text(json.dumps({"logs": [entry]}), encoding="utf-8")
    LOG.write_bytes(before + b"- {other writer}\n")  # not the intent's bytes: left alone
    intent.recover(demo / "records", unrecovered)
    assert LOG.read_bytes() == before + b"- {other writer}\n" and not intent_file.exists()
    intent_file.write_text(json.dumps({"logs": [entry]}), encoding="utf-8")
    LOG.write_bytes(before + payload[:10])  # torn in the middle of the import's write
    intent.recover(demo / "records", unrecovered)
    assert LOG.read_bytes() == before
    intent_file.write_text(json.dumps({"logs": [entry]}), encoding="utf-8")
    LOG.write_bytes(before + payload + b"- {a later writer}\n")  # one that did not undo it first
    intent.recover(demo / "records", unrecovered)
    assert LOG.read_bytes() == before + b"- {a later writer}\n"
    LOG.write_bytes(before)
    intent_file.write_text(json.dumps({"logs": [{**entry, "log": "../demo.yaml"}]}), encoding="utf-8")
    result = recorded("record", "demo-projects", "3", "--date", "2025-06-30")
    assert result.exit_code == 1 and "not an import intent targetctl wrote" in result.stderr
    assert LOG.read_bytes() == before


def _values(run: Run) -> dict[str, list[float | str]]:
    got: dict[str, list[float | str]] = {}
    for r in reversed(json.loads(run("log", "--json").stdout)["records"]):  # oldest first
        got.setdefault(r["target"], []).append(r["value"])
    return got


def _export_book(run: Run, tmp_path: Path) -> tuple[Path, openpyxl.Workbook, dict[str, int], dict[str, int]]:
    path = tmp_path / "sheet.xlsx"
    assert run("export", "--format", "xlsx", "-o", str(path), "--lang", "zh", "--as-of", "2025-06-30").exit_code == 0
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    columns = {c.value: i + 1 for i, c in enumerate(sheet[1])}
    rows = {sheet.cell(row=r, column=2).value: r for r in range(2, sheet.max_row + 1)}
    return path, book, columns, rows


@pytest.mark.slow
def test_round_trip_as_an_office_worker_edits(recorded: Run, tmp_path: Path) -> None:
    path, book, col, row = _export_book(recorded, tmp_path)
    sheet = book.worksheets[0]
    value, day = col["本期填报"], col["填报截至日期"]
    sheet.cell(row["demo-growth"], value, 0.095).number_format = "0.0%"  # typed 9.5% in Excel
    sheet.cell(row["demo-growth"], day, dt.datetime(2025, 7, 31))  # a date cell
    sheet.cell(row["demo-people"], value, 55)
    sheet.cell(row["demo-people"], day, "2025/7/31")
    sheet.cell(row["demo-premium"], value, "16.5%")  # typed as text
    sheet.cell(row["demo-premium"], day, 45869)  # an Excel serial left unformatted: 2025-07-31
    sheet.cell(row["demo-projects"], col["完成情况"], 14)  # the wrong column
    sheet.cell(row["demo-projects"], day, "2025-7-31")
    book.save(path)
    before = LOG.read_bytes()
    wrong = recorded("import", str(path), "--by", "统计员")
    assert wrong.exit_code == 1 and f"目标任务!G{row['demo-projects']} in '完成情况'" in wrong.stderr
    assert LOG.read_bytes() == before
    sheet.cell(row["demo-projects"], col["完成情况"]).value = None  # moved to where the message says
    sheet.cell(row["demo-projects"], value, 14)
    book.save(path)
    result = recorded("import", str(path), "--by", "统计员")
    assert result.exit_code == 0, result.output
    assert "demo-growth: 9.5% → +9.5% as of 2025-07-31" in result.stdout.splitlines()
    assert "demo-premium: 16.5% → +16.5% as of 2025-07-31" in result.stdout.splitlines()
    got = _values(recorded)
    assert (got["demo-growth"], got["demo-people"][-1], got["demo-premium"]) == ([9.5], 55, [16.5])
    assert got["demo-projects"] == [14]

    csv_path = tmp_path / "targets.csv"
    assert recorded("export", "--lang", "zh", "-o", str(csv_path), "--as-of", "2025-08-01").exit_code == 0
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    header = rows[0]
    for r in rows[1:]:
        if r[1] == "demo-projects":
            r[header.index("本期填报")], r[header.index("填报截至日期")] = "15", "2025年8月1日"
        if r[1] == "demo-park-size":
            r[header.index("本期填报")], r[header.index("填报截至日期")] = "600", "2025.8.1"
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    csv_path.write_bytes(out.getvalue().encode("gbk"))  # Excel's CSV on Chinese Windows
    result = recorded("import", str(csv_path), "--by", "统计员")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("read as GB18030\n")
    got = _values(recorded)
    assert (got["demo-projects"], got["demo-park-size"]) == ([14, 15], [600])


def test_a_value_typed_in_a_shown_column_is_named_and_nothing_is_recorded(recorded: Run, tmp_path: Path) -> None:
    path, book, col, row = _export_book(recorded, tmp_path)
    sheet = book.worksheets[0]
    sheet.cell(row["demo-projects"], col["完成情况"], 14)
    sheet.cell(row["demo-people"], col["本期填报"], 50)
    sheet.cell(row["demo-people"], col["填报截至日期"], "2025-07-31")
    book.save(path)
    before = LOG.read_bytes()
    result = recorded("import", str(path), "--by", "统计员")
    assert result.exit_code == 1
    where = f"目标任务!G{row['demo-projects']}"
    assert f"cell {where} in '完成情况' was changed to '14', but '完成情况' is only shown, never read" in result.stderr
    assert "type a new value in '本期填报'" in result.stderr
    assert LOG.read_bytes() == before


def test_a_fraction_for_a_percent_is_refused_with_the_cell(recorded: Run, tmp_path: Path) -> None:
    path, book, col, row = _export_book(recorded, tmp_path)
    sheet = book.worksheets[0]
    sheet.cell(row["demo-growth"], col["本期填报"], 0.095)  # a plain number, not formatted as a percent
    sheet.cell(row["demo-growth"], col["填报截至日期"], "2025-07-31")
    sheet.cell(row["demo-people"], col["本期填报"], 0.5).number_format = "0%"
    sheet.cell(row["demo-people"], col["填报截至日期"], "2025-07-31")
    book.save(path)
    before = LOG.read_bytes()
    result = recorded("import", str(path))
    assert result.exit_code == 1
    people = f"目标任务!L{row['demo-people']}"
    said = f"row {row['demo-growth']}, column '本期填报': 0.095 for 'demo-growth', whose goal is 8%: "
    said += "is that 0.095% or 9.5%?"
    assert said in result.stderr
    assert "type 9.5% for 9.5%, or 0.095% for 0.095%" in result.stderr
    assert f"cell {people} is formatted as a percent (50%), but 'demo-people' is counted in people" in result.stderr
    assert LOG.read_bytes() == before


def test_a_wrong_file_lists_its_first_bad_rows_then_a_count(
    recorded: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from targetctl.commands import import_

    monkeypatch.setattr(import_, "MAX_LISTED", 2)
    bad = tmp_path / "bad.csv"
    bad.write_text("目标编号,数值,截至日期\n" + "nope,1,2025-07-31\n" * 5, encoding="utf-8")
    result = recorded("import", str(bad))
    assert result.exit_code == 1
    assert (
        result.stderr.splitlines()[-1] == "error: bad.csv: and 3 more bad rows" and len(result.stderr.splitlines()) == 3
    )


def test_a_total_below_an_earlier_row_names_that_row(recorded: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "totals.csv"
    sheet.write_text("目标编号,数值,截至日期\ndemo-people,60,2025-07-31\ndemo-people,50,2025-08-31\n", "utf-8")
    result = recorded("import", str(sheet))
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "error: totals.csv:3:2: row 3, column '数值': 'demo-people' is a running total and 50 is below the 60 "
        "recorded as of 2025-07-31 (row 2)"
    )


def test_a_cell_over_the_limit_exits_1_naming_it(recorded: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "big.csv"
    sheet.write_text("目标编号,数值,截至日期,备注\ndemo-projects,3,2025-06-30," + "x" * 131_073 + "\n", "utf-8")
    result = recorded("import", str(sheet))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: big.csv:2:1: cell D2 is longer than 131,072 characters")


def test_import_problems_read_in_chinese(recorded: Run, tmp_path: Path) -> None:
    path, book, col, row = _export_book(recorded, tmp_path)
    sheet = book.worksheets[0]
    sheet.cell(row["demo-projects"], col["完成情况"], 14)
    sheet.cell(row["demo-growth"], col["本期填报"], 0.095)
    sheet.cell(row["demo-growth"], col["填报截至日期"], "2025-07-31")
    book.save(path)
    said = recorded("import", str(path), "--lang", "zh").stderr
    assert "被改为“14”，但该列只作展示、不会导入；新数值请填在“本期填报”列" in said
    assert (
        f"第{row['demo-growth']}行“本期填报”列：目标“demo-growth”的目标值为 8%，填的是 0.095：是 0.095% 还是 9.5%？"
        in said
    )
    assert "若为 9.5% 请填 9.5%，若为 0.095% 请填 0.095%" in said


def test_shown_cells_a_spreadsheet_program_reformatted_are_not_edits(recorded: Run, tmp_path: Path) -> None:
    path = tmp_path / "targets.csv"
    assert recorded("export", "--lang", "zh", "-o", str(path), "--as-of", "2025-06-30").exit_code == 0
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    header = rows[0]
    for r in rows[1:]:
        if r[1] == "demo-people":  # as Excel saves them again: a date in the locale's form, a bare number
            r[header.index("更新日期")], r[header.index("完成情况")] = "2025/6/30", "40"
            r[header.index("进度")] = "40.0%"
        if r[1] == "demo-projects":
            r[header.index("进度")] = "60"  # typed where it is never read
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    result = recorded("import", str(path))
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1 and "in '进度' was changed to '60'" in result.stderr


def test_an_intent_that_cannot_be_removed_leaves_nothing_recorded(
    recorded: Run, demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _second_plan(demo)
    before = LOG.read_bytes()
    real = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.name == ".import-intent.json" and not missing_ok:
            raise PermissionError(13, "Permission denied")
        real(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    sheet = tmp_path / "two.csv"
    sheet.write_text("目标编号,数值,截至日期\ndemo-projects,12,2025-07-31\nother-projects,5,2025-07-31\n", "utf-8")
    result = recorded("import", str(sheet))
    assert (
        result.exit_code == 1 and "cannot finish the import: Permission denied; nothing was recorded" in result.stderr
    )
    assert LOG.read_bytes() == before and not (demo / "records" / "other-2025.yaml").exists()


@pytest.mark.parametrize(
    "doc",
    ["{", "[]", '{"logs": [{"log": "demo-2025.yaml", "size": -1, "created": false, "append": ""}]}'],
)
def test_an_intent_not_written_by_targetctl_is_refused(recorded: Run, demo: Path, doc: str) -> None:
    (demo / "records" / ".import-intent.json").write_text(doc, encoding="utf-8")
    before = LOG.read_bytes()
    result = recorded("status")
    assert result.exit_code == 1 and "not an import intent targetctl wrote" in result.stderr
    assert LOG.read_bytes() == before


def test_a_row_already_recorded_is_skipped_even_after_a_later_correction(recorded: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "july.csv"
    sheet.write_text("目标编号,数值,截至日期\ndemo-people,50,2025-07-31\n", "utf-8")
    assert recorded("import", str(sheet)).exit_code == 0
    assert recorded("record", "demo-people", "45", "--date", "2025-08-31", "--correct").exit_code == 0
    again = recorded("import", str(sheet))
    assert again.exit_code == 0, again.output
    assert again.stdout == "1 row read, 0 values recorded\n1 row skipped: already recorded, or voided\n"


def test_the_intent_is_never_committed(recorded: Run, demo: Path, tmp_path: Path) -> None:
    ignore = demo / "records" / ".gitignore"
    ignore.write_text("*.lock\n", encoding="utf-8")  # as folders made before intents were
    sheet = tmp_path / "one.csv"
    sheet.write_text("目标编号,数值,截至日期\ndemo-projects,12,2025-07-31\n", "utf-8")
    assert recorded("import", str(sheet)).exit_code == 0
    assert ignore.read_text(encoding="utf-8") == "*.lock\n.import-intent.json\n.*.tmp\n"


def test_temporary_files_left_by_a_killed_import_are_ignored_then_removed(
    recorded: Run, demo: Path, tmp_path: Path
) -> None:
    records = demo / "records"
    left = [records / "..import-intent.json.4242.tmp", records / "..import-commit-0123456789abcdef.4242.tmp"]
    for path in left:
        path.write_text("{", encoding="utf-8")  # killed before the rename
    other = records / ".notes.txt.4242.tmp"  # not an import's: left alone
    other.write_text("x", encoding="utf-8")
    sheet = tmp_path / "one.csv"
    sheet.write_text("目标编号,数值,截至日期\ndemo-projects,12,2025-07-31\n", "utf-8")
    assert recorded("import", str(sheet)).exit_code == 0
    assert [p.exists() for p in left] == [False, False] and other.exists()
    assert ".*.tmp" in (records / ".gitignore").read_text(encoding="utf-8").split()


def test_xlsx_holds_numbers_as_numbers_and_prints_landscape_one_page_wide(recorded: Run, tmp_path: Path) -> None:
    out = tmp_path / "sheet.xlsx"
    assert (
        recorded("export", "--format", "xlsx", "-o", str(out), "--lang", "zh", "--as-of", "2025-06-30").exit_code == 0
    )
    sheet = openpyxl.load_workbook(out).worksheets[0]
    header = [c.value for c in sheet[1]]
    people = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == "demo-people")
    cell = {name: people[header.index(name)] for name in ("目标值", "完成情况", "单位", "进度", "更新日期")}
    assert cell["目标值"].value == "100 人"  # as people write it: no '=' and no apostrophe
    assert cell["完成情况"].value == 40 and cell["完成情况"].data_type == "n" and cell["单位"].value == "人"
    assert cell["进度"].value == pytest.approx(0.4) and cell["进度"].number_format == "0.0%"
    assert cell["更新日期"].is_date and cell["更新日期"].number_format == "yyyy-mm-dd"
    assert not [c.coordinate for row in sheet.iter_rows() for c in row if str(c.value or "").startswith("'")]
    setup = sheet.page_setup
    assert setup.orientation == "landscape" and setup.fitToWidth == 1 and setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.print_title_rows == "$1:$1"
    assert sheet.freeze_panes == "C2" and sheet.auto_filter.ref.startswith("A1:")
    assert "示范计划" in sheet.oddHeader.center.text and "2025-06-30" in sheet.oddHeader.center.text


@pytest.mark.slow
@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("soffice", "pdfinfo", "pdftotext")),
    reason="LibreOffice and poppler-utils are not installed (.ci/run installs them)",
)
def test_xlsx_prints_as_an_office_printer_does(recorded: Run, tmp_path: Path) -> None:
    out = tmp_path / "sheet.xlsx"
    assert (
        recorded("export", "--format", "xlsx", "-o", str(out), "--lang", "zh", "--as-of", "2025-06-30").exit_code == 0
    )
    done = to_pdf(out, tmp_path)
    pdf = tmp_path / "sheet.pdf"
    assert done.returncode == 0 and pdf.is_file(), done.stderr
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "1", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    size = re.search(r"Page\s+1 size:\s+([\d.]+) x ([\d.]+)", info)
    assert size and float(size[1]) > float(size[2])  # landscape
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "序号" in first and "备注" in first  # one page wide: the first and the last column on page 1
    assert "示范计划" in first and "'" not in first


def _csv_import(run: Run, tmp_path: Path, rows: str, *args: str) -> Result:
    sheet = tmp_path / "in.csv"
    sheet.write_text("目标编号,数值,截至日期,初步数\n" + rows, encoding="utf-8")
    return run("import", str(sheet), *args)


def test_a_row_equal_to_a_superseded_or_voided_value_is_a_new_record(run: Run, demo: Path, tmp_path: Path) -> None:
    for value in ("5", "6"):
        assert run("record", "demo-growth", value, "--date", "2025-06-30", "--by", "x").exit_code == 0
    result = _csv_import(run, tmp_path, "demo-growth,5,2025-06-30,\n")
    assert result.exit_code == 0 and "skipped" not in result.stdout
    assert status_of(run, "demo-growth", "2025-07-01")["current"] == 5  # what was typed is what stands
    again = _csv_import(run, tmp_path, "demo-growth,5,2025-06-30,\n")
    assert "skipped" in again.stdout  # the same file again: the value in effect is not written twice


def test_the_records_export_keeps_the_logs_order_within_a_second(run: Run, demo: Path, tmp_path: Path) -> None:
    for value in ("1", "3", "2"):  # one second, most likely: only the log's order says which came last
        assert run("record", "demo-growth", value, "--date", "2025-06-30", "--by", "x").exit_code == 0
    rows = list(csv.reader(io.StringIO(run("export", "--sheet", "records", "--lang", "en").stdout)))
    assert [r[4] for r in rows[1:]] == ["1", "3", "2"]


def test_a_provisional_mark_is_yes_or_no(run: Run, demo: Path, tmp_path: Path) -> None:
    before = (demo / "records").exists()
    result = _csv_import(run, tmp_path, "demo-people,30,2025-06-30,√\n")
    assert result.exit_code == 1 and "'√' is not yes or no" in result.stderr
    assert (demo / "records").exists() == before or not any((demo / "records").glob("*.yaml"))
    assert _csv_import(run, tmp_path, "demo-people,30,2025-06-30,否\n").exit_code == 0


def test_a_bare_fraction_in_a_csv_for_a_percent_is_refused(run: Run, demo: Path, tmp_path: Path) -> None:
    result = _csv_import(run, tmp_path, "demo-growth,0.095,2025-06-30,\n")
    assert result.exit_code == 1 and "is that 0.095% or 9.5%?" in result.stderr
    assert _csv_import(run, tmp_path, "demo-growth,0.0,2025-06-30,\n").exit_code == 0  # a zero is a zero


def test_a_number_cell_is_read_as_excel_shows_it(run: Run, demo: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["目标编号", "数值", "截至日期"])
    sheet.append(["demo-people", 39.99999999999999, "2025-06-30"])
    book.save(tmp_path / "in.xlsx")
    assert run("import", str(tmp_path / "in.xlsx")).exit_code == 0
    assert status_of(run, "demo-people", "2025-07-01")["current"] == 40


def test_a_status_or_progress_typed_over_is_named_not_lost(recorded: Run, tmp_path: Path) -> None:
    path, book, col, row = _export_book(recorded, tmp_path)
    sheet = book.worksheets[0]
    sheet.cell(row["demo-hall"], col["状态"], "已完成")  # marking a milestone done where it is only shown
    sheet.cell(row["demo-people"], col["进度"], 1.0)
    book.save(path)
    before = LOG.read_bytes()
    result = recorded("import", str(path))
    assert result.exit_code == 1
    assert "in '状态' was changed to '已完成'" in result.stderr and "in '进度' was changed to" in result.stderr
    assert LOG.read_bytes() == before


def test_the_targets_sheet_is_read_wherever_it_stands(recorded: Run, tmp_path: Path) -> None:
    path, book, col, row = _export_book(recorded, tmp_path)
    sheet = book.worksheets[0]
    sheet.cell(row["demo-projects"], col["本期填报"], 12)
    sheet.cell(row["demo-projects"], col["填报截至日期"], "2025-07-31")
    book.move_sheet(sheet, offset=1)  # the records sheet first now
    book.save(path)
    result = recorded("import", str(path))
    assert result.exit_code == 0 and "1 value recorded" in result.stdout


@pytest.mark.slow
def test_a_record_written_after_the_export_is_no_edit_of_its_sheet(recorded: Run, tmp_path: Path) -> None:
    import time

    path, book, col, row = _export_book(recorded, tmp_path)
    time.sleep(1.1)  # records are stamped to the second: this one is after the export
    assert recorded("record", "demo-growth", "5", "--date", "2025-06-15", "--by", "z").exit_code == 0
    sheet = book.worksheets[0]
    sheet.cell(row["demo-projects"], col["本期填报"], 12)
    sheet.cell(row["demo-projects"], col["填报截至日期"], "2025-07-31")
    book.save(path)
    result = recorded("import", str(path))
    assert result.exit_code == 0, result.stderr
