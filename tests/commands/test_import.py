"""`import`, called directly: plan_import checks every row before write_import appends any."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from targetctl.commands import Context
from targetctl.commands.import_ import plan_import, run, write_import
from targetctl.domain.messages import Msg
from targetctl.domain.problems import TargetctlError, UsageError

DAY = dt.date(2025, 7, 31)


def sheet(path: Path, *rows: str) -> Path:
    path.write_text("目标编号,数值,截至日期\n" + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def test_plan_import_reads_every_row_and_writes_nothing(demo: Path, tmp_path: Path) -> None:
    log = demo / "records" / "demo-2025.yaml"
    before = log.read_bytes() if log.exists() else None
    planned = plan_import(demo, sheet(tmp_path / "in.csv", "demo-projects,12,2025-07-31"), by="甲", today=DAY)
    assert planned.rows == 1 and [line.record.value for line in planned.lines] == [12]
    assert [line.record.by for line in planned.lines] == ["甲"]
    assert (log.read_bytes() if log.exists() else None) == before
    assert write_import(planned) == 1
    assert "demo-projects" in log.read_text(encoding="utf-8")


def test_plan_import_lists_every_bad_row(demo: Path, tmp_path: Path) -> None:
    bad = sheet(tmp_path / "bad.csv", "demo-peple,3,2025-07-31", "demo-projects,12,2025-08-01")
    with pytest.raises(TargetctlError) as caught:
        plan_import(demo, bad, by="甲", today=DAY)
    assert [p.line for p in caught.value.problems] == [2, 3]
    assert "2025-08-01 is in the future" in caught.value.problems[1].message


def test_run_says_what_it_read_and_wrote(demo: Path, tmp_path: Path) -> None:
    good = sheet(tmp_path / "in.csv", "demo-projects,12,2025-07-31")
    ctx = Context(plans=demo, today=DAY)
    dry = run(ctx, good, by="甲", dry_run=True)
    assert dry.text.endswith("1 row read, 1 value to record (dry run: nothing written)\n")
    assert run(ctx, good, by="甲").text.endswith("1 row read, 1 value recorded\n")


@pytest.mark.parametrize("by", ["a\tb", " ", "y" * 201])
def test_a_bad_by_option_is_a_usage_error_before_any_row_is_read(demo: Path, tmp_path: Path, by: str) -> None:
    with pytest.raises(UsageError) as caught:
        plan_import(demo, sheet(tmp_path / "in.csv", "demo-projects,12,2025-07-31"), by=by, today=DAY)
    assert caught.value.message.text("en").startswith("--by ")


def test_a_formula_with_no_saved_result_is_refused_naming_its_cell(demo: Path, tmp_path: Path) -> None:
    """openpyxl (and other programs that are not Excel) write a formula without its result: read
    alone, the cell is empty, and the row would be skipped without a word."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "填报"
    sheet.append(["目标编号", "数值", "截至日期"])
    sheet.append(["demo-projects", "=1+1", "2025-07-31"])
    sheet.append(["demo-people", 30, "2025-07-31"])
    path = tmp_path / "in.xlsx"
    book.save(path)
    with pytest.raises(TargetctlError) as caught:
        plan_import(demo, path, by="甲", today=DAY)
    (problem,) = caught.value.problems
    assert problem.line == 2 and "填报!B2" in problem.message and "formula" in problem.message
    assert isinstance(problem.hint, Msg) and "Excel" in problem.hint.text("en")
    assert "WPS" in problem.hint.text("zh")


def test_a_formula_with_its_saved_result_is_read_as_that_result(demo: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["目标编号", "数值", "截至日期"])
    book.active.append(["demo-projects", "=1+1", "2025-07-31"])
    written, path = tmp_path / "bare.xlsx", tmp_path / "saved.xlsx"
    book.save(written)
    with zipfile.ZipFile(written) as src, zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.startswith("xl/worksheets/"):  # as Excel saves it: the result beside the formula
                data = data.replace(b"<f>1+1</f><v></v>", b"<f>1+1</f><v>2</v>").replace(
                    b"<f>1+1</f></c>", b"<f>1+1</f><v>2</v></c>"
                )
                assert b"<v>2</v>" in data
            out.writestr(item, data)
    planned = plan_import(demo, path, by="甲", today=DAY)
    assert [line.record.value for line in planned.lines] == [2]
