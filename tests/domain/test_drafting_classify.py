"""What a clause is, by rules kept as data (classify.CLAUSE_RULES): each rule's own sentence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.classify import CLAUSE_RULES, PROJECTED_REVIEW, REVIEW_HEADING, ClauseRule, judge
from targetctl.domain.drafting.extract import extract

PERIOD = (dt.date(2024, 1, 1), dt.date(2025, 12, 31))
NAMES = [r.name for r in CLAUSE_RULES]


@pytest.mark.parametrize("rule", CLAUSE_RULES, ids=lambda r: r.name)
def test_every_clause_rule_matches_its_own_example_and_gives_a_reason(rule: ClauseRule) -> None:
    hit = judge(rule.example, not rule.no_number, False, 2024, NAMES)
    assert hit is not None
    assert hit[0].name == rule.name
    assert hit[1] and "{word}" not in hit[1]


@pytest.mark.parametrize("rule", CLAUSE_RULES, ids=lambda r: r.name)
def test_no_example_of_a_rule_is_drafted_as_a_numeric_target(rule: ClauseRule) -> None:
    d = extract(rule.example + "。", default_year=2024, period=PERIOD)
    assert [t.quote for t in d.targets if t.numeric] == []


def test_a_past_total_is_the_past_even_in_a_sentence_that_names_the_future() -> None:
    d = extract("近三年累计培育科技型企业50家，力争到2025年达到100家。", default_year=2024, period=PERIOD)
    assert [t.value for t in d.targets if t.numeric] == [100]
    assert any("累计" in e.reason and e.quote == "近三年累计培育科技型企业50家" for e in d.excluded)


def test_a_total_in_a_year_before_the_plan_is_the_past_one_in_its_years_is_a_target() -> None:
    text = "全市2023年累计建成充电桩5000个，到2025年累计建成充电桩8000个。"
    d = extract(text, default_year=2024, period=PERIOD)
    assert [t.value for t in d.targets if t.numeric] == [8000]


def test_a_year_of_the_plan_does_not_make_a_clause_the_past() -> None:
    assert judge("2025年累计建成充电桩8000个", True, False, 2024, ["past-tense"]) is None
    assert judge("比上年累计增长6%", True, True, 2024, ["past-tense"]) is None


def test_a_cadence_whose_numbers_are_not_counts_is_still_a_rule_not_a_milestone() -> None:
    d = extract("规划实施情况每3年开展一次评估。", default_year=2024, period=PERIOD)
    assert d.targets == []
    assert [e.reason for e in d.excluded] == ["a cadence of the rule (每N年修订1次), not a target"]


def test_a_time_frame_since_something_makes_the_clauses_after_it_the_past() -> None:
    text = "据了解，该基地自2019年投运以来，累计服务企业80家，培育专精特新企业12家。"
    d = extract(text, default_year=2024, period=PERIOD)
    assert [t.quote for t in d.targets if t.numeric] == []
    again = "自方案实施以来，全区新增绿地120公顷，力争到2025年再新增绿地80公顷。"
    assert [t.value for t in extract(again, default_year=2024, period=PERIOD).targets if t.numeric] == [80]


def test_a_paragraph_about_the_past_that_turns_to_the_plan_drafts_the_plan() -> None:
    text = "某某合作社成立6年来，带动农户1500户增收，流转土地4000亩。今年，合作社计划新建冷库3座。"
    d = extract(text, default_year=2024)
    assert [(t.value, t.unit) for t in d.targets if t.numeric] == [(Decimal(3), "座")]
    report = "某园区运营以来成效明显。今年以来，园区已将入驻企业增至120家。"
    assert [t.quote for t in extract(report, default_year=2024).targets if t.numeric] == []


def test_a_target_after_a_past_total_counts_the_same_thing() -> None:
    d = extract("近三年累计培育科技型企业45家，力争到2025年达到90家。", default_year=2024, period=PERIOD)
    (t,) = [t for t in d.targets if t.numeric]
    assert (t.value, t.of) == (Decimal(90), "科技型企业")
    assert t.review is not None and "clause before" in t.review


@pytest.mark.parametrize("when", ["2025年第一季度", "2025年一季度", "2025年上半年", "2025年前三季度"])
def test_a_part_of_the_plans_own_year_lies_ahead(when: str) -> None:
    d = extract(f"青川市推动2025年经济开局若干措施\n{when}完成城镇新增就业2.6万人。", default_year=2025)
    (t,) = [t for t in d.targets if t.numeric]
    assert (t.value, t.review) == (Decimal("2.6"), None)
    assert judge(f"{when}完成城镇新增就业2.6万人", True, False, 2025, ["past-weak"]) is None
    # the same part of a year gone by is a result; a part with no year keeps its reading
    assert judge(f"{when}完成城镇新增就业2.6万人", True, False, 2026, ["past-weak"]) is not None
    assert judge("一季度城镇新增就业2.6万人", True, False, 2025, ["past-weak"]) is not None


def test_a_sum_given_out_for_the_listed_fields_is_no_count_relied_on() -> None:
    text = "青川市2026年促消费工作方案\n围绕餐饮、住宿、文旅等重点领域发放1.5亿元消费券。"
    assert [t.value for t in extract(text, default_year=2026).targets if t.numeric] == [Decimal("1.5")]
    assert judge("围绕全区12个产业园区", True, False, 2026, ["context-count"]) is not None


@pytest.mark.parametrize(
    "line",
    [
        "围绕市委市政府确定的数字经济、生物医药等重点产业链打造的6个产业集群，开展招商。",
        "围绕市委市政府确定的数字经济、生物医药等重点产业完成的8个重大项目开展督查。",
        "围绕已建成的3个产业园区开展精准招商。",
    ],
)
def test_what_was_built_before_the_work_is_relied_on_not_counted(line: str) -> None:
    # 打造的6个产业集群: the verb with 的 says which things the work turns to, it builds none of them
    assert [t.value for t in extract(f"青川市2026年招商工作方案\n{line}", default_year=2026).targets if t.numeric] == []


@pytest.mark.parametrize(
    ("heading", "review"),
    [("二、发展环境", True), ("（三）聚力优化营商发展环境", False), ("一、完善产业发展环境", False)],
)
def test_a_development_environment_to_improve_is_a_task_not_a_review(heading: str, review: bool) -> None:
    assert bool(REVIEW_HEADING.search(heading)) is review


def test_an_estimate_of_what_the_work_needs_is_a_forecast() -> None:
    text = (
        "某县公厕建设两年行动计划（2025、2026）\n一、工作目标\n到2026年新建公厕60座。\n二、投资规模\n"
        "经初步测算，两年行动计划共需资金约1.2亿元，其中2025年约0.7亿元。\n"
    )
    d = extract(text, default_year=2025)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(60)]


def test_an_estimate_named_as_a_noun_makes_no_forecast() -> None:
    # 投资估算 names a procedure to set up; the target after it is committed to
    text = (
        "某县农村公路建设三年行动方案（2024—2026年）\n一、重点任务\n"
        "建立健全项目投资估算和评审机制，到2026年，累计完成农村公路改造300公里。\n"
    )
    d = extract(text, default_year=2024)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(300)]


@pytest.mark.parametrize(
    "sentence",
    [
        "充分发挥120家市级重点龙头企业带动作用。",  # things that exist, put to use
        "在3个国家级示范基地创建基础上，深化标准化生产。",  # a base already reached
        "不断提升12条市级精品线路建设水平。",  # the level of things that exist
    ],
)
def test_counts_of_what_exists_already_are_context(sentence: str) -> None:
    d = extract(f"某市2031年工作要点\n一、重点工作\n{sentence}\n", default_year=2031)
    assert [t.value for t in d.targets if t.numeric] == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("在2030年基础上增长5%。", Decimal(5)),  # a year's level built on, the growth is the target
        ("新增示范基地3个，提升改造老旧厂房20处。", Decimal(20)),
        ("在12个示范村基础上新创建8个示范村。", Decimal(8)),  # what is added on the base
        ("发挥3家龙头企业带动作用带动5000户农户增收。", Decimal(5000)),
    ],
)
def test_targets_beside_what_exists_stay_targets(sentence: str, value: Decimal) -> None:
    d = extract(f"某市2031年工作要点\n一、重点工作\n{sentence}\n", default_year=2031)
    assert value in [t.value for t in d.targets if t.numeric]


def test_approved_as_a_kind_of_what_is_counted_is_no_past() -> None:
    text = "某市2031年工作要点\n一、重点工作\n区域公用品牌获批企业达到40家。去年获批省级项目12个。\n"
    d = extract(text, default_year=2031)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(40)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 获批 where the sentence says what is to be done: to be approved
        ("2026年工作安排\n力争新增高新技术企业50家，获批省级创新平台8个。\n", [Decimal(50), Decimal(8)]),
        # and where it reports: approved already
        ("2025年工作回顾\n成功获批国家级创新平台3个。\n", []),
        ("我县成功获批国家级创新平台3个，带动作用明显。\n", []),
    ],
)
def test_approval_is_ahead_where_the_sentence_says_what_is_to_be_done(text: str, kept: list[Decimal]) -> None:
    assert [t.value for t in extract(text, default_year=2026).targets if t.numeric] == kept


@pytest.mark.parametrize(
    "text",
    [
        # a goal set at the year's start, 将 that takes its object first, 确保了, 要素: none says what is to be done
        "全县围绕年初确定的目标，获批国家级创新平台3个，入选省级试点县4个。",
        "我们将营商环境作为生命线，获批省级开发区1个。",
        "确保了粮食产量稳定，获批省级农业产业园2个。",
        "获批全国要素市场化配置改革试点1个。",
    ],
)
def test_approval_in_a_review_with_words_that_only_look_ahead_is_past(text: str) -> None:
    d = extract(f"某县2026年政府工作报告\n2025年，我们坚持稳中求进。\n{text}\n", default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == []


def test_approval_in_a_section_on_the_plans_own_year_is_ahead() -> None:
    text = (
        "某市2026年政府工作报告\n一、2025年工作回顾\n全年获批省级专精特新企业25家。\n"
        "二、2026年工作安排\n全年获批省级专精特新企业30家以上。\n"
    )
    d = extract(text, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(30)]


@pytest.mark.parametrize(
    "text",
    [
        # 确保了, 将…作为 in a review: the run of past clauses goes on, whatever the number is
        "我们将生态环保作为生命线，确保了全年空气优良天数比例达到85%。",
        "确保了粮食总产量稳定在50万吨以上。",
    ],
)
def test_a_review_that_only_looks_ahead_in_words_stays_past(text: str) -> None:
    d = extract(f"某县2026年政府工作报告\n2025年，我们坚持稳中求进。{text}\n", default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a text of what is to be done: its awards are to be won, under headings with no year
        (
            "2026年全市工业和信息化工作要点\n一、壮大实体经济\n获批省级专精特新企业10家以上，入选省级数字化车间5个。\n",
            [Decimal(10), Decimal(5)],
        ),
        # a report: they were won
        ("青川县2025年工作总结\n一、壮大实体经济\n获批省级专精特新企业10家，入选省级数字化车间5个。\n", []),
    ],
)
def test_awards_a_plans_tasks_name_are_to_be_won(text: str, kept: list[Decimal]) -> None:
    assert [t.value for t in extract(text, default_year=2026).targets if t.numeric] == kept


def test_awards_a_plans_opening_reviews_stay_past() -> None:
    # a plan (…行动方案) that opens, before its first heading, on what was won the year before
    text = (
        "某市科技创新三年行动方案\n2024年，全市新获批国家级专精特新“小巨人”企业8家，入选省级创新平台12个。\n"
        "一、主要目标\n到2027年，获批国家级专精特新“小巨人”企业20家以上。\n"
    )
    assert [t.value for t in extract(text, default_year=2025).targets if t.numeric] == [Decimal(20)]


def test_what_is_built_out_of_existing_resources_is_a_target_and_what_exists_is_not() -> None:
    d = extract("利用现有闲置校舍改造建设15个社区老年食堂。全县现有养老机构40家。", default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(15)]


def test_a_forecasting_system_built_is_no_forecast_but_a_forecast_stated_is() -> None:
    d = extract("建立学位预测预警机制，新建中小学校8所，新增学位1.2万个。", default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(8), Decimal("1.2")]
    d = extract("据预测，到2030年全市常住人口将达到500万人。", default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == []


def test_growth_forecast_with_yuce_before_it_is_no_target() -> None:
    d = extract("全市地区生产总值预测增长6.5%左右。", default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == []


def test_projects_signed_and_started_now_are_the_state_not_a_target() -> None:
    # 已 with no count or push before it: the state now (目前，全县已签约项目开工建设45个)
    text = "某县2025年招商引资工作计划\n一、工作目标\n目前，全县已签约项目开工建设45个。全年力争新签约项目50个。\n"
    d = extract(text, default_year=2025, period=PERIOD)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(50)]
    # after a count or a push, 已 picks out which projects: the work on them is ahead
    text = "某县2025年招商引资工作计划\n一、工作目标\n推动已签约项目开工建设30个。\n"
    assert [t.value for t in extract(text, default_year=2025, period=PERIOD).targets if t.numeric] == [Decimal(30)]


def test_the_places_own_counts_and_where_things_are_now_are_context() -> None:
    d = extract("加快开发区改革。我市3个国家级、9个省级开发区是发展的主战场。", default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == []
    d = extract("深化央地合作。200余户驻市央企80%以上分布在实体经济。", default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == []


@pytest.mark.parametrize("text", ["我市新建学校5所。", "我区完成投资100亿元。", "我县创建示范村8个。"])
def test_what_the_place_is_to_do_is_a_target(text: str) -> None:
    got = extract("某市2026年工作要点\n一、主要任务\n" + text + "\n", default_year=2026).targets
    assert [t.value for t in got if t.numeric] != []


def test_where_the_work_is_to_bring_counted_things_is_a_target() -> None:
    text = (
        "某市制造业三年行动方案（2026—2028年）\n一、主要目标\n新增规上企业50家以上，集中在高新区。"
        "确保新建项目100%位于合规园区内。全市90%以上的新增产能集中于三大园区。\n"
    )
    got = [t.value for t in extract(text, default_year=2026).targets if t.numeric]
    assert got == [Decimal(50), Decimal(100), Decimal(90)]


def test_a_section_on_how_things_stand_is_a_review() -> None:
    text = (
        "某县“十五五”加油站布局专项规划（2026-2030年）\n第一节  某县社会经济发展情况\n"
        "全县常住人口30万人，现有加油站40座。\n第四节  布局方案\n到2030年，新建加油站8座。\n"
    )
    d = extract(text, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(8)]


def test_a_guess_with_huo_is_a_forecast_but_daodao_huo_chaoguo_a_bound() -> None:
    assert [t.value for t in extract("全县汽车保有量或达8万辆以上。", default_year=2026).targets if t.numeric] == []
    got = extract("到2027年，研发投入强度达到或超过2.5%。", default_year=2026).targets
    assert [t.value for t in got if t.numeric] == [Decimal("2.5")]


@pytest.mark.parametrize(
    "text",
    ["营业收入实现或超过100亿元。", "人均收入与全省平均水平持平或超过3万元。", "新建或达标改造污水处理厂12座。"],
)
def test_huo_after_a_verb_or_before_a_standard_is_no_guess(text: str) -> None:
    got = extract("某市2026年工作要点\n一、主要目标\n" + text + "\n", default_year=2026).targets
    assert [t.value for t in got if t.numeric] != []


def test_a_level_expected_under_the_plans_own_frame_is_its_goal_marked_to_check() -> None:
    text = (
        "青川市先进制造业集群培育行动方案（2026—2028年）\n二、重点任务\n"
        "（一）壮大装备制造集群。2026年，推进30个重点项目建设，集群营业收入预计超500亿元；"
        "到2028年，集群营业收入预计突破800亿元。\n"
        "（二）稳定人口规模。据测算，到2028年，全市常住人口预计达到52万人。\n"
    )
    d = extract(text, default_year=2026)
    got = {(t.value, t.comparator, t.due.year if t.due else None, t.review) for t in d.targets if t.value}
    assert (Decimal(500), "more-than", 2026, PROJECTED_REVIEW) in got
    assert (Decimal(800), "more-than", 2028, PROJECTED_REVIEW) in got
    assert not [t for t in d.targets if t.value == Decimal(52)]  # an estimate made (据测算) still forecasts


def test_a_reports_expected_result_still_forecasts() -> None:
    text = "青川县2026年政府工作报告\n一、2025年工作回顾\n"
    text += "预计全年地区生产总值增长6%，一般公共预算收入预计达到12亿元。\n"
    d = extract(text, default_year=2026)
    assert not [t for t in d.targets if t.value is not None]
