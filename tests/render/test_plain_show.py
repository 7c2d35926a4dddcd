"""`show`'s view written without Rich (render/plain_show.py) is Rich's output byte for byte
wherever it answers (with colour and without, in both languages, at any width), and it answers
for the common case: a target of the shipped plans at a terminal's usual widths."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.text import Text

from targetctl import workspace
from targetctl.domain.detail import TargetDetail
from targetctl.render import plain_show, show_view
from targetctl.render.console import to_text
from targetctl.render.history import detail_view, rich_text
from targetctl.render.status_table import status_cell_of
from targetctl.render.styled import STYLE
from tests.conftest import GOLDEN

SHIPPED = Path(__file__).resolve().parents[2] / "plans"
DAY = dt.date(2025, 7, 15)


def rich(d: TargetDetail, lang: str, width: int, color: bool) -> str:
    return to_text(*detail_view(d, lang, width), width=width, color=color)


def plain(d: TargetDetail, lang: str, width: int, color: bool) -> str | None:
    return plain_show.view_text(show_view.view(d, lang), width, color, bool(d.history))


@pytest.fixture(scope="module")
def details(tmp_path_factory: pytest.TempPathFactory) -> list[TargetDetail]:
    """Every target of the shipped plans and of the demo plan, some with records of every sort."""
    plans = tmp_path_factory.mktemp("ws") / "plans"
    shutil.copytree(GOLDEN / "valid", plans)
    for plan in SHIPPED.glob("*.yaml"):
        shutil.copy(plan, plans)
    shutil.copytree(SHIPPED / "sources", plans / "sources", dirs_exist_ok=True)
    from typer.testing import CliRunner

    from targetctl.cli.main import app

    for args in (
        ["record", "demo-people", "120", "--date", "2025-03-31", "--by", "张三", "--note", "第一季度 by the office"],
        [
            "record",
            "demo-people",
            "150",
            "--date",
            "2025-06-30",
            "--by",
            "a recorder with a long name",
            "--provisional",
        ],
        [
            "record",
            "demo-people",
            "140",
            "--date",
            "2025-06-30",
            "--by",
            "me",
            "--correct",
            "--evidence",
            "http://x.org/a",
        ],
        ["record", "demo-growth", "5%", "--date", "2025-06-30", "--by", "me"],
        ["judge", "demo-growth", "amber", "--reason", "slower 因为天气", "--date", "2025-06-30", "--by", "李四"],
        ["record", "demo-hall", "in-progress", "--date", "2025-05-01", "--by", "me"],
        ["record", "demo-park-size", "12", "--date", "2025-04-30", "--by", "me", "--note", "[bold]kept[/bold]"],
    ):
        done = CliRunner().invoke(app, ["--plans", str(plans), *args], env={"TARGETCTL_CACHE_DIR": str(plans.parent)})
        assert done.exit_code == 0, done.output
    ws = workspace.load(plans, records=False)
    return [workspace.load(plans, records=False).detail(target, DAY) for target in sorted(ws.targets)]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("color", [False, True])
def test_every_target_is_written_as_rich_writes_it(
    details: list[TargetDetail], lang: str, color: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    answered = 0
    for d, width in itertools.product(details, [20, 36, 50, 64, 80, 93, 100, 120, 160, 200]):
        written = plain(d, lang, width, color)
        if written is not None:
            assert written == rich(d, lang, width, color), (d.target.id, width)
            answered += 1
    assert answered > len(details) * 4  # most targets at the usual widths


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_shipped_plans_targets_are_answered_at_the_usual_widths(details: list[TargetDetail], lang: str) -> None:
    shipped = [d for d in details if not d.target.id.startswith("demo-") and d.chart and not d.history]
    assert shipped
    for d, width in itertools.product(shipped, [80, 100, 120, 160]):
        if any(isinstance(v, float | int) for p in d.chart for v in (p.expected, p.actual)):
            assert plain(d, lang, width, False) is not None, (d.target.id, width)


def test_a_target_with_records_is_answered(details: list[TargetDetail]) -> None:
    growth = next(d for d in details if d.target.id == "demo-growth")
    assert len(growth.history) == 2  # a value and a judgement
    for lang in ("en", "zh"):
        assert plain(growth, lang, 120, True) == rich(growth, lang, 120, True)


texts = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60) | st.sampled_from(
    ["", " ", "a" * 70, "三化一型" * 12, "word " * 30, "[bold]x[/bold]", "x\ny", "一\n\n二 ", "tab\there", "é\u200e"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    pick=st.integers(0, 200),
    title=texts,
    note=texts,
    lead=texts,
    by=texts,
    width=st.integers(1, 220),
    lang=st.sampled_from(["en", "zh"]),
    color=st.booleans(),
)
def test_any_text_at_any_width_is_rich_s_or_left_to_rich(
    details: list[TargetDetail],
    pick: int,
    title: str,
    note: str,
    lead: str,
    by: str,
    width: int,
    lang: str,
    color: bool,
) -> None:
    """File text of any sort (CJK, long words, markup, line breaks, control characters) in the
    facts and the history: where the writer answers, it is Rich's output."""
    d = details[pick % len(details)]
    target = d.target.model_copy(
        update={"title": d.target.title.model_copy(update={"en": title}), "note": note, "lead_unit": lead}
    )
    history = [
        dataclasses.replace(
            line, entry=dataclasses.replace(line.entry, record=line.entry.record.model_copy(update={"by": by}))
        )
        for line in d.history
    ]
    d = dataclasses.replace(d, target=target, history=history)
    written = plain(d, lang, width, color)
    if written is not None:
        assert written == rich(d, lang, width, color)


def test_the_status_cell_is_status_s() -> None:
    class Judged:
        def __init__(self, rating: str) -> None:
            self.rating = rating

    class P:
        def __init__(self, status: str, judged: str | None, disagrees: bool, overdue: bool) -> None:
            self.status, self.disagrees, self.overdue = status, disagrees, overdue
            self.judged = Judged(judged) if judged else None

    for status, judged, disagrees, overdue, lang in itertools.product(
        STYLE, [None, "red", "amber", "green"], [False, True], [False, True], ["en", "zh"]
    ):
        ours = rich_text(show_view.status_text(P(status, judged, disagrees, overdue), lang))  # type: ignore[arg-type]
        assert isinstance(ours, Text)
        theirs = status_cell_of(status, judged, disagrees, overdue, lang)  # type: ignore[arg-type]
        assert (ours.plain, ours.style, ours.spans) == (theirs.plain, theirs.style, theirs.spans)


def test_a_dumb_colour_terminal_is_left_to_rich() -> None:
    assert not plain_show.stands_in(True, "dumb") and not plain_show.stands_in(True, "UNKNOWN")
    assert plain_show.stands_in(False, "dumb") and plain_show.stands_in(True, "xterm")
