"""Numbers that are not targets, and numbers the rules must read (our own sentences)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract, find_numbers
from targetctl.domain.drafting.grammar import NOT_TARGETS, Rule

PERIOD = (dt.date(2021, 1, 1), dt.date(2025, 12, 31))


def drafted(text: str) -> list[tuple[Decimal | None, str | None, str | None]]:
    d = extract(text, default_year=2024, period=PERIOD)
    return [(t.value, t.unit, t.comparator) for t in d.targets if t.numeric]


def reasons(text: str) -> list[str]:
    return [e.reason for e in extract(text, default_year=2024, period=PERIOD).excluded]


@pytest.mark.parametrize("rule", NOT_TARGETS, ids=lambda r: r.name)
def test_every_rule_matches_its_own_example_and_gives_a_reason(rule: Rule) -> None:
    assert rule.pattern.search(rule.example), rule.name
    assert rule.reason and rule.name


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("深入学习贯彻党的十九届五中全会精神。", "congress"),
        ("全面贯彻党的十九大和十九届二中、三中全会精神。", "congress"),
        # the term of a government that met to adopt the text
        ("经县十六届政府第9次常务会议研究同意，制定本方案。", "congress"),
        # the term of a party committee (十二届市委)
        ("按照十二届市委的部署要求扎实推进。", "congress"),
        ("重点做好以下12个方面工作。", "N个方面工作"),
        ("紧盯12个重点领域，深化隐患排查整治。", "N个方面工作"),
        ("四是办好12个方面的民生实事。", "十件实事"),
        ("今年的民生实事共包括8个大项25个子项目。", "N个方面共N项事项"),
        ("全力办好15项民生工程和8件民生实事。", "十件实事"),
        ("着力办好十二项为民实事。", "十件实事"),
        ("百万吨级乙烯项目前期工作有序。", "百万吨级"),
        ("城区15分钟便民生活圈全覆盖。", "15分钟生活圈"),
        ("紧扣省委“实现十个新提升”部署要求，深化平安建设。", "slogan"),
        ("街道托育点连片布局，城区5-10分钟托育服务圈全覆盖。", "15分钟生活圈"),
        ("规划每5年修订1次。", "每N年修订1次"),
        # once in so many days, 每 left off
        ("主干道保洁频率实现7/15天完成1次全线冲洗。", "每N年修订1次"),
        ("背街小巷保洁频率达到10天1次。", "每N年修订1次"),
        ("对新录用的人员每人补助500元。", "每人补助N元"),
        ("每年奖补资金总额不超过500万元。", "奖补资金总额不超过500万元"),
        ("贯彻落实《支持100家企业上市的若干措施》。", "quoted title"),
        ("重点做好以下9项工作：", "做好以下N项工作"),
        ("聚焦12项重大工程，谋划储备一批项目。", "明确了N项重点任务"),
        ("本方案的实施范围为全市行政区划内2区1市7个县。", "make-up of a jurisdiction"),
        ("组织实施4个专项行动、12项重点工程，推动数字经济发展。", "N个专项行动、N项重点工程"),
        ("30万吨再生铝项目建成投产。", "项目"),
    ],
)
def test_numbers_that_are_not_targets_are_excluded_with_their_reason(sentence: str, reason: str) -> None:
    assert drafted(sentence) == []
    assert any(reason in r for r in reasons(sentence)), reasons(sentence)


def test_a_return_period_names_a_standard_not_a_count() -> None:
    assert drafted("中心城区排涝标准达到30年一遇，重点镇达到3～5年一遇。") == []


def test_a_water_quality_class_is_a_grade_but_the_share_reaching_it_a_target() -> None:
    assert drafted("确保入河水质达到国家五类以上标准。") == []
    assert [v for v, _, _ in drafted("到2025年，出境断面水质达到或好于三类的比例达到90%。")] == [Decimal(90)]


def test_a_package_of_measures_put_into_effect_is_no_count_to_reach() -> None:
    assert drafted("全面推动优化营商环境45项具体举措落地见效。") == []
    assert drafted("协同推进《都市圈发展规划》120项重点任务，深化区域合作。") == []
    assert [v for v, _, _ in drafted("年内出台稳就业政策措施10项。")] == [Decimal(10)]


def test_counts_in_chinese_numerals_inside_a_quoted_campaign_name_it() -> None:
    assert drafted("持续深化“千名干部联系千家企业”活动。") == []


def test_plants_picked_out_by_their_size_in_a_list_are_kinds_not_targets() -> None:
    assert drafted("推动60万吨/年以下球团设备、90平方米以下烧结机、450立方米以下高炉等改造。") == []
    assert drafted("推动500万吨/年以下常减压、80万吨/年以下催化裂化等装置改造。") == []
    assert drafted("加快通用设备和30万吨/年以下粉磨站等改造升级。") == []
    assert [v for v, _, _ in drafted("到2025年，全市光伏装机达到300万千瓦以上。")] == [Decimal(300)]


def test_capacities_to_build_listed_each_with_its_kind_are_targets() -> None:
    # 新增50万千瓦以上风电、…: how much of each to build, not a class of plants
    assert [v for v, _, _ in drafted("新增40万千瓦以上风电、60万千瓦以上光伏、15万千瓦以上新型储能。")] == [
        Decimal(40),
        Decimal(60),
        Decimal(15),
    ]
    assert [v for v, _, _ in drafted("建成20万千瓦以上抽水蓄能、8万千瓦以上新型储能等调节能力。")] == [
        Decimal(20),
        Decimal(8),
    ]
    # sized from above in a list of projects: the projects' count is the target
    assert [v for v, _, _ in drafted("新建300万吨/年以上炼油、90万吨/年以上乙烯等项目3个。")] == [Decimal(3)]


def test_a_time_limit_for_doing_a_thing_once_is_no_cadence() -> None:
    assert [v for v, _, _ in drafted("群众诉求30天内办结率达到95%。")] == [Decimal(95)]
    assert [v for v, _, _ in drafted("全年完成应急演练3次。")] == [Decimal(3)]


def test_the_count_of_tasks_a_higher_body_set_is_not_drafted_but_the_work_is_kept() -> None:
    d = extract("稳步推进省委确定的86项重点改革任务落地。", default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == []
    assert [t.title for t in d.targets] == ["稳步推进省委确定的86项重点改革任务落地"]


@pytest.mark.parametrize("sentence", ["加快7个在建水库项目建设进度。", "推动3条在建城际铁路有序推进。"])
def test_projects_under_way_sped_up_are_not_counted_but_the_work_is_kept(sentence: str) -> None:
    d = extract(sentence, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == []
    assert [t.title for t in d.targets] == [sentence.rstrip("。")]


@pytest.mark.parametrize(
    "sentence",
    [
        "加快时速200公里城际动车组研制应用。",
        "巩固215个脱贫村帮扶成效。",
        "按照国家《关于进一步优化防控工作的通知》(国家二十条)、《关于落实防控措施的通知》(新十条)精神，制定本措施。",
    ],
)
def test_a_speed_that_names_a_train_and_results_consolidated_are_not_counted(sentence: str) -> None:
    d = extract(sentence, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == []


def test_a_count_a_list_is_cut_to_in_brackets_after_its_name_is_a_target() -> None:
    # 《…清单》（压减至200条）: not the list's short name, but the number of items it is cut to
    got = [v for v, _, _ in drafted("到2025年底，全面修订《青川市行政许可事项清单》（压减至200条）。")]
    assert got == [Decimal(200)]


def test_a_speed_brought_up_and_villages_to_create_stay_targets() -> None:
    assert [v for v, _, _ in drafted("城际铁路运营时速提高到160公里，创建示范村50个。")] == [
        Decimal(160),
        Decimal(50),
    ]


def test_projects_under_way_that_the_plan_completes_stay_a_target() -> None:
    assert drafted("推动远山风电等5个在建项目竣工投产。") == [(Decimal(5), "个", "exactly")]


def test_the_capacity_a_list_of_projects_totals_stays_a_target() -> None:
    assert drafted("建成城东电厂扩建等320万千瓦煤电项目。") == [(Decimal(320), "万千瓦", "exactly")]


def test_a_count_of_gigabit_users_stays_a_target() -> None:
    assert drafted("千兆宽带用户数达到80万户。") == [(Decimal(80), "万户", "at-least")]


def test_a_works_daily_capacity_in_its_name_is_not_drafted_but_capacity_added_is() -> None:
    assert drafted("完成城东水厂日供水5万吨扩容工程。") == []
    assert [v for v, _, _ in drafted("新增日供水能力5万吨。")] == [Decimal(5)]


def test_capacities_in_a_list_of_projects_closed_by_a_long_kind_are_names() -> None:
    text = "重点推进青川化工20万吨/年己内酰胺、远山酒业2万吨基酒技改工程等新兴产业和传统优势产业项目加快建设。"
    assert drafted(text) == []


def test_an_age_group_is_not_a_target_but_the_rate_beside_it_is() -> None:
    assert drafted("3~6岁儿童毛入园率达到95%。") == [(Decimal(95), "%", "at-least")]
    assert drafted("到2025年，60岁以上老年人健康管理率达到70%。") == [(Decimal(70), "%", "at-least")]
    # a bound age with its qualifiers before who it names
    assert drafted("提升50岁以下在岗中专及以下村医学历层次。") == []
    assert drafted("组织45岁以下青年医师轮训1200人次。") == [(Decimal(1200), "人次", "exactly")]


def test_a_bodys_days_to_act_are_a_rule_but_a_time_held_to_is_a_target() -> None:
    assert drafted("负荷管理中心在5个工作日内审查申请资料。") == []
    assert drafted("运营商应在资源录入完成后，10个工作日内确定检测机构。") == []
    assert drafted("企业开办时间控制在2个工作日内。") == [(Decimal(2), "个工作日", "at-most")]
    assert drafted("不动产登记在3个工作日内办结率达到100%。") == [(Decimal(100), "%", "at-least")]
    # the days to act on a long object, opening the clause, are the process's (办理…审查手续, 完成…上传)
    assert drafted("对符合条件的项目推行承诺可开工，3个工作日内办理项目开工前审批审查手续。") == []
    assert drafted("运营商应在完成测试后，15个工作日内完成聚合资源信息录入和聚合协议上传。") == []


def test_a_service_done_within_days_is_a_target_a_bodys_act_with_its_object_a_rule() -> None:
    # a matter finished within days, the clause's end (审批在30个工作日内完成): the promise a plan makes
    assert drafted("工程建设项目审批在30个工作日内完成。") == [(Decimal(30), "个工作日", "at-most")]
    assert drafted("企业开办全流程在1个工作日内完成。") == [(Decimal(1), "个工作日", "at-most")]
    assert drafted("审核中心在5个工作日内完成审核并反馈意见。") == []
    # a clause that opens with the days after the matter it serves (企业开办：…): finished, a promise
    assert drafted("工程建设项目审批：30个工作日内完成审批。") == [(Decimal(30), "个工作日", "at-most")]
    assert drafted("企业开办：1个工作日内办理完毕。") == [(Decimal(1), "个工作日", "at-most")]


@pytest.mark.parametrize(
    ("clause", "value", "unit", "suffix"),
    [
        ("经济总量突破1.2万亿元", Decimal("1.2"), "万亿元", ""),
        ("产能达到500万吨/年", Decimal(500), "万吨/年", ""),
        ("城乡居民收入比缩小到2.3∶1", Decimal("2.3"), "倍", ""),
        ("城乡居民收入比缩小到2.3：1", Decimal("2.3"), "倍", ""),
        ("覆盖率达到三分之一以上", Decimal("33.33"), "%", "以上"),
        ("2/3以上的乡镇建成示范点", Decimal("66.67"), "%", "以上"),
        ("半数以上的村建成示范点", Decimal(50), "%", "以上"),
        ("光伏装机容量达到3吉瓦", Decimal(3), "吉瓦", ""),
    ],
)
def test_fractions_ratios_magnitudes_and_per_period_units(clause: str, value: Decimal, unit: str, suffix: str) -> None:
    found = find_numbers(clause)
    assert [(n.value, n.unit, n.suffix) for n in found] == [(value, unit, suffix)]


def test_a_ratio_to_one_is_drafted() -> None:
    assert drafted("到2025年，城乡居民收入比缩小到2.3∶1。") == [(Decimal("2.3"), "倍", "at-most")]


def test_a_magnitude_on_a_unit_is_kept_whole() -> None:
    assert drafted("到2025年，地区生产总值突破1.2万亿元。") == [(Decimal("1.2"), "万亿元", "more-than")]


def test_a_commitment_whose_number_is_a_name_is_a_milestone_not_a_number() -> None:
    d = extract("推进百万吨级乙烯项目建设，打造15分钟便民生活圈。", default_year=2024, period=PERIOD)
    assert [(t.kind, t.quote) for t in d.targets] == [
        ("milestone", "推进百万吨级乙烯项目建设"),
        ("milestone", "打造15分钟便民生活圈"),
    ]


@pytest.mark.parametrize("rule", NOT_TARGETS, ids=lambda r: r.name)
def test_no_number_a_rule_covers_in_its_example_is_drafted(rule: Rule) -> None:
    span = rule.pattern.search(rule.example)
    assert span is not None
    covered = {n.value for n in find_numbers(span.group())}
    assert not [v for v, _, _ in drafted(rule.example + "。") if v in covered]


def test_a_count_of_the_vote_is_not_drafted() -> None:
    # how the list was chosen: voted out of the proposals, then named
    assert drafted("经县人代会票决产生12件，作为年度民生实事项目。") == []


def test_the_size_of_a_list_its_sentence_states_before_the_items_is_no_target() -> None:
    text = (
        "某县人民代表大会公告\n某县第十届人民代表大会第一次会议，于2031年2月20日投票表决"
        "确定2031年县政府民生实事项目为10项，分别是：\n一、新建改造道路12条。\n"
    )
    d = extract(text, default_year=2031)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(12)]


@pytest.mark.parametrize(
    "sentence",
    [
        "对建成的储能设施给予不超过设备投资30%的建设补贴。",
        "支持充电站建设单枪功率480千瓦及以上的液冷超充。",
        # without 及, and a second rating in brackets before the kind (鼓励…及以上）的)
        "推动单枪充电功率250千瓦以上的大功率充电设施普及。",
        "加快建设360千瓦及以上（鼓励600千瓦及以上）的超充设施。",
    ],
)
def test_a_grants_cap_and_a_rating_that_names_a_kind_are_no_values(sentence: str) -> None:
    # the measure may stay as a task; its number is no value to reach
    assert [t for t in extract(sentence, default_year=2026).targets if t.numeric] == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("新能源装机规模达到300万千瓦及以上的水平。", Decimal(300)),
        ("确保粮食总产量稳定在120万吨及以上的水平。", Decimal(120)),
        ("到2027年，建成功率250千瓦以上的超充站200座。", Decimal(200)),
        # and above without 及, after what is added or made (no rating): the amount to reach
        ("确保完成新增风电装机80万千瓦以上的任务。", Decimal(80)),
        ("全年实现原煤产量2000万吨以上的目标任务。", Decimal(2000)),
    ],
)
def test_a_level_reached_at_a_rating_and_above_is_a_value(sentence: str, value: Decimal) -> None:
    # 及以上的水平 after a verb of reaching is the level to reach, not a kind of machine
    assert [t.value for t in extract(sentence, default_year=2026).targets if t.numeric] == [value]


def test_a_programme_named_by_the_grain_it_adds_is_no_count_but_grain_to_reach_is() -> None:
    assert drafted("加快推进新增千亿斤粮食田间工程建设。") == []
    assert [v for v, _, _ in drafted("2026年粮食产量稳定在100亿斤以上。")] == [Decimal(100)]
