"""The past as the document's structure bounds it (our own sentences): a numbered part ends the
review headed at its rank, whatever its first sentence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

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


def test_the_years_targets_close_a_review_whose_next_part_heading_was_lost() -> None:
    # the stored text lost 二、2026年工作安排: the year's requirement and targets still open the plan
    text = (
        "2026年青川县政府工作报告\n一、2025年工作回顾\n"
        "一年来，全县地区生产总值达320亿元，增长6.1%。\n"
        "（一）坚持项目为王，投资拉动更有力。新开工亿元以上项目46个。\n"
        "（二）坚持民生为本，群众生活更殷实。新增城镇就业5200人。\n"
        "做好今年政府工作的总体要求是：坚持稳中求进工作总基调。\n"
        "综合考虑，今年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，"
        "城镇新增就业5000人以上。\n"
        "（一）坚定不移抓好产业振兴\n新增规上工业企业30家以上。\n"
    )
    d = extract(text, default_year=2026)
    assert [t.value for t in d.targets if t.value is not None] == [Decimal("6.5"), Decimal(5000), Decimal(30)]
    assert {t.due for t in d.targets if t.numeric} <= {None, dt.date(2026, 12, 31)}  # None: the plan's own year


def test_a_review_that_quotes_last_years_targets_stays_a_review() -> None:
    text = (
        "2026年青川县政府工作报告\n一、2025年工作回顾\n"
        "去年全县经济社会发展的主要预期目标是地区生产总值增长6%，实际增长6.1%。\n"
        "全面完成了年初确定的主要预期目标，新增城镇就业5200人。\n"
    )
    d = extract(text, default_year=2026)
    assert [t.value for t in d.targets if t.value is not None] == []


def test_a_printed_line_that_opens_with_a_list_of_ordinals_does_not_end_the_review() -> None:
    # a page's margin broke the line before 一、二、三期: no part's heading, the review goes on
    text = (
        "青川县2026年政府工作报告\n一、2025年工作回顾\n"
        "一年来，我们狠抓项目建设，全年新开工项目52个，青川汽车零部件产业园项目\n"
        "一、二、三期全部投产，新增产值38亿元，完成固定资产投资120亿元，增长\n"
        "8.5%。\n二、2026年工作安排\n新增城镇就业3000人。\n"
    )
    d = extract(text, default_year=2026, ocr=True)
    assert [t.value for t in d.targets if t.value is not None] == [Decimal(3000)]
    assert not any("三期" in p.title for p in d.programmes)


def test_a_review_that_quotes_its_own_years_targets_by_the_year_stays_a_review() -> None:
    # 2025年…主要预期目标是 inside 一、2025年工作回顾: the targets the year set out with, then its results
    text = (
        "2026年青川县政府工作报告\n一、2025年工作回顾\n"
        "一年来，全县地区生产总值达320亿元，增长6.1%。\n"
        "2025年全县经济社会发展的主要预期目标是：地区生产总值增长6%，全年实际增长6.1%。\n"
        "新增城镇就业5200人。\n二、2026年工作安排\n新增城镇就业5000人以上。\n"
    )
    d = extract(text, default_year=2026)
    assert [t.value for t in d.targets if t.value is not None] == [Decimal(5000)]


@pytest.mark.parametrize(
    ("text", "ranks"),
    [
        # a rank to get into; a rank held, in a plan's task list or a review, is no target
        (
            "二、主要任务\n力争市第一医院进入全国三级公立医院绩效考核排名150名以内、市第二医院排名250名以内。\n"
            "全市经济总量排名全省第5位。\n",
            [150, 250],
        ),
        ("一、主要目标\n力争县域经济综合排名进入全省100名以内。\n", [100]),  # where the place is, between
        (
            "二、2026年工作安排\n确保营商环境考核排名前3位，营商环境评价排名保持在全省前10位。\n"
            "一、2025年工作回顾\n全县营商环境考核排名前5位。\n",
            [3, 10],
        ),
    ],
)
def test_a_rank_to_get_into_or_hold_is_a_target_at_most_it(text: str, ranks: list[int]) -> None:
    d = extract("青川县2026年政府工作报告\n" + text, default_year=2026)
    assert [(t.value, t.comparator) for t in d.targets if t.value is not None] == [
        (Decimal(r), "at-most") for r in ranks
    ]
