"""The sixth table of numbers that are not targets (drafting.grant_terms): the amounts a grant pays
each beneficiary, read by the shape of the sentence in any document (a schedule of amounts by
class, a band, a one-off grant), and the commitments beside them that stay targets (our own
sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.grant_terms import RULES, screen
from targetctl.domain.drafting.screening import Screen
from tests.domain.rule_tables import covers_its_example, drafted


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_covers_a_number_of_its_own_example(rule: Screen) -> None:
    covers_its_example(rule, screen)
    # read in any document: a plan's grant to each beneficiary is a term too; a grant alone in its
    # clause only in a sentence that names the class it goes to (对…的企业，给予N万元)
    assert not rule.book or rule.name == "grant-alone"


@pytest.mark.parametrize(
    "text",
    [
        # a schedule of amounts, one for each class of beneficiary
        "鼓励园区争创示范基地，市级分别给予国家级、省级基地80万元、30万元奖补。",
        "对获评一等、二等、三等的团队，分别按名次给予12万元、6万元、3万元奖励。",
        # a second schedule in the same grant, in another unit (the floor area of a home granted)
        "对引进的甲类、乙类人才，分别给予90万元、40万元安家补贴和160平方米、110平方米住房补贴。",
        # a band written with a hyphen, a dash or 至
        "鼓励企业申报发明专利，对获得授权的给予1-3万元奖励。",
        "新认定的工程研究中心，给予150—300万元建设资金支持。",
        "吸纳脱贫劳动力的车间，按人数给予企业800-2000元/人的岗位补贴。",
        # a grant paid once, whatever the document calls itself
        "示范平台建成后，区级给予一次性奖补60万元。",
        "对年度评价优秀的服务机构给予一次性奖励15万元、8万元。",
    ],
)
def test_a_grants_amounts_are_not_drafted(text: str) -> None:
    assert drafted(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a fund the plan commits to as a whole stays a target
        ("年内安排专项资金5000万元，用于企业技术改造。", 5000),
        # the number of those granted stays a target beside the grant
        ("培育认定省级示范企业20家以上。", 20),
        # a schedule led by the classes it pays, in one clause, reads as what the plan commits to pay
        ("新引进的全日制博士、硕士分别给予20万元、10万元购房补贴。", 20),
        # a range the plan reaches, not a grant
        ("全县粮食产量稳定在30-35万吨。", 30),
    ],
)
def test_a_commitment_beside_a_grant_stays(text: str, value: int) -> None:
    assert Decimal(value) in drafted(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the plan's own total for the year or the period, paid out as grants: what it commits to pay
        ("力争全年给予企业补贴5-8亿元。", 5),
        ("确保给予稳岗补贴1-2亿元。", 1),
        ("年内给予中小企业一次性奖补3000万元。", 3000),
        ("全年累计给予一次性奖补2000万元。", 2000),
    ],
)
def test_a_total_the_plan_pays_out_as_grants_stays_a_target(text: str, value: int) -> None:
    assert Decimal(value) in drafted(text)


@pytest.mark.parametrize(
    "text",
    [
        # whom each grant goes to is named: a term, whatever the time word
        "年内对首次入选的企业给予一次性奖励30万元。",
        "今年分别给予国家级、省级基地80万元、30万元奖补。",
    ],
)
def test_a_grant_to_each_named_beneficiary_stays_a_term_in_the_years_plan(text: str) -> None:
    assert drafted(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the grant's money (资金) named before its amount is a total paid out, not each one's grant
        ("下达一次性奖补资金2000万元。", 2000),
        ("兑现一次性奖励专项资金3000万元。", 3000),
    ],
)
def test_a_one_off_grants_fund_stays_a_target(text: str, value: int) -> None:
    assert Decimal(value) in drafted(text)


def test_a_count_after_a_grant_schedule_in_the_same_clause_stays_a_target() -> None:
    # only a second schedule (和N平方米、M平方米住房补贴) belongs to the grant, not any number before a grant word
    assert drafted("对新认定的星级企业，区级分别给予20万元、10万元奖励并推动新增星级企业30家享受补贴。") == [30]


@pytest.mark.parametrize(
    "text",
    [
        # the grant alone in its clause, after the class it goes to
        "对承担国家级创新平台建设的企业，给予80万元资金支持。",
        # a schedule in the clause that names the classes after 对
        "对承担国家级、省级示范项目的企业分别给予8万元、4万元资金支持。",
    ],
)
def test_a_grant_after_the_class_it_goes_to_is_not_drafted(text: str) -> None:
    assert drafted(text) == []


def test_a_grant_alone_after_the_body_that_pays_stays_a_target() -> None:
    # no class before the grant: the plan's own fund, paid by the body it names (市财政统筹安排)
    assert drafted("市财政统筹安排，给予2亿元资金支持，保障重大文旅项目落地。") == [2]
