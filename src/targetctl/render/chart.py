"""A target's month chart as a PNG picture, for documents that cannot show SVG (Word, WPS).

Drawn with matplotlib (imported here only, so only a Word report pays for it): axes with
tick values, the unit on the value axis, month labels, the goal line labelled, the band,
actual against expected, and the projection to the due date where there is one. Values
below zero are drawn below the zero line, never as positive heights.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# Fonts that hold Simplified Chinese, as found on Linux (fonts-noto-cjk, WenQuanYi),
# Windows and macOS; the first one installed is used, with a Latin font before it.
CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Heiti SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
)
ACTUAL, EXPECTED, GOAL, BAND, PROJECTION = "#0969da", "#6e7781", "#1a7f37", "#dafbe1", "#bf8700"


@dataclass(frozen=True)
class ChartSpec:
    """Everything one chart shows, with its words already in the reader's language."""

    days: Sequence[dt.date]
    expected: Sequence[float | None]
    actual: Sequence[float | None]
    unit: str
    goal: float | None = None
    goal_label: str = ""
    band: tuple[float, float] | None = None
    projection: tuple[dt.date, float] | None = None
    labels: tuple[str, str, str] = ("actual", "expected", "at this pace")


def has_data(actual: Sequence[float | None]) -> bool:
    """Whether a chart would show anything reported: a target with no data gets no chart."""
    return any(v is not None for v in actual)


def _font_family() -> list[str]:
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return ["DejaVu Sans", *(name for name in CJK_FONTS if name in installed)]


def chart_png(spec: ChartSpec, width_cm: float = 15.0, height_cm: float = 6.0) -> bytes:
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib import dates as mdates
    from matplotlib import pyplot as plt

    rc: Any = {"font.family": _font_family(), "font.size": 8, "axes.unicode_minus": False}
    with plt.rc_context(rc), warnings.catch_warnings():
        # a character no installed font has is drawn as a box; a warning would reach the terminal
        warnings.filterwarnings("ignore", message="Glyph .* missing from", category=UserWarning)
        fig, ax = plt.subplots(figsize=(width_cm / 2.54, height_cm / 2.54), dpi=200)
        try:
            _draw(ax, spec, mdates)
            out = io.BytesIO()
            # no creation time in the file: the same report makes the same picture
            fig.savefig(out, format="png", metadata={"Software": None})
            return out.getvalue()
        finally:
            plt.close(fig)


def _draw(ax: Any, spec: ChartSpec, mdates: Any) -> None:
    days = list(spec.days)
    if spec.band:
        ax.axhspan(spec.band[0], spec.band[1], color=BAND, zorder=0)
    ax.axhline(0, color="#8c959f", linewidth=0.8, zorder=1)
    expected = [(d, v) for d, v in zip(days, spec.expected, strict=False) if v is not None]
    if expected:
        ax.plot(*zip(*expected, strict=True), color=EXPECTED, linestyle="--", linewidth=1, label=spec.labels[1])
    actual = [(d, v) for d, v in zip(days, spec.actual, strict=False) if v is not None]
    if actual:
        ax.plot(*zip(*actual, strict=True), color=ACTUAL, linewidth=1.6, marker="o", markersize=3, label=spec.labels[0])
        for d, v in actual[-1:]:
            ax.annotate(_tick(v), (d, v), textcoords="offset points", xytext=(4, 4), color=ACTUAL, fontsize=7)
    if spec.projection and actual:
        last_day, last_value = actual[-1]
        due, at_due = spec.projection
        ax.plot([last_day, due], [last_value, at_due], color=PROJECTION, linestyle=":", linewidth=1.2)
        ax.plot([due], [at_due], marker="o", markersize=3, color=PROJECTION, label=spec.labels[2])
    if spec.goal is not None:
        ax.axhline(spec.goal, color=GOAL, linestyle="--", linewidth=1)
        ax.annotate(
            spec.goal_label,
            (0.005, spec.goal),
            xycoords=("axes fraction", "data"),
            textcoords="offset points",
            xytext=(0, 3),
            color=GOAL,
            fontsize=7,
        )
    ax.set_ylabel(spec.unit)
    # a tick on each point's own day (a month's end), labelled with its month, as `show` lists them
    step = max(1, -(-len(days) // 12))
    ticks = days[::step]
    if len(ticks) > 1 and (ticks[-1] - ticks[-2]).days < 20:  # the as-of day, days past a month's end
        del ticks[-2]  # the two labels would be drawn over each other
    ax.set_xticks(ticks)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    ax.tick_params(axis="x", labelrotation=45, labelsize=6.5)
    ax.yaxis.set_major_formatter(_formatter())
    ax.grid(axis="y", color="#eaeef2", linewidth=0.6)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.32), fontsize=6.5, frameon=False, ncol=3)
    ax.figure.tight_layout()


def _tick(value: float) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _formatter() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _pos: _tick(value))
