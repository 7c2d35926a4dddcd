"""status's table view written without Rich (render/plain_table.py) is Rich's output byte for
byte wherever it answers (with colour and without), and it answers for a plan's table at a
terminal's usual widths."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from benchmarks.generate import generate
from hypothesis import given, settings
from hypothesis import strategies as st

from targetctl import workspace
from targetctl.domain.summary import StatusReport
from targetctl.domain.vocabulary import RATINGS, STATUSES
from targetctl.render import plain_table, status_table
from targetctl.render.console import to_text
from targetctl.render.overview import day_line
from targetctl.render.plain_table import table_text
from targetctl.render.status_rows import plan_rows
from targetctl.render.status_table import View, tables_of

DAY = dt.date(2023, 6, 30)


def rich(plans: list[dict[str, Any]], summary: str, lang: str, width: int, color: bool) -> str:
    return to_text(*tables_of(plans, summary, lang, width, View()), width=width, color=color)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> StatusReport:
    plans = tmp_path_factory.mktemp("ws") / "plans"
    generate(plans, 2, 30, 300)
    return workspace.load(plans, as_of=DAY).status(DAY)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("color", [False, True])
def test_a_generated_workspace_is_written_as_rich_writes_it(
    report: StatusReport, lang: str, color: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    saved = json.loads(json.dumps([plan_rows(ps, lang) for ps in report.plans]))
    summary = day_line(DAY, report.rollup, lang)
    for width in range(60, 201, 5):
        plain = table_text(saved, summary, lang, width, color)
        if plain is not None or width in (80, 100, 120, 160):  # the usual widths: answered
            assert plain == rich(saved, summary, lang, width, color), width


def test_the_styles_are_the_tables() -> None:
    assert plain_table.STYLE == status_table.STYLE and plain_table.RATING_STYLE == status_table.RATING_STYLE
    assert plain_table.WIDE == status_table.WIDE and plain_table.ATTENTION == status_table.ATTENTION


latin = st.text(alphabet="Synthetic target 0123456789-,.%", max_size=50)
cjk = st.text(alphabet="广州市生态环境保护规划（2021—2025年）万吨", max_size=30)
titles = st.one_of(latin, cjk)
ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-0123456789", min_size=1, max_size=24)
values = st.one_of(
    st.sampled_from(["4,870 people", "+6.6%", "done", "not-started", "—", "677–1,354 mu", "≥ +14%", "1,471 km²"]),
    st.text(alphabet="0123456789,.% 万吨公里亩", min_size=1, max_size=14),
)
targets = st.fixed_dictionaries(
    {
        "id": ids,
        "title": titles,
        "status": st.sampled_from(STATUSES),
        "fraction": st.one_of(st.none(), st.floats(0, 4)),
        "due": st.sampled_from(["2025-12-31", "2024-06-30"]),
        "last": st.one_of(st.none(), st.just("2024-12-31")),
        "updated": st.sampled_from(["—", "2024-12-31", "2024-12-31 (provisional)", "2024-12-31（暂定）"]),
        "now": values,
        "goal": values,
        "expected": st.one_of(values, st.sampled_from(["no deadline", "暂无期限"])),
        "exp_short": st.one_of(st.none(), values),
        "open": st.booleans(),
        "pace": st.one_of(st.just("—"), values),
        "judged": st.one_of(st.none(), st.sampled_from(RATINGS)),
        "disagrees": st.booleans(),
        "overdue": st.booleans(),
    }
)


def rollup(shown: list[dict[str, Any]]) -> dict[str, Any]:
    counts = Counter(p["status"] for p in shown)
    total = sum(min(1.0, p["fraction"] or 0.0) for p in shown)
    return {"targets": len(shown), "total": float(total), "counts": {s: counts[s] for s in STATUSES if counts[s]}}


@st.composite
def plans(draw: st.DrawFn) -> list[dict[str, Any]]:
    out = []
    for _ in range(draw(st.integers(1, 2))):
        blocks: list[dict[str, Any]] = []
        for _ in range(draw(st.integers(1, 3))):
            mine = draw(st.lists(targets, max_size=5))
            blocks.append(
                {"depth": draw(st.integers(0, 2)), "title": draw(titles), "rollup": rollup(mine), "targets": mine}
            )
        every: list[dict[str, Any]] = [p for b in blocks for p in b["targets"]]
        out.append({"id": draw(ids), "title": draw(titles), "rollup": rollup(every), "blocks": blocks})
    if every and draw(st.integers(0, 3)) == 0:  # anything (tabs, line breaks, controls, markup) in one title
        every[0]["title"] = draw(st.text(max_size=16))
    return out


@settings(max_examples=300, deadline=None)
@given(plans(), st.sampled_from(["en", "zh"]), st.integers(60, 200), st.booleans())
def test_the_plain_table_is_what_rich_writes(drawn: list[dict[str, Any]], lang: str, width: int, color: bool) -> None:
    summary = day_line(
        DAY, plain_table.rollup_of(rollup([p for ps in drawn for b in ps["blocks"] for p in b["targets"]])), lang
    )
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TERM", "xterm-256color")
        plain = table_text(drawn, summary, lang, width, color)
        if plain is not None:
            assert plain == rich(drawn, summary, lang, width, color)


def test_what_it_cannot_promise_is_left_to_rich(report: StatusReport, monkeypatch: pytest.MonkeyPatch) -> None:
    saved = json.loads(json.dumps([plan_rows(ps, "en") for ps in report.plans]))
    summary = day_line(DAY, report.rollup, "en")
    monkeypatch.setenv("TERM", "xterm")
    assert table_text(saved, summary, "en", 100, True) is not None
    assert table_text(saved, summary, "en", 40, False) is None  # the list layout
    marked = json.loads(json.dumps(saved))
    marked[0]["blocks"][0]["targets"][0].update(expected="[bold]5", exp_short="[bold]5")  # the fit test reads markup
    assert table_text(marked, summary, "en", 100, False) is None
    tabbed = json.loads(json.dumps(saved))
    tabbed[0]["title"] = "a\ttab"
    assert table_text(tabbed, summary, "en", 100, False) is None


def test_the_composed_table_needs_no_rich_layout() -> None:
    import subprocess
    import sys

    code = (
        "import sys, targetctl.render.plain_table, targetctl.cli.composed; "
        "print(sorted(m for m in sys.modules if m in ('rich.table', 'rich.console', 'rich.text', 'pydantic')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path.cwd())
    assert out.stdout.strip() == "[]"
