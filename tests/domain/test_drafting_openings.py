"""Openings that name nothing (our own sentences)."""

from __future__ import annotations

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.openings import NAMELESS, names_nothing, purpose_preamble


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


@pytest.mark.parametrize(
    ("sentence", "preamble"),
    [
        ("为加快建设全县冷链物流体系，按照省市部署要求，结合我县实际，制定本方案。", True),
        ("根据《青川市数字政府建设规划》，经市政府同意，特制定本实施方案。", True),
        ("为进一步优化营商环境，现就推进政务服务提质增效提出如下意见：", True),
        ("为促进青年就业创业，制定以下措施。", True),
        ("全面落实各项惠企政策，确保政策直达快享。", False),
        ("制定本方案的配套细则，明确责任分工", False),
    ],
)
def test_a_purpose_preamble(sentence: str, preamble: bool) -> None:
    assert (purpose_preamble(sentence) is not None) is preamble


PLAN = (
    "青川县冷链物流提升行动方案\n"
    "为加快补齐冷链物流短板，按照省市关于县域商业体系建设的部署，进一步畅通城乡流通循环，结合我县实际，制定本方案。\n"
    "一、主要目标\n"
    "到2031年，建成县级冷链集配中心2个，乡镇冷链网点覆盖率达到90%。\n"
    "二、重点任务\n"
    "（一）完善冷链设施。推动冷库向产地延伸。\n"
)


def test_the_preamble_of_purpose_is_no_commitment_and_names_no_programme() -> None:
    """为…，按照…，结合我县实际，制定本方案: why the plan is made, not what it commits to; none of its
    clauses is a milestone, and no programme stands before the first heading to hold them."""
    draft = extract(PLAN, default_year=2031)
    quotes = {t.quote for t in draft.targets}
    assert not any("为加快补齐" in q or "制定本方案" in q or "畅通城乡" in q for q in quotes)
    reasons = {e.quote: e.reason for e in draft.excluded}
    assert any("制定本方案" in q and "preamble" in r for q, r in reasons.items())
    assert [p.title for p in draft.programmes] == ["主要目标", "重点任务"]
    assert sorted(t.value for t in draft.targets if t.value is not None) == [2, 90]
    assert any(t.quote == "推动冷库向产地延伸" for t in draft.targets)


def test_a_target_in_the_preamble_is_still_drafted() -> None:
    text = "为促进青年就业，每年新增见习岗位不少于600个，现提出如下措施。\n一、拓宽就业渠道\n1.每年开发公益岗位800个。"
    draft = extract(text, default_year=2031)
    assert sorted(t.value for t in draft.targets if t.value is not None) == [600, 800]


@pytest.mark.parametrize(
    "sentence",
    [
        # a task set for others or for a date names a text of their own, not the one it opens
        "各乡镇要结合实际制定本地实施方案。",
        "年底前出台本县就业促进办法。",
        "各部门要研究制定本部门落实方案。",
        "6月底前制定本方案的配套细则。",
    ],
)
def test_a_task_to_make_a_text_is_no_preamble(sentence: str) -> None:
    assert purpose_preamble(sentence) is None


def test_a_text_with_no_heading_keeps_its_tasks_to_make_texts() -> None:
    text = "某县促进就业实施方案\n为推动全县就业工作，特制定本方案。\n全年新增城镇就业5000人以上。\n"
    text += "各乡镇要制定本地实施方案。\n"
    draft = extract(text, default_year=2026)
    assert any("制定本地实施方案" in t.quote for t in draft.targets)


@pytest.mark.parametrize(
    "sentence",
    ["为落实省委重要部署要求，确保年内见效，特制定本方案。", "为适应新形势需要，制定本实施方案。"],
)
def test_a_preamble_that_speaks_of_needs_and_the_year_is_still_a_preamble(sentence: str) -> None:
    assert purpose_preamble(sentence) is not None
