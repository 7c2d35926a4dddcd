"""Values below zero are drawn on the other side of an axis, in every chart (issue 18)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from targetctl.domain.progress import ChartPoint
from targetctl.render.report import svg_chart
from tests.conftest import Run


def test_show_draws_a_fall_left_of_the_axis(run: Run, demo: Path) -> None:
    for day, value in (("2025-01-31", "6"), ("2025-02-28", "-12")):
        assert run("record", "demo-growth", value, "--date", day, "--by", "x").exit_code == 0
    out = run("show", "demo-growth", "--as-of", "2025-03-01", "--no-cache").stdout
    fall = next(line for line in out.splitlines() if "actual -12%" in line)
    rise = next(line for line in out.splitlines() if "actual +6%" in line)
    assert "│" in fall and fall.index("█") < fall.index("│")
    assert rise.index("│") < rise.index("█")
    assert fall.count("█") > rise.count("█")  # twice as far, on its own side
    assert rise.index("│") == fall.index("│")  # one axis


def test_show_without_negatives_draws_no_axis(run: Run, demo: Path) -> None:
    assert run("record", "demo-growth", "6", "--date", "2025-01-31", "--by", "x").exit_code == 0
    out = run("show", "demo-growth", "--as-of", "2025-02-01", "--no-cache").stdout
    assert "│" not in next(line for line in out.splitlines() if "actual +6%" in line)


def _points(*actual: float) -> list[ChartPoint]:
    return [ChartPoint(dt.date(2025, m + 1, 28), None, v) for m, v in enumerate(actual)]


def test_svg_keeps_zero_in_view_when_every_value_is_below_it() -> None:
    svg = str(svg_chart(_points(-3, -12), None, "growth"))
    found = re.search(r'<line x1="[\d.]+" y1="([\d.-]+)"[^>]*class="axis"', svg)
    assert found, svg
    axis = float(found.group(1))
    dots = [float(y) for y in re.findall(r'<circle cx="[\d.]+" cy="([\d.-]+)"', svg)]
    assert 0 <= axis <= 150 and all(y > axis for y in dots)


def test_word_chart_keeps_zero_in_view_and_a_fall_below_it() -> None:
    import matplotlib
    import numpy as np

    matplotlib.use("Agg", force=True)
    from matplotlib import dates as mdates
    from matplotlib import pyplot as plt

    from targetctl.render.chart import ChartSpec, _draw

    days = [dt.date(2025, 1, 31), dt.date(2025, 2, 28)]
    fig, ax = plt.subplots()
    _draw(ax, ChartSpec(days, [None, None], [-3.0, -12.0], "%"), mdates)
    low, high = ax.get_ylim()
    assert low < -12 and high >= 0  # the zero line is drawn and in view
    line = ax.get_lines()[-1]
    assert (np.asarray(line.get_ydata(), dtype=float) < 0).all()
    plt.close(fig)
