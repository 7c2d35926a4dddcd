"""domain.vocabulary: the shared words agree with the model and each has a Chinese name."""

from __future__ import annotations

import pytest

from targetctl.domain.model import MILESTONE_STATES
from targetctl.domain.vocabulary import (
    FIRST_YEAR,
    KINDS,
    LANGS,
    LAST_YEAR,
    RATING_WORDS,
    RATINGS,
    STATE_WORDS,
    STATUSES,
)
from targetctl.render.i18n import t


def test_typed_words_map_onto_the_values_they_stand_for() -> None:
    assert set(STATE_WORDS.values()) == set(MILESTONE_STATES)
    assert set(RATING_WORDS.values()) == set(RATINGS) and len(RATING_WORDS) == len(RATINGS)


@pytest.mark.parametrize("word", [*STATUSES, *KINDS, *RATINGS])
def test_every_word_has_a_chinese_name(word: str) -> None:
    zh = t(word, "zh")
    assert zh != word and not zh.isascii()


def test_the_rating_words_are_the_chinese_names_of_the_ratings() -> None:
    assert {t(rating, "zh"): rating for rating in RATINGS} == RATING_WORDS


def test_languages_and_years() -> None:
    assert LANGS == ("en", "zh")
    assert FIRST_YEAR < 2020 < 2035 < LAST_YEAR
