"""Openings that name nothing (our own sentences)."""

from __future__ import annotations

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.openings import NAMELESS, names_nothing


@pytest.mark.parametrize("rule", NAMELESS)
def test_each_rules_example_matches(rule: Named) -> None:
    assert rule.pattern.search(rule.example)


@pytest.mark.parametrize(
    ("opening", "nothing"),
    [
        ("今年经济社会发展的主要预期目标是", True),
        ("为深入贯彻落实《青川市“十五五”规划纲要》", True),
        ("根据《青川省就业促进条例》", True),
        ("为进一步促进青年就业", False),
        ("加快建设现代化产业体系", False),
    ],
)
def test_names_nothing(opening: str, nothing: bool) -> None:
    assert names_nothing(opening) is nothing


def test_an_untitled_text_opening_on_a_cited_document_does_not_name_its_programme() -> None:
    text = (
        "为贯彻落实《青川省人民政府关于促进青年就业的通知》(青政发〔2031〕5号)精神，每年新增见习岗位不少于600个，现提出如下措施。\n"
        "一、拓宽就业渠道\n"
        "1.每年开发公益岗位800个。\n"
    )
    draft = extract(text, default_year=2031)
    assert all("《" not in p.title and "〔2031〕" not in p.title for p in draft.all_programmes())
