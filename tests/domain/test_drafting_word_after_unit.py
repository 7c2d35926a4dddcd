"""多 after a measure word starts the next word (5条多式联运线路), it is no 'more than'; a level to
step onto (迈上3万亿元台阶) is reached at least (our own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from targetctl.domain.drafting.extract import extract

PERIOD = (dt.date(2026, 1, 1), dt.date(2030, 12, 31))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("打造6条多式联运示范线路。", [("6", "exactly")]),
        ("建设3个多元化解纠纷中心。", [("3", "exactly")]),
        ("新增就业岗位100多个。", [("100", "more-than")]),
        ("全省地区生产总值迈上4万亿元台阶。", [("4", "at-least")]),
    ],
)
def test_the_comparator_read_next_to_a_measure_word(sentence: str, expected: list[tuple[str, str]]) -> None:
    d = extract(sentence, default_year=2026, period=PERIOD)
    assert [(str(t.value), t.comparator) for t in d.targets if t.numeric] == expected


def test_electricity_in_du_keeps_its_number() -> None:
    d = extract("确保新能源发电量超2500亿度。", default_year=2026, period=PERIOD)
    assert [(str(t.value), t.unit, t.comparator) for t in d.targets if t.numeric] == [("2500", "亿度", "more-than")]
    assert [t.value for t in extract("气温一度下降。", default_year=2026, period=PERIOD).targets if t.numeric] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("全省智能算力规模达3万P。", ("3", "万P", "at-least")),
        ("力争居民起居室供热室温达到18℃。", ("18", "℃", "at-least")),
    ],
)
def test_computing_power_in_p_and_a_temperature_keep_their_number(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    d = extract(sentence, default_year=2026, period=PERIOD)
    assert [(str(t.value), t.unit, t.comparator) for t in d.targets if t.numeric] == [expected]
