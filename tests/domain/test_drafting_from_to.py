"""A change from a starting level dated now to a level to reach (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.from_to import BASELINE_NOW


def _read(sentence: str) -> list[tuple[Decimal | None, str | None]]:
    d = extract("二、主要目标\n" + sentence + "\n", default_year=2026)
    return sorted((t.value, t.comparator) for t in d.targets if t.value is not None)


def test_the_rule_matches_its_own_example() -> None:
    assert BASELINE_NOW.pattern.search(BASELINE_NOW.example)


def test_the_level_reached_from_the_current_one_is_the_target() -> None:
    sentence = "到2028年，全市软件企业由当前的40家达到65家，规上文旅企业由当前的120家达到300家。"
    assert _read(sentence) == [(Decimal(65), "at-least"), (Decimal(300), "at-least")]


def test_the_current_level_written_bare_is_no_target() -> None:
    assert _read("到2028年，全市产品国内市场占有率力争由当前4%提升到9%。") == [
        (Decimal(9), "at-least")
    ]  # a level raised to is reached at least


def test_a_current_count_relied_on_is_still_context() -> None:
    assert _read("当前全市共有规上企业80家。") == []


def test_a_change_from_the_current_level_needs_no_word_of_the_future_to_be_a_target() -> None:
    # 目前 after 由/从 dates where the change starts: the clause is no statement of the present
    assert _read("全县职业教育资金由目前的2000万元提高到5000万元。") == [(Decimal(5000), "at-least")]
    assert _read("全市森林覆盖率从目前的35%提高到40%。") == [(Decimal(40), "at-least")]


def test_a_level_reached_by_now_is_still_the_present() -> None:
    assert _read("全市森林覆盖率由2020年的35%提高到目前的40%。") == []


def test_a_starting_level_given_per_period_is_no_target() -> None:
    # 由目前的每年2次提高到每年4次: 每年 between 的 and the number does not make the start a target
    assert _read("全县应急演练由目前的每年2次提高到每年4次。") == [(Decimal(4), "exactly")]
    assert _read("从每年2次提高到每年4次。") == [(Decimal(4), "exactly")]
