"""export --format xlsx as a leader reads it (newcomer review): a rate that is a level (an
unemployment rate in %, a share) shows as the CLI shows it, 3.2%, never '+3.2%' as if it rose;
a change (a growth, a premium) keeps its sign."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from targetctl.commands.export import export
from tests.conftest import Recorder, edit

openpyxl = pytest.importorskip("openpyxl")
DAY = dt.date(2025, 6, 30)


def test_only_a_change_is_shown_with_a_plus_sign(recorder: Recorder, demo: Path, tmp_path: Path) -> None:
    edit(demo / "demo.yaml", "    unit: people\n", '    unit: "%"\n')  # a rate kept as a level
    recorder(
        ("demo-people", "3.2", "--date", "2025-06-30"),
        ("demo-growth", "9", "--date", "2025-06-30"),
        ("demo-premium", "20", "--date", "2025-06-30"),
    )
    out = tmp_path / "t.xlsx"
    export(demo, "xlsx", "targets", DAY, None, "zh", out)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    keys = [c.value for c in sheet[1]]
    rows = {row[keys.index("目标编号")].value: row[keys.index("完成情况")] for row in sheet.iter_rows(min_row=2)}
    level, growth, premium = rows["demo-people"], rows["demo-growth"], rows["demo-premium"]
    assert (level.value, level.number_format) == (0.032, "0.0%")
    assert (growth.value, growth.number_format) == (0.09, "+0.0%;-0.0%;0.0%")
    assert premium.number_format == "+0.0%;-0.0%;0.0%"


def test_a_long_name_in_the_records_sheet_wraps_in_its_column(recorder: Recorder, demo: Path, tmp_path: Path) -> None:
    """The recorder's name (git's user.name by default, often long) ran over the next columns
    and was cut where they held something (newcomer review)."""
    recorder(("demo-people", "40", "--date", "2025-06-30", "--by", "黄岛区发展和改革局综合科 张三"), by=None)
    out = tmp_path / "t.xlsx"
    export(demo, "xlsx", "targets", DAY, None, "zh", out)
    sheet = openpyxl.load_workbook(out).worksheets[1]
    keys = [c.value for c in sheet[1]]
    by = sheet.cell(row=2, column=keys.index("填报人") + 1)
    assert by.value == "黄岛区发展和改革局综合科 张三" and by.alignment.wrap_text
    assert (sheet.row_dimensions[2].height or 0) >= 30, "the row is as tall as the name's lines"
