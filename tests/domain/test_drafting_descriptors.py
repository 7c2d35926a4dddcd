"""The third table of numbers that are not targets (drafting.descriptors): numbers that describe a
thing rather than commit to an amount of it; and the targets beside them that stay targets (our own
sentences)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.descriptors import RULES, clause_rule, screen
from targetctl.domain.drafting.extract import extract, find_numbers
from targetctl.domain.drafting.screening import Screen

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
BOOK = "青川区支持数字经济发展若干政策措施\n"  # a title that makes the text a book of support rules


def drafted(text: str) -> list[Decimal | None]:
    d = extract(text, default_year=2026, period=PERIOD)
    return [t.value for t in d.targets if t.numeric]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_covers_a_number_of_its_own_example_and_gives_a_reason(rule: Screen) -> None:
    spans = [
        m.span("mask" if "mask" in rule.pattern.groupindex and m.group("mask") else 0)
        for m in rule.pattern.finditer(rule.example)
    ]
    assert [n for n in find_numbers(rule.example) if any(a <= n.start and n.end <= b for a, b in spans)], rule.name
    assert rule.reason and rule.name
    if rule.clause:
        assert clause_rule(rule.example) is rule


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_no_number_a_rule_covers_in_its_example_is_drafted(rule: Screen) -> None:
    numbers = find_numbers(rule.example)
    kept, _ = screen(rule.example, numbers, rule.book)
    covered = {n.value for n in numbers} - {n.value for n in kept}
    assert covered, rule.name
    title = BOOK if rule.book else ""
    assert not [v for v in drafted(title + rule.example + "。") if v in covered]


@pytest.mark.parametrize(
    "sentence",
    [
        "半年考评得分=日常监测（50%）+实地核查（30%）+群众评议（20%）。",
        "实现全区税务服务厅24小时自助办税。",
        "城市公园二十四小时开放比例力争达到85%。",  # the 85% is its target; the mode in numerals too
        "推动政务服务365天“不打烊”。",
        "实现中心城区公交站点300米全覆盖。",
        "贯彻落实中宣部等5部门印发的《戏曲振兴行动计划》。",
        "推出3小时、6小时、12小时城市微旅行产品。",
        "全年实施区重点项目150个，总投资980亿元，年度计划投资210亿元，其中在建项目90项、前期项目60项。",
        "芯片算力达到256TFLOPS（16位浮点）。",
        "废止《东坪县招商引资奖励办法》（东政发〔2018〕3号）等2件规范性文件。",
        "形成“一园、两区、三中心”的产业格局。",
        "推进新一代超级计算机（百亿亿次级）样机研制。",
        "考核结果实行百分制，其中过程考核占30%、结果考核占70%。",
        "群众评议在综合考评中的权重为20%。",
        "对符合条件的创业担保贷款给予贴息，贴息比例为60%。",
        "对新建的智能工厂，按其设备投资额的10%给予补助，最高不超过200万元。",
        "成立专项行动指挥部，下设5个工作组。",
        "确保每月至少开展2次消防巡查。",
        "专班每周调度1次项目进展。",
        "突破千万吨以上智能化炼化成套装备关键技术。",
        "热线系统涵盖接听、派单和回访3大环节、16类服务场景。",
        # the kinds of people a service covers
        "做好8类困难群众救助保障。",
        "为11类重点人群提供家庭医生签约服务。",
        # things just named, counted again
        "编制青石、东湖2个承接产业转移园区规划，推动上述2个园区配套设施建设。",
    ],
)
def test_numbers_that_describe_a_thing_are_not_drafted(sentence: str) -> None:
    # what stays is the sentence's target: the chip's power, the projects' count and the year's investment
    kept = drafted(sentence)
    assert not [v for v in kept if v not in (Decimal(256), Decimal(210), Decimal(150), Decimal(85))], kept


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # a time limit to meet stays a target
        ("企业开办时间压缩至24小时。", [Decimal(24)]),
        ("急救响应时间缩短至二十四小时。", [Decimal(24)]),
        ("企业开办、不动产登记时间分别压缩至2小时、1.5小时以内。", [Decimal(2), Decimal("1.5")]),
        # a floor the projects must reach, and projects to prepare
        ("全年重点项目总投资1200亿元以上。", [Decimal(1200)]),
        ("新开工项目计划总投资超300亿元。", [Decimal(300)]),
        ("谋划储备项目200个。", [Decimal(200)]),
        # 位 counting people is a measure word
        ("培育10位领军人才。", [Decimal(10)]),
        # outside a book of support rules a threshold stays a target
        ("规上工业企业营业收入达到2000万元以上。", [Decimal(2000)]),
        # a plant to build to a size, and coverage, stay targets
        ("新增百万吨以上炼化产能。", [Decimal(100)]),
        ("政务服务事项覆盖12类高频业务。", [Decimal(12)]),
        # people counted, not kinds of them
        ("全年救助困难群众1.5万人。", [Decimal("1.5")]),
        # a share that is a level to reach stays a target
        ("研发经费投入占地区生产总值比重达到3%。", [Decimal(3)]),
        # activities to hold stay targets
        ("全年举办招商推介活动10次以上。", [Decimal(10)]),
        # a count after a grade or a size and above (三级以上, 亿元以上) is new, not things just named
        ("新增二级以上8家综合医院。", [Decimal(8)]),
        ("建成4A级以上6个旅游景区。", [Decimal(6)]),
        ("新签约投资亿元以上15个重大项目。", [Decimal(15)]),
    ],
)
def test_targets_beside_them_stay_targets(sentence: str, values: list[Decimal]) -> None:
    assert drafted(sentence) == values


def test_a_book_commits_where_it_says_what_it_will_build_by_a_year() -> None:
    text = BOOK + "到2028年建成10家以上市级孵化器。\n申报企业上年度营业收入达3000万元（含）以上。"
    assert drafted(text) == [Decimal(10)]


@pytest.mark.parametrize(
    ("line", "values"),
    [
        # the government's own work to deliver in the year: a floor on it is a target, in a book too
        ("全年实施老旧厂房改造项目30个以上。", [Decimal(30)]),
        ("带动全市完成技改投资80亿元以上。", [Decimal(80)]),
        ("开展企业新型学徒制培训600人以上。", [Decimal(600)]),
        ("提供公益性岗位2000个以上。", [Decimal(2000)]),
        ("老年食堂数量扩充至50个以上。", [Decimal(50)]),
        # what a beneficiary must have done stays a condition
        ("申报企业上年度完成固定资产投资5000万元以上。", []),
        ("上一年度实现营业收入1亿元以上。", []),
    ],
)
def test_a_book_commits_where_it_says_what_work_it_will_deliver(line: str, values: list[Decimal]) -> None:
    assert drafted(BOOK + line) == values


def test_a_dated_amount_in_a_book_of_support_rules_is_a_commitment() -> None:
    text = (
        "青川市支持企业发展若干政策措施\n一、2026年第一季度储备技改项目300个以上。\n"
        "二、2026年6月末普惠小微贷款余额较年初增加80亿元以上。\n三、对上年度营业收入2000万元以上的企业给予奖励。"
    )
    d = extract(text, default_year=2026)
    assert sorted(t.value for t in d.targets if t.numeric and t.value is not None) == [Decimal(80), Decimal(300)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("实现1000人以上中心村卫生室全覆盖。", []),  # the size of the villages meant, no target
        ("推动30户以上自然村通硬化路。", []),
        ("推动新增规上企业50家以上。", [Decimal(50)]),  # a count with its bound stays a target
        ("新增就业3000人以上。", [Decimal(3000)]),
        ("培训2000人以上企业家。", [Decimal(2000)]),  # 企业家 are people trained, not firms sized
    ],
)
def test_a_size_class_of_places_is_no_target(text: str, kept: list[Decimal]) -> None:
    assert drafted(text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("新建健身步道20条（每条3公里以上）。", [Decimal(20)]),  # what each one must be
        ("建设口袋公园15个（单个面积不少于800平方米）。", [Decimal(15)]),
        ("建成充电桩500个（其中快充桩200个）。", [Decimal(500), Decimal(200)]),  # a part is counted
    ],
)
def test_what_each_counted_thing_must_be_is_no_target(text: str, kept: list[Decimal]) -> None:
    assert drafted(text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("3月5日，在县人代会上，286名人大代表以无记名投票方式选出了年度民生实事。", []),
        ("本次会议应到代表210名，实到196名。", []),
        ("新增市级人大代表联络站12个。", [Decimal(12)]),
    ],
)
def test_the_deputies_of_a_meeting_are_no_target(text: str, kept: list[Decimal]) -> None:
    assert drafted(text) == kept


def test_a_share_of_coverage_by_a_stops_distance_stays_a_target() -> None:
    assert drafted("到2026年，公交站点500米覆盖率达到90%。") == [Decimal(90)]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # a size that names the class counted after it: the count is the target, never the size
        ("力争亿元企业达200家、10亿元企业达18家。", [Decimal(200), Decimal(18)]),
        ("打造200亿元园区、100亿元园区各1个。", [Decimal(1), Decimal(1)]),  # one park of each size
        # the projects a plan leads with, named by their size
        ("以80万吨不锈钢冷轧项目、30万吨铜杆项目为龙头，引进精深加工企业10家。", [Decimal(10)]),
        # the assessed sections whose water the plan improves: a set the state monitors
        ("持续提升18个国考断面、30个省考断面水质。", []),
    ],
)
def test_sizes_and_sets_that_name_things_are_not_drafted_beside_their_counts(
    sentence: str, values: list[Decimal]
) -> None:
    assert drafted(sentence) == values


def test_a_count_of_projects_a_plan_leads_with_stays_a_target() -> None:
    # the projects counted, not named by their size: how many the plan carries out is its target
    assert drafted("以实施100个重点项目为抓手，全年完成固定资产投资120亿元。") == [Decimal(100), Decimal(120)]


def test_a_duration_saying_how_a_measure_is_taken_is_no_target() -> None:
    assert drafted("到2028年，聚合虚拟电厂短时削峰能力（2小时左右）达到50万千瓦。") == [Decimal(50)]
    assert drafted("到2028年，新型储能连续放电时长达到4小时。") == [Decimal(4)]


def test_the_feedback_a_consultation_received_is_past() -> None:
    assert drafted("方案于2026年3月1日至10日公开征求意见，共收到意见建议3条。") == []


def test_a_count_after_a_size_and_above_is_no_count_of_things_just_named() -> None:
    # 以上 here bounds the size before it (50亿元以上), it names nothing above: the count stays
    assert Decimal(12) in drafted("力争引进100亿元以上项目4个、50亿元以上12个。")


def test_the_things_a_service_covers_in_full_are_no_target() -> None:
    def values(text: str) -> list[Decimal | None]:
        return [t.value for t in extract(text, default_year=2030).targets if t.numeric]

    assert values("实现全县18个乡镇卫生院远程会诊全覆盖。") == []
    assert values("推动服务网点向52个重点产业园区全覆盖。") == []
    # what is built to reach full coverage is the target
    assert values("新建村级服务站120个，实现行政村全覆盖。") == [Decimal(120)]
    assert values("新增覆盖行政村80个。") == [Decimal(80)]
