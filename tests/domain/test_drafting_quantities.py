"""Comparators written as mathematical signs in running text (drafting.quantities): a plan's
sentence 覆盖率≥62% sets a floor, as 不低于62% does (our own sentences)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.quantities import find_numbers, read_comparator

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def drafted(text: str) -> list[tuple[Decimal | None, str | None]]:
    d = extract(text, default_year=2026, period=PERIOD)
    return [(t.value, t.comparator) for t in d.targets if t.numeric]


@pytest.mark.parametrize(
    ("sign", "comparator"),
    [
        ("≥", "at-least"),
        ("≧", "at-least"),
        ("≮", "at-least"),
        ("≤", "at-most"),
        ("≦", "at-most"),
        ("≯", "at-most"),
        (">", "more-than"),
        ("＞", "more-than"),
        ("<", "less-than"),
        ("＜", "less-than"),
    ],
)
def test_a_sign_before_a_number_is_its_comparator(sign: str, comparator: str) -> None:
    assert read_comparator(f"全县森林覆盖率{sign}", "")[0] == comparator
    assert read_comparator(f"全县森林覆盖率{sign} ", "")[0] == comparator  # a space typed after the sign


def test_signs_in_a_goal_sentence_are_drafted_as_bounds() -> None:
    text = "到2026年，全县森林覆盖率≥65%，城镇污水处理率≥95%，细颗粒物年均浓度≤32微克/立方米。"
    assert drafted(text) == [
        (Decimal(65), "at-least"),
        (Decimal(95), "at-least"),
        (Decimal(32), "at-most"),
    ]


def test_words_still_give_their_comparators() -> None:
    assert read_comparator("研发经费投入强度达到", "")[0] == "at-least"
    assert read_comparator("新增就业", "")[0] == "exactly"


@pytest.mark.parametrize(
    ("word", "comparator"),
    [("不应低于", "at-least"), ("不宜少于", "at-least"), ("不应超过", "at-most"), ("不宜高于", "at-most")],
)
def test_a_bound_worded_as_what_should_be_is_its_comparator(word: str, comparator: str) -> None:
    # 不应低于N is a floor, never less than N (the 低于 inside it is read after the whole word)
    assert read_comparator(f"全县耕地保有量{word}", "") == (comparator, word)


def test_the_word_of_a_spaced_sign_is_the_sign_and_its_space() -> None:
    assert read_comparator("全县森林覆盖率≥ ", "") == ("at-least", "≥ ")
    [target] = extract("到2026年，全县森林覆盖率≥ 65%。", default_year=2026, period=PERIOD).targets
    assert target.comparator == "at-least" and "≥" not in (getattr(target, "of", "") or "")


def test_a_single_letter_unit_before_a_bound_is_a_measure() -> None:
    assert [(n.value, n.unit, n.suffix) for n in find_numbers("出口带宽800G以上")] == [(Decimal(800), "G", "以上")]
    assert find_numbers("建设5G基站") == []  # with no bound, a single letter names a thing


@pytest.mark.parametrize("verb", ["下达", "送达", "传达", "抵达"])
def test_da_that_ends_another_verb_sets_no_bound(verb: str) -> None:
    assert read_comparator(f"确保专项资金上半年{verb}", "") == ("exactly", "")
    assert read_comparator("线上销售额达", "") == ("at-least", "达")
    assert read_comparator("覆盖率达", "") == ("at-least", "达")


@pytest.mark.parametrize("text", ["推动4G及以上网络全覆盖", "5G以上网络", "每台终端配置8G以上内存", "采购5G以上手机"])
def test_a_single_letter_before_a_bound_that_qualifies_a_noun_or_a_generation_is_no_measure(text: str) -> None:
    # 4G及以上网络: a mobile generation; 8G以上内存: a kind of memory, the bound qualifies the noun after it
    assert [n.unit for n in find_numbers(text)] == []


@pytest.mark.parametrize("text", ["出口带宽达到1.5G以上", "带宽10G及以上", "存储达到10P以上，算力提升"])
def test_a_single_letter_level_that_closes_its_clause_is_a_measure(text: str) -> None:
    assert [n.unit for n in find_numbers(text)] != []


@pytest.mark.parametrize(
    ("clause", "value", "unit"),
    [
        ("组织不少于2万家次企业参展", Decimal(2), "万家次"),
        ("服务企业达到3000家次", Decimal(3000), "家次"),
        ("入户走访1.2万户次", Decimal("1.2"), "万户次"),
        ("保障航班5000架次", Decimal(5000), "架次"),
    ],
)
def test_a_count_per_event_keeps_its_unit(clause: str, value: Decimal, unit: str) -> None:
    """家次, 户次, 架次 count enterprises, households or flights per event: 2万家次 was dropped to a
    milestone, and 200家次 read as 200 enterprises (家)."""
    d = extract(f"一、主要目标\n到2026年，{clause}。", default_year=2026, period=PERIOD)
    assert [(t.value, t.unit) for t in d.targets if t.numeric] == [(value, unit)]


def test_the_size_of_a_fund_to_set_up_is_read_and_a_class_by_size_is_not() -> None:
    assert [n.value for n in find_numbers("设立总规模不少于50亿元的产业引导基金")] == [Decimal(50)]
    assert find_numbers("对总投资不少于50亿元的项目给予支持") == []


@pytest.mark.parametrize(
    "before", ["研发投入强度提升至", "高新技术企业数量增加到", "公交分担率由目前的35%提高到", "外贸企业发展到"]
)
def test_a_level_raised_to_is_reached_at_least(before: str) -> None:
    assert read_comparator(before, "") == ("at-least", "")


def test_a_bound_word_still_wins_over_the_raise() -> None:
    assert read_comparator("占比提高到", "左右")[0] == "about"


@pytest.mark.parametrize(
    ("clause", "counts"),
    [
        ("主营业务收入超百亿元、超千亿元企业分别达到8家、2家", [8, 2]),  # thresholds in Chinese magnitudes
        ("年出栏1000头、3000头及5000头以上的养殖场分别达到40个、12个、5个", [40, 12, 5]),  # 及 before the last
    ],
)
def test_a_list_of_thresholds_that_names_classes_gives_only_the_counts(clause: str, counts: list[int]) -> None:
    assert [n.value for n in find_numbers(clause)] == [Decimal(c) for c in counts]


def test_words_in_brackets_that_gloss_a_latin_unit_set_no_value() -> None:
    assert [(n.value, n.unit) for n in find_numbers("智能算力达到20EFlops（每秒百亿亿次浮点运算）")] == [
        (Decimal(20), "EFlops")
    ]
    # a value of its own in brackets after a Chinese unit is still read
    assert Decimal(5) in [n.value for n in find_numbers("新增床位1000张（每千人口5张）")]


@pytest.mark.parametrize(
    ("clause", "comparator"),
    [
        ("城乡居民收入比缩小至2.3∶1左右", "about"),
        ("城乡居民收入比缩小至2.3∶1", "at-most"),
        ("投入产出比达到1.5:1以上", "at-least"),
    ],
)
def test_a_ratios_own_bound_after_it_wins_over_the_verb(clause: str, comparator: str) -> None:
    assert drafted(f"一、主要目标\n到2026年，{clause}。")[0][1] == comparator


def test_a_unit_per_second_keeps_its_period() -> None:
    d = extract("一、主要目标\n到2026年，新增排涝泵站流量约120立方米/秒。", default_year=2026, period=PERIOD)
    assert [(t.value, t.unit) for t in d.targets if t.numeric] == [(Decimal(120), "立方米/秒")]


def test_a_magnitude_per_unit_with_no_count_unit_is_read_with_its_bound() -> None:
    d = extract("一、主要目标\n到2026年，生鲜乳菌落总数8万/毫升以内。", default_year=2026, period=PERIOD)
    assert [(t.value, t.unit, t.comparator) for t in d.targets if t.numeric] == [(Decimal(8), "万/毫升", "at-most")]


@pytest.mark.parametrize(
    ("clause", "value", "unit"),
    [
        ("城乡居民收入比缩小至1.8以内", Decimal("1.8"), "倍"),  # a ratio's level with no unit
        ("投入产出比达到1.3", Decimal("1.3"), "倍"),
        ("管理层级控制在3级以内", Decimal(3), "级"),  # tiers of an organisation
        ("全市农产品赋码出证50万批次以上", Decimal(50), "万批次"),
        ("城域网骨干带宽达8000G（Gbps）", Decimal(8000), "G"),
        ("数据中心网络时延控制在5毫秒以内", Decimal(5), "毫秒"),
        ("全年推广冷冻精液15万剂", Decimal(15), "万剂"),
        ("全年接种流感疫苗12万剂次以上", Decimal(12), "万剂次"),  # doses given, not 剂 before a noun
        ("全县牲畜出栏稳定在300万羊单位以上", Decimal(300), "万羊单位"),
        ("规模以上企业年产黄酒8万千升", Decimal(8), "万千升"),
    ],
)
def test_units_a_plan_writes_are_read(clause: str, value: Decimal, unit: str) -> None:
    assert [(n.value, n.unit) for n in find_numbers(clause)] == [(value, unit)]


@pytest.mark.parametrize(
    "clause",
    [
        "占比达到30",
        "建设3级医院",
        "推进5G（第五代移动通信）建设",
        "推进5G（SA）独立组网建设",
        "出生人口性别比控制在108以内",  # per hundred women, no times
    ],
)
def test_a_number_with_no_unit_that_is_no_ratio_or_tier_is_not_read(clause: str) -> None:
    assert find_numbers(clause) == []


def test_a_magnitude_before_workers_counts_them() -> None:
    assert [(n.value, n.unit) for n in find_numbers("120万外出务工劳动力稳定就业")] == [(Decimal(120), "万人")]


def test_a_measure_word_that_starts_the_noun_after_an_area_is_no_second_unit() -> None:
    assert [(n.value, n.unit) for n in find_numbers("建设8万亩吨粮田示范区")] == [(Decimal(8), "万亩")]


@pytest.mark.parametrize(
    ("clause", "comparator"),
    [
        ("企业开办1个工作日内完成", "at-most"),  # within a time
        ("充分就业社区数量达到城市社区的70%", "at-least"),  # 达到…的N%: a level of a whole it names
        ("审批事项3个工作日内容缺受理", "exactly"),  # 内容 is no within
    ],
)
def test_within_a_time_and_a_level_of_a_named_whole(clause: str, comparator: str) -> None:
    got = drafted(f"一、主要目标\n到2026年，{clause}。")
    assert got and got[0][1] == comparator


@pytest.mark.parametrize("clause", ["新增达到省级标准的5个示范村", "建成达到国家二级标准的3个体育公园"])
def test_what_meets_a_standard_is_counted_exactly(clause: str) -> None:
    assert drafted(f"一、主要目标\n{clause}。")[0][1] == "exactly"  # 达到…的 bounds a share only


@pytest.mark.parametrize(
    "clause",
    ["推动10万农村人口进城", "吸纳3万产业工人就业", "培训5万新型职业农民", "新增2万技能人才"],
)
def test_a_magnitude_before_people_of_a_kind_counts_people(clause: str) -> None:
    assert [n.unit for n in find_numbers(clause)] == ["万人"]


def test_each_group_of_people_in_a_list_is_its_own_target() -> None:
    d = extract("推动10万农村人口进城、10万学生进城、10万产业工人进城。", default_year=2026)
    assert len([t for t in d.targets if t.numeric]) == 3


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("完成12.5万农村居民饮水安全巩固提升。", [Decimal("12.5")]),
        ("在全省16个县区中，我县排位还比较靠后。", []),
        ("补贴资金经5个工作日公示后拨付。", []),
    ],
)
def test_people_of_a_place_the_group_ranked_among_and_a_notice_period(text: str, kept: list[Decimal]) -> None:
    assert [t.value for t in extract(text, default_year=2026).targets if t.numeric] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("在30个县建设运营现代农事综合服务中心。", [Decimal(30)]),  # 中心 is no 在…中
        ("实施百万高校毕业生等青年留青来青就业创业行动。", []),  # a campaign's name
        ("开工750千伏川西、330千伏青南等输变电工程。", []),  # a voltage names the line
        ("新增变电容量50万千伏安。", [Decimal(50)]),
    ],
)
def test_a_place_counted_a_campaigns_name_and_a_lines_voltage(text: str, kept: list[Decimal]) -> None:
    assert [t.value for t in extract(text, default_year=2026).targets if t.numeric] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("每年吸引10万高校毕业生留青就业。", [Decimal(10)]),  # a magnitude in digits counts its people
        ("促进10万农村转移劳动力稳定就业。", [Decimal(10)]),
        ("全年帮扶5万农村留守儿童。", [Decimal(5)]),
        ("在全省21个市州中率先建成全国文明城市。", []),  # the group a place goes first among
        ("力争在全市12个县区中脱颖而出。", []),
        ("在全市12个县区中保持领先。", []),
    ],
)
def test_people_a_kind_names_in_digits_and_the_group_a_place_leads(text: str, kept: list[Decimal]) -> None:
    assert [t.value for t in extract(text, default_year=2026).targets if t.numeric] == kept


@pytest.mark.parametrize(
    ("clause", "unit"),
    [
        ("培训2万名家政人员", "万名"),  # 名 counts; 家 starts the noun, it is no second unit
        ("组织3万名人员参训", "万名"),
        ("新建1.5万个家庭农场", "万个"),
    ],
)
def test_a_magnitude_before_a_measure_word_counts_even_where_a_unit_starts_the_noun(clause: str, unit: str) -> None:
    assert [n.unit for n in find_numbers(clause)] == [unit]


@pytest.mark.parametrize(
    ("text", "kept", "comparator"),
    [
        ("推动A、B等120个亿元以上项目开工建设。", Decimal(120), "exactly"),  # 亿元以上 names the kind
        ("全年实施5000万元及以上的产业项目80个以上。", Decimal(80), "at-least"),
        ("新开工30个10亿元以上重大项目。", Decimal(30), "exactly"),
    ],
)
def test_a_count_of_things_sized_by_an_amount_and_its_bound(text: str, kept: Decimal, comparator: str) -> None:
    numeric = [t for t in extract(text, default_year=2026).targets if t.numeric]
    assert [(t.value, t.comparator) for t in numeric] == [(kept, comparator)]


@pytest.mark.parametrize(
    ("text", "value", "comparator", "unit"),
    [
        ("全区公交车要突破300标台。", Decimal(300), "more-than", "标台"),  # buses in standard units
        ("到2026年，城市空气质量优良天数比率优于96.5%。", Decimal("96.5"), "more-than", "%"),  # better than
        ("全市PM2.5平均浓度好于28微克/立方米。", Decimal(28), "less-than", "微克/立方米"),  # below it
    ],
)
def test_standard_buses_and_a_level_to_beat(text: str, value: Decimal, comparator: str, unit: str) -> None:
    numeric = [t for t in extract(text, default_year=2026).targets if t.numeric]
    assert [(t.value, t.comparator, t.unit) for t in numeric] == [(value, comparator, unit)]


def test_a_price_cut_in_cents_a_kilowatt_hour_is_a_value() -> None:
    d = extract("2026年工作安排\n力争工业平均电价再降0.2分/千瓦时。\n", default_year=2026)
    assert [(t.value, t.unit) for t in d.targets if t.numeric] == [(Decimal("0.2"), "分/千瓦时")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("引进投资超百亿项目3个以上。", [Decimal(3)]),  # 项目 is a noun: 百亿 sizes the projects
        ("新增500项目标任务。", []),  # no measure of 项 before 目标
        ("全年实施重点项目120项。", [Decimal(120)]),
        ("十三部门联合开展专项行动。", []),  # the departments that act, no count set
        ("实施0-6岁残疾儿童康复救助工程。", []),  # an age group
    ],
)
def test_a_measure_word_that_begins_a_noun_measures_nothing(text: str, kept: list[Decimal]) -> None:
    assert [t.value for t in extract(text, default_year=2026).targets if t.numeric] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("到2026年建成10家具有较强影响力的创新平台。", [Decimal(10)]),  # 具有 after 家: a verb, 家 counts
        ("培育5家具备上市条件的企业。", [Decimal(5)]),
        ("演出100场地方戏。", [Decimal(100)]),
    ],
)
def test_a_measure_word_before_a_verb_or_a_noun_it_counts_still_counts(text: str, kept: list[Decimal]) -> None:
    assert [t.value for t in extract(text, default_year=2026).targets if t.numeric] == kept


def test_a_magnitude_before_homes_counts_households() -> None:
    # 家 begins 家庭, no measure: the magnitude still counts the homes the service reaches
    d = extract("2026年工作安排\n家庭医生签约服务惠及8万家庭。\n", default_year=2026)
    assert [(t.value, t.unit) for t in d.targets if t.numeric] == [(Decimal(8), "万户")]


@pytest.mark.parametrize(
    "clause",
    ["加快IPv6升级改造", "推进G228国道改造", "举办U18青年联赛", "做好H7N9防控"],
)
def test_a_number_in_a_latin_name_is_no_number(clause: str) -> None:
    assert find_numbers(clause) == []


def test_a_number_after_a_latin_name_and_a_word_is_read() -> None:
    assert [(n.value, n.unit) for n in find_numbers("IPv6流量占比达到70%")] == [(Decimal(70), "%")]


def test_charging_connectors_are_counted() -> None:
    assert [(n.value, n.unit) for n in find_numbers("累计建成充电设施25万枪")] == [(Decimal(25), "万枪")]


def test_weeks_are_a_time_but_never_where_zhou_starts_a_word() -> None:
    assert [(n.value, n.unit, n.suffix) for n in find_numbers("审批时间压缩至4周以内")] == [(Decimal(4), "周", "以内")]
    assert [(n.value, n.unit, n.suffix) for n in find_numbers("6周内完成评审")] == [(Decimal(6), "周", "内")]
    assert find_numbers("纪念建党100周年") == []
    assert find_numbers("建成3周边配套") == []


def test_orders_after_a_magnitude_are_counted() -> None:
    assert [(n.value, n.unit) for n in find_numbers("网络零售订单突破300万单")] == [(Decimal(300), "万单")]
    assert find_numbers("培育300万单位") == []


def test_a_band_of_size_before_firms_names_their_kind() -> None:
    # 营收N亿—M亿元企业: which firms are counted; the count after them is the target
    found = find_numbers("新增营收20亿—50亿元企业8家")
    assert [(n.value, n.unit) for n in found] == [(Decimal(8), "家")]
    assert [n.value_max for n in find_numbers("全年营收达到20亿—30亿元")] == [Decimal(30)]


def test_sets_are_counted_but_never_where_zu_starts_a_word() -> None:
    assert [(n.value, n.unit) for n in find_numbers("更换节能路灯3200组")] == [(Decimal(3200), "组")]
    assert find_numbers("引进5组织机构") == []


@pytest.mark.parametrize(
    ("clause", "value", "unit"),
    [("力争全年实现GDP1200亿元", Decimal(1200), "亿元"), ("居民消费价格涨幅控制在CPI3%左右", Decimal(3), "%")],
)
def test_a_value_after_a_measures_latin_name_is_read(clause: str, value: Decimal, unit: str) -> None:
    # a magnitude or a share after the number: the measure's value, not a number in its name
    assert [(n.value, n.unit) for n in find_numbers(clause)] == [(value, unit)]


def test_several_measure_words_in_brackets_before_the_bound() -> None:
    assert [(n.value, n.unit, n.suffix) for n in find_numbers("淘汰老旧渔船1500艘（台、套）以上")] == [
        (Decimal(1500), "艘", "以上")
    ]


def test_tonnes_of_standard_coal_shortened_to_标煤_keep_their_bound() -> None:
    # 吨标煤 is the usual short form of 吨标准煤: 以上 after it is still the value's bound
    text = "二、2026年工作安排\n统筹形成8万吨标煤以上能耗指标供给，单位产值能耗降至0.3吨标煤/万元以下。\n"
    assert drafted(text) == [(Decimal(8), "at-least"), (Decimal("0.3"), "at-most")]


def test_a_measure_that_passes_a_mark_is_more_than_it_but_passing_through_is_no_bound() -> None:
    text = "二、2026年工作安排\n国企资产总额过500亿元，通过3个国家级认证，接待游客人次过300万人次。\n"
    assert drafted(text) == [(Decimal(500), "more-than"), (Decimal(3), "exactly"), (Decimal(300), "more-than")]


def test_more_than_half_opening_a_clause_is_more_than_fifty_percent() -> None:
    text = "二、2026年工作安排\n过半数乡镇建成省级示范镇，半数以上村建成美丽乡村。\n"
    assert drafted(text) == [(Decimal(50), "more-than"), (Decimal(50), "at-least")]
