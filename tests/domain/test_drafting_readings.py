"""The pinyin a page sets into its words (學(xué)校, 亳(bó)州) is read past; an abbreviation after a
word is not a reading (our own sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from targetctl.domain.drafting.readings import without_readings


def test_readings_are_left_out_and_each_kept_character_knows_its_place() -> None:
    text = "建設(shè)23條農(nóng)村道路"
    got = without_readings(text)
    assert got is not None
    plain, kept = got
    assert plain == "建設23條農村道路"
    assert "".join(text[i] for i in kept) == plain


@pytest.mark.parametrize(
    "text",
    [
        "制造业采购经理指数(PMI)保持在50以上",
        "地区生产总值(gdp)增长6%",
        "新建学校(3所)",
        "完成投资(万元)",
        "(shè)开头没有汉字",
    ],
)
def test_no_reading_is_found_where_there_is_none(text: str) -> None:
    assert without_readings(text) is None


@given(st.text(alphabet="建設(shè)農nóng）（ab12 \n", max_size=60))
def test_the_kept_places_give_back_the_plain_text(text: str) -> None:
    got = without_readings(text)
    if got is not None:
        plain, kept = got
        assert len(plain) == len(kept)
        assert kept == sorted(set(kept))
        assert "".join(text[i] for i in kept) == plain
