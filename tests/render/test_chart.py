"""render.chart: the Word report's chart pictures: a PNG that is the same for the same data, with
actual, expected, goal and projection drawn, and no chart for a target without data."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace
from typing import Any

import pytest

from targetctl.render.chart import ChartSpec, _draw, _tick, chart_png, has_data

DAYS = [dt.date(2025, 1, 31), dt.date(2025, 2, 28), dt.date(2025, 3, 31)]
SPEC = ChartSpec(
    DAYS,
    [10.0, 20.0, 30.0],
    [12.0, None, 25.0],
    "人",
    goal=100.0,
    goal_label="目标 100 人",
    projection=(dt.date(2025, 12, 31), 80.0),
)


def test_only_a_target_with_a_value_gets_a_chart() -> None:
    assert has_data([None, 3.0]) and not has_data([None, None]) and not has_data([])


def test_the_png_is_a_picture_and_the_same_for_the_same_data() -> None:
    first = chart_png(SPEC)
    assert first.startswith(b"\x89PNG\r\n\x1a\n") and len(first) > 5_000
    assert chart_png(SPEC) == first, "no time stamp in the file"
    assert chart_png(SPEC, width_cm=8) != first


def _axes() -> Any:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg", force=True)
    from matplotlib import pyplot as plt

    fig, ax = plt.subplots()
    return fig, ax


def test_every_line_is_drawn_with_its_legend() -> None:
    from matplotlib import dates as mdates
    from matplotlib import pyplot as plt

    fig, ax = _axes()
    try:
        _draw(ax, replace(SPEC, unit="people", goal_label="goal 100 people"), mdates)  # no CJK font needed
        labels = [text.get_text() for text in ax.get_legend().get_texts()]
        assert labels == ["expected", "actual", "at this pace"]
        goal = [line for line in ax.get_lines() if list(line.get_ydata()) == [100.0, 100.0]]
        assert goal, "the goal is a line across the chart"
        assert [t.get_text() for t in ax.texts] == ["25", "goal 100 people"], "the last value and the goal are labelled"
        assert ax.get_ylabel() == "people" and len(ax.get_xticks()) == 3
    finally:
        plt.close(fig)


def test_ticks_read_as_numbers() -> None:
    assert [_tick(v) for v in (0.0, -0.001, 1234.5, 2.0, 0.125)] == ["0", "0", "1,234.5", "2", "0.12"]


def test_no_two_month_labels_are_drawn_over_each_other() -> None:
    """The last point is the as-of day, days after the last month's end: both labelled, the two
    labels were printed over each other in the Word report (newcomer review)."""
    from matplotlib import dates as mdates
    from matplotlib import pyplot as plt

    ends = [dt.date(2026, m + 1, 1) - dt.timedelta(days=1) for m in range(1, 12)]
    days = [*ends, dt.date(2026, 12, 6)]
    spec = ChartSpec(days, [1.0] * len(days), [1.0] * len(days), "units")  # no CJK font needed
    for shown in (days, days[-7:], [dt.date(2026, 11, 30), dt.date(2026, 12, 6)]):
        fig, ax = _axes()
        try:
            _draw(ax, replace(spec, days=shown, expected=[1.0] * len(shown), actual=[1.0] * len(shown)), mdates)
            ticks = [dt.date(1970, 1, 1) + dt.timedelta(days=int(x)) for x in ax.get_xticks()]  # the epoch of mdates
            assert ticks[-1] == shown[-1], "the last point, the as-of day, keeps its label"
            assert all((b - a).days >= 20 for a, b in itertools.pairwise(ticks)), ticks
        finally:
            plt.close(fig)
