"""A support rule's terms (what each beneficiary is granted, the share of its cost paid back, how
many are chosen each round) are not targets; a fund committed as a whole is (our own texts)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.screening import rule_book

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


BOOK = "青川区促进产业高质量发展若干政策措施\n"  # the title says it sets support rules


def values(text: str) -> set[Decimal | None]:
    return {t.value for t in extract(text, default_year=2026, period=PERIOD).targets if t.numeric}


@pytest.mark.parametrize(
    ("title", "book"),
    [
        ("青川区促进产业高质量发展若干政策措施", True),
        ("青川区数字经济发展资金支持措施", True),
        ("青川区科技计划项目管理办法", True),
        ("青川区人才集聚三年行动计划（2026—2028年）", False),
        ("青川市人民政府办公室关于2026年实施消费品以旧换新政策的通知", True),
        ("青川市人民政府办公室关于做好2026年重点项目建设工作的通知", False),
        ("", False),
    ],
)
def test_a_title_says_whether_the_document_is_a_book_of_support_rules(title: str, book: bool) -> None:
    assert rule_book(title) is book


@pytest.mark.parametrize(
    "sentence",
    [
        "对首次入选的专精特新企业，给予单个企业最高60万元奖励。",
        "对获评市级示范项目的，分别给予15万元、35万元资助。",
        "经评审认定的优秀团队，分档享受40万元、20万元扶持。",
        "创新大赛获奖企业，特等奖给予120万元，一等奖70万元。",
        "按企业购置设备实际投入的15%，给予补助。",
        "区科技部门每年择优遴选不超过5家孵化载体，单家载体奖励45万元。",
    ],
)
def test_a_support_rules_terms_are_not_drafted(sentence: str) -> None:
    assert values(BOOK + sentence) == set()


def test_in_a_plan_a_grant_may_be_a_commitment_and_is_left_to_the_reader() -> None:
    plan = "青川区人才集聚三年行动计划（2026—2028年）\n每年遴选支持创新团队不少于8个，给予最高500万元资助。"
    assert Decimal(500) in values(plan)


def test_a_fund_committed_as_a_whole_stays_a_target() -> None:
    assert Decimal(5) in values(BOOK + "区财政每年安排5亿元专项资金，给予企业研发补助。")


def test_a_count_beside_a_grant_in_its_own_sentence_stays_a_target() -> None:
    got = values(BOOK + "到2026年新增国家级专精特新企业30家。对新认定的企业给予最高20万元奖励。")
    assert Decimal(30) in got
    assert Decimal(20) not in got


@pytest.mark.parametrize(
    ("preamble", "book"),
    [
        ("为加快县域工业发展，结合我县实际，特制订本招商引资优惠政策。", True),
        ("为规范专项资金使用，制定本办法。", True),
        ("为加快数字经济发展，特制定本行动方案。", False),
        ("为促进青年就业创业，结合我市实际，现提出如下措施。", True),
        ("经县政府常务会议研究同意，制定以下实施意见。", False),
    ],
)
def test_a_text_without_a_title_names_itself_in_its_preamble(preamble: str, book: bool) -> None:
    assert rule_book(None, [preamble]) is book


def test_an_untitled_book_of_support_rules_drafts_no_grant() -> None:
    text = (
        "为加快县域工业发展，结合我县实际，特制订本招商引资优惠政策。\n"
        "一、扶持标准\n"
        "（一）新引进的工业企业，投产后每年给予1.5万元租金补贴。\n"
        "（二）新建标准厂房的企业，一次性补助25万元。\n"
    )
    assert values(text) == set()


@pytest.mark.parametrize(
    "goals",
    [
        "力争全年完成汽车以旧换新1.5万辆以上，家电以旧换新8万台以上。",
        "2025年，全市完成汽车以旧换新2万辆以上，家电以旧换新10万台以上。",
    ],
)
def test_the_goals_a_notice_of_policy_sets_are_no_beneficiary_thresholds(goals: str) -> None:
    # a notice titled …政策的通知 is a book of support rules, but the counts its own goals reach
    # (家电以旧换新N万台以上, after 力争 in the clause before) are targets; its grants stay terms
    text = (
        "青川市关于实施2025年消费品以旧换新政策的通知\n一、工作目标\n" + goals + "\n二、补贴标准\n"
        "购买2级以上能效家电的，按产品销售价格的15%给予补贴，每件补贴不超过2000元。\n"
    )
    got = {t.value for t in extract(text, default_year=2025).targets if t.numeric}
    assert {Decimal(8), Decimal(10)} & got
    assert not {Decimal(15), Decimal(2000)} & got
