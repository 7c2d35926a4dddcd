"""The overview written without Rich (render/plain_overview.py) is Rich's output byte for byte
wherever it answers, and it answers for the plain cases a province's overview is made of."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from targetctl.domain.rollup import Rollup
from targetctl.domain.vocabulary import STATUSES
from targetctl.render.console import to_text
from targetctl.render.overview import overview_of
from targetctl.render.plain_overview import overview_text

DAY = dt.date(2026, 12, 6)


def tally(counts: list[int], share: float) -> Rollup:
    rollup = Rollup(dict(zip(STATUSES, counts, strict=True)), 0.0, sum(counts))
    rollup.total = share * rollup.targets
    return rollup


titles = st.one_of(
    st.text(alphabet="Synthetic plan 0123456789", max_size=40),
    st.text(alphabet="十四五规划广州市生态环境保护（2021—2025年）", max_size=30),
    st.text(max_size=20),  # anything: tabs, line breaks, controls, combining marks
)
rows = st.lists(
    st.tuples(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz-0123456789", min_size=1, max_size=24),
        titles,
        st.lists(st.one_of(st.just(0), st.integers(0, 300)), min_size=len(STATUSES), max_size=len(STATUSES)),
        st.floats(0, 1.3),
    ),
    min_size=1,
    max_size=12,
)


plain_rows = st.lists(
    st.tuples(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz-0123456789", min_size=1, max_size=12),
        st.one_of(
            st.text(alphabet="Synthetic plan 0123456789", max_size=24),
            st.text(alphabet="十四五规划广州市生态环境保护（2021—2025年）", max_size=12),
        ),
        st.lists(st.one_of(st.just(0), st.integers(0, 120)), min_size=len(STATUSES), max_size=len(STATUSES)),
        st.floats(0, 1.3),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(rows, plain_rows), st.sampled_from(["en", "zh"]), st.one_of(st.integers(20, 200), st.integers(90, 200))
)
def test_the_plain_overview_is_what_rich_writes(
    drawn: list[tuple[str, str, list[int], float]], lang: str, width: int
) -> None:
    shown = [(ident, title, tally(counts, share)) for ident, title, counts, share in drawn]
    total = Rollup()
    for _, _, t in shown:
        total.merge(t)
    plain = overview_text(shown, total, DAY, lang, width)
    if plain is not None:
        assert plain == to_text(*overview_of(shown, total, DAY, lang), width=width)


def test_a_province_overview_is_written_without_rich() -> None:
    """Plain ids and titles at a terminal's width: the plain writer answers, as Rich would."""
    shown = [(f"bench-{n:03d}", f"Synthetic plan {n}", tally([n % 40, 7, 0, 0, 60, 0, 0], 0.6)) for n in range(300)]
    shown.append(("gz-14th", "广州市国民经济和社会发展规划", tally([1, 0, 0, 0, 0, 0, 0], 1.0)))
    shown.append(("empty-title", "", tally([0, 0, 0, 0, 0, 0, 2], 0.0)))
    total = Rollup()
    for _, _, t in shown:
        total.merge(t)
    for lang in ("en", "zh"):
        plain = overview_text(shown, total, DAY, lang, 100)
        assert plain is not None and plain == to_text(*overview_of(shown, total, DAY, lang), width=100)


def test_long_titles_are_wrapped_as_rich_wraps_them() -> None:
    """A plan's title wider than the terminal leaves: Rich narrows the plan and status columns
    and wraps (a Chinese title folded between characters), and so does the plain writer."""
    long = "广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    shown = [(f"gz-{n}", long, tally([n, 7, 3, 2, 60, 1, 9], 0.5)) for n in range(40)]
    shown.append(("en-1", "Five-year plan for the ecological environment protection of the city", tally([1] * 7, 0.9)))
    total = Rollup()
    for _, _, t in shown:
        total.merge(t)
    for lang, width in (("en", 100), ("zh", 100), ("en", 72), ("zh", 120)):
        plain = overview_text(shown, total, DAY, lang, width)
        assert plain is not None and plain == to_text(*overview_of(shown, total, DAY, lang), width=width)


def test_what_rich_would_wrap_is_left_to_rich() -> None:
    shown = [("p", "a title far too long for a narrow terminal to hold on one line", tally([1, 0, 0, 0, 0, 0, 0], 1.0))]
    assert overview_text(shown, shown[0][2], DAY, "en", 30) is None  # the bar would be cut
    assert overview_text([("p", "tab\there", shown[0][2])], shown[0][2], DAY, "en", 100) is None


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(rows, plain_rows), st.sampled_from(["en", "zh"]), st.one_of(st.integers(20, 200), st.integers(60, 200))
)
def test_the_plain_overview_in_colour_is_what_rich_writes(
    drawn: list[tuple[str, str, list[int], float]], lang: str, width: int
) -> None:
    shown = [(ident, title, tally(counts, share)) for ident, title, counts, share in drawn]
    total = Rollup()
    for _, _, t in shown:
        total.merge(t)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TERM", "xterm-256color")  # not a terminal Rich takes for dumb (see below)
        plain = overview_text(shown, total, DAY, lang, width, color=True)
        if plain is not None:
            assert plain == to_text(*overview_of(shown, total, DAY, lang), width=width, color=True)
