"""One value for each listed noun: 均突破, A、B、C各N家; people counted by a magnitude (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.quantities import find_numbers


def _targets(sentence: str) -> list[tuple[str | None, Decimal | None, str | None]]:
    d = extract("二、主要目标\n" + sentence + "\n", default_year=2026)
    return [(t.of, t.value, t.comparator) for t in d.targets if t.value is not None]


def test_jun_before_tupo_gives_each_noun_the_value() -> None:
    read = _targets("到2027年，全市软件业和信息服务业营业收入均突破800亿元。")
    assert len(read) == 2 and all(v == Decimal(800) and c == "more-than" for _, v, c in read)


def test_ge_before_a_count_gives_each_listed_noun_the_count() -> None:
    read = _targets("到2027年，创建国家级、省级现代农业产业园各2个。")
    assert [(of, v) for of, v, _ in read] == [("国家级现代农业产业园", Decimal(2)), ("省级现代农业产业园", Decimal(2))]


def test_ge_after_a_single_noun_is_one_target() -> None:
    assert len(_targets("到2027年，每个乡镇各建成1个综合文化站。")) <= 1


def test_a_magnitude_before_pupils_counts_people() -> None:
    assert [(n.value, n.unit) for n in find_numbers("为30万中小学生开展视力筛查")] == [(Decimal(30), "万人")]
