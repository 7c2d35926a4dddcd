"""render.bars: the progress bar and whole percent every view shares."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from targetctl.render.bars import BAR, bar, percent_text


def test_a_percent_never_claims_100_before_it_is_reached() -> None:
    assert percent_text(0.996) == "99%" and percent_text(1.0) == "100%" and percent_text(1.2) == "120%"
    assert percent_text(0.0) == "0%" and percent_text(0.504) == "50%"


def test_the_bar_is_full_only_at_100() -> None:
    assert bar(None) == "—"
    assert bar(1.0) == "█" * BAR + " 100%"
    assert bar(0.999) == "█" * (BAR - 1) + "░ 99%"
    assert bar(-0.5) == "░" * BAR + " -50%"


@given(st.floats(min_value=-10, max_value=10, allow_nan=False))
def test_the_bar_has_its_cells_and_the_percent_beside_them(fraction: float) -> None:
    cells, percent = bar(fraction).split(" ")
    assert len(cells) == BAR and set(cells) <= {"█", "░"} and percent == percent_text(fraction)
    assert (cells == "█" * BAR) == (fraction >= 1.0)
