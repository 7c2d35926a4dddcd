"""Date options take a day as offices write it (2026/3/1, 2026年3月1日), as `import` reads a
sheet's dates: one rule (domain.records.written_day) for both."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from targetctl.domain.records import parse_day, written_day
from targetctl.io.spreadsheets import Cell, office_day
from tests.conftest import Run


@pytest.mark.parametrize("written", ["2026/3/1", "2026年3月1日", "2026.03.01", "2026-3-1", "２０２６/３/１"])
def test_status_as_of_takes_an_office_date(run: Run, demo: Path, written: str) -> None:
    plain = run("status", "--as-of", "2026-03-01", "--no-cache")
    typed = run("status", "--as-of", written, "--no-cache")
    assert typed.exit_code == plain.exit_code == 0, typed.output
    assert typed.output == plain.output


@pytest.mark.parametrize("wrong", ["2026/3/32", "3/1/2026", "2026年3月1", "2026/3-1", "20260301", "yesterday"])
def test_a_date_that_is_not_one_is_still_refused(run: Run, demo: Path, wrong: str) -> None:
    result = run("status", "--as-of", wrong)
    assert result.exit_code == 2
    assert f"'{wrong}' is not a date; write YYYY-MM-DD" in result.output


@given(
    st.dates(dt.date(1990, 1, 1), dt.date(2200, 12, 31)),
    st.sampled_from(["{y}/{m}/{d}", "{y}年{m}月{d}日", "{y}.{m:02d}.{d:02d}"]),
)
def test_import_and_the_options_read_the_same_days(day: dt.date, form: str) -> None:
    text = form.format(y=day.year, m=day.month, d=day.day)
    assert written_day(text) == office_day(Cell(text, "E5")) == day
    assert written_day(day.isoformat()) == parse_day(day.isoformat()) == day
