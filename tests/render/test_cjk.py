"""render.cjk: Chinese text wrapped by terminal cells, never inside a number, id or word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from targetctl.render.cjk import wrap_cells


def test_chinese_breaks_between_characters_and_a_number_stays_whole() -> None:
    lines = wrap_cells("到2025年，全区新增规上工业企业120家，实现产值1,234.5亿元。", 20, "  ")
    assert lines == ["到2025年，全区新增规", "  上工业企业120家，", "  实现产值1,234.5亿", "  元。"]
    assert all(cell_len(line) <= 20 for line in lines)


def test_words_break_at_spaces_and_one_longer_than_a_line_stands_alone() -> None:
    assert wrap_cells("abc defghij klm", 5) == ["abc", "defghij", "klm"]
    assert wrap_cells("", 10) == [] and wrap_cells("   ", 10) == []


def test_closing_punctuation_never_starts_a_line() -> None:
    for width in range(4, 16):
        for line in wrap_cells("推进“两新”融合，完成（一期）工程。", width)[1:]:
            assert line[0] not in "，。）”", (width, line)


@given(st.text(alphabet="甲乙丙丁12.3ab ，。", max_size=60), st.integers(4, 30))
def test_nothing_is_lost_and_no_line_is_too_wide_unless_it_is_one_chunk(text: str, width: int) -> None:
    lines = wrap_cells(text, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        assert cell_len(line) <= width or " " not in line.strip()
