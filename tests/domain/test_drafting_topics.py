"""A topic stated first, its bound after a comma (our own sentences): 县级担保机构的担保费率，原则上
不高于1%. The bound measures the topic, so the target's quote and subject hold both."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.clauses import Clause, clauses
from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.topics import join_topics


def test_a_topic_and_its_bound_are_one_clause() -> None:
    text = "县级担保机构的年化担保费率，原则上不高于1.2%"
    joined = join_topics(clauses(text))
    assert [c.full for c in joined] == [text]


def test_a_clause_with_a_number_or_a_verb_of_its_own_is_no_topic() -> None:
    for text in ("新增担保机构3家，原则上不低于2%", "降低担保费率，不高于1%", "担保费率稳中有降，不超过1%"):
        assert len(join_topics(clauses(text))) == 2, text


def test_the_target_quotes_the_topic_it_bounds() -> None:
    d = extract("一、主要目标\n县级担保机构的年化担保费率，均不高于1.2%。\n", default_year=2024)
    got = [(t.value, t.comparator, t.quote) for t in d.targets if t.numeric]
    assert got == [(Decimal("1.2"), "at-most", "县级担保机构的年化担保费率，均不高于1.2%")]


def test_join_keeps_every_offset() -> None:
    parts = [Clause("甲的费率", "甲的费率，", 0), Clause("不高于1%", "不高于1%", 5)]
    assert join_topics(parts)[0].start == 0
