"""The past as the document's structure bounds it (our own sentences): a numbered part ends the
review headed at its rank, whatever its first sentence."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.past import ends_review, looks_back


def test_a_numbered_part_run_on_into_its_first_sentence_still_ends_the_review() -> None:
    text = (
        "政府工作报告（2020）\n一、2019年工作回顾\n初步统计，完成地区生产总值280亿元，增长9%。\n"
        "二、稳稳地做、实实地干，扎实做好2020年工作2020年是收官之年。收官之年要打好决胜之战。\n"
        "今年发展的主要预期目标是：地区生产总值增长8%。\n"
    )
    d = extract(text, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(8)]


def test_ends_review_only_at_the_review_headings_rank_or_higher() -> None:
    assert ends_review(0, ["cn"], "cn")
    assert not ends_review(0, ["cn", "paren"], "paren")
    assert not ends_review(None, ["cn"], "cn")
    assert not ends_review(-1, ["cn"], "cn")  # a run of the past, not a review section


def test_a_verbs_complement_ending_in_来_is_no_look_back() -> None:
    text = "青川县2026年政府工作报告\n二、2026年工作安排\n一是要让产业强起来。新增设施农业3000亩，建成科技小院12个。\n"
    d = extract(text, default_year=2026)
    assert [t.value for t in d.targets if t.value is not None] == [Decimal(3000), Decimal(12)]
    assert looks_back("五年来") and looks_back("成立以来") and not looks_back("让产业强起来")
