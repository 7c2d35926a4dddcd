"""status's table view laid out from plain rows (render/status_table.py): the rows saved as
JSON and read back give the bytes the full command prints, in every layout and language."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from benchmarks.generate import generate

from targetctl import workspace
from targetctl.domain.summary import StatusReport
from targetctl.domain.vocabulary import STATUSES
from targetctl.render.console import to_text
from targetctl.render.overview import day_line
from targetctl.render.status import status_tables
from targetctl.render.status_rows import every_language, plan_rows
from targetctl.render.status_table import PlanRows, View, rollup_of, status_cell_of, tables_of

DAY = dt.date(2023, 6, 30)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> StatusReport:
    plans = tmp_path_factory.mktemp("ws") / "plans"
    generate(plans, 2, 30, 300)
    return workspace.load(plans, as_of=DAY).status(DAY)


@pytest.mark.parametrize("width", [40, 80, 100, 140])
@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("view", [View(), View(sort="due", show_all=True), View(sort="progress", wide=True)])
def test_rows_read_back_give_the_full_commands_bytes(report: StatusReport, width: int, lang: str, view: View) -> None:
    saved = json.loads(json.dumps([plan_rows(ps, lang) for ps in report.plans]))
    full = to_text(*status_tables(report, lang, width, view), width=width, color=True)
    again = to_text(*tables_of(saved, day_line(DAY, report.rollup, lang), lang, width, view), width=width, color=True)
    assert again == full and report.plans[0].plan.id in full


@pytest.mark.parametrize("width", [40, 80, 140])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_one_plan_says_its_rollup_once_in_the_dated_line(report: StatusReport, width: int, lang: str) -> None:
    from targetctl.render.overview import rollup_text

    rows = [plan_rows(ps, lang) for ps in report.plans]

    def times_said(shown: Sequence[PlanRows], summary: str) -> list[int]:
        text = " ".join(to_text(*tables_of(shown, summary, lang, width, View()), width=width).split())
        return [text.count(" ".join(rollup_text(rollup_of(ps["rollup"]), lang).split())) for ps in shown]

    assert times_said(rows[:1], day_line(DAY, rollup_of(rows[0]["rollup"]), lang)) == [1]
    assert times_said(rows, day_line(DAY, report.rollup, lang)) == [1, 1]  # each plan's, under its table


def test_a_plan_is_kept_in_every_language_and_none_without_targets(report: StatusReport) -> None:
    kept = every_language(report.plans[0])
    assert set(kept) == {"en", "zh"} and kept["zh"]["blocks"] and kept["en"]["id"] == report.plans[0].plan.id
    assert every_language(None) == {"en": None, "zh": None}


def test_a_rollup_read_back_keeps_its_counts_in_status_order() -> None:
    rollup = rollup_of({"targets": 3, "total": 1.5, "counts": {"missed": 1, "achieved": 2}})
    assert list(rollup.counts) == list(STATUSES) and rollup.progress == 0.5 and rollup.counts["missed"] == 1


def test_a_judged_target_that_disagrees_is_marked() -> None:
    cell = status_cell_of("behind", "green", True, True, "en")
    assert cell.plain.splitlines()[0] == "behind" and "≠" in cell.plain and "overdue" in cell.plain


def test_the_table_view_imports_no_model() -> None:
    import subprocess
    import sys

    code = "import sys, targetctl.render.status_table; print(any(m.startswith('pydantic') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path.cwd())
    assert out.stdout.strip() == "False"
