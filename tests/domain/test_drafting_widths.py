"""Full-width digits made half-width before any reader sees the text (drafting/widths.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from targetctl.domain.drafting.widths import half_width

FULL = "０１２３４５６７８９"


def test_digits_per_cent_and_a_point_between_digits_are_made_half_width() -> None:
    assert half_width("到２０２５年，覆盖率达到９５．５％。") == "到2025年，覆盖率达到95.5%。"


def test_a_point_not_between_digits_stays_as_written() -> None:
    assert half_width("一．总体要求：新增１２个") == "一．总体要求：新增12个"


@given(st.text(alphabet=st.sampled_from([*FULL, "．", "％", "年", "，", "1", "."]), max_size=40))
def test_only_widths_change(text: str) -> None:
    out = half_width(text)
    assert len(out) == len(text)
    assert half_width(out) == out  # once is enough
    assert not any(ch in FULL for ch in out)


@given(st.text(alphabet=st.characters(max_codepoint=0xFF00), max_size=60))
def test_a_text_without_full_width_digits_is_returned_as_it_is(text: str) -> None:
    assert half_width(text) == text
