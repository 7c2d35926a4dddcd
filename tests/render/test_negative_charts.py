"""Values below zero are drawn on the other side of an axis, in every chart (issue 18)."""

from __future__ import annotations

import datetime as dt
import re
import zlib
from pathlib import Path

from targetctl.domain.progress import ChartPoint
from targetctl.render.png import ACTUAL, AXIS, line_chart
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
    axis = float(re.search(r'<line x1="[\d.]+" y1="([\d.-]+)"[^>]*class="axis"', svg).group(1))  # type: ignore[union-attr]
    dots = [float(y) for y in re.findall(r'<circle cx="[\d.]+" cy="([\d.-]+)"', svg)]
    assert 0 <= axis <= 150 and all(y > axis for y in dots)


def _pixels(png: bytes) -> tuple[int, int, bytes]:
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    start = png.index(b"IDAT") + 4
    length = int.from_bytes(png[start - 8 : start - 4], "big")
    return width, height, zlib.decompress(png[start : start + length])


def test_png_draws_a_fall_below_its_zero_line() -> None:
    width, height, raw = _pixels(line_chart([None, None], [-3, -12]))
    stride = 1 + width * 3

    def colour_at(x: int, y: int) -> tuple[int, ...]:
        i = y * stride + 1 + x * 3
        return tuple(raw[i : i + 3])

    zero = [y for y in range(height) if sum(colour_at(x, y) == AXIS for x in range(width)) > width // 2]
    blue = [y for y in range(height) for x in range(width) if colour_at(x, y) == ACTUAL]
    assert zero and blue and min(blue) > zero[0] - 3
