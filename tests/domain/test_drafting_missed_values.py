"""Targets the rules used to miss (our own sentences): 一 or 两 counted after 至少 a few words
before it, cubic metres written 亿方, and a heading that asks for results (加快释放…成效) in a
year's tasks, which is no review of the past."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.extract import extract


def numeric(text: str, year: int = 2025) -> list[tuple[Decimal | None, str | None, str | None]]:
    d = extract(text, default_year=year)
    return [(t.value, t.unit, t.comparator) for t in d.targets if t.numeric]


def test_one_or_two_after_at_least_a_few_words_before_is_a_count() -> None:
    assert numeric("每个设区市至少建设一所高水平技师学院。") == [(Decimal(1), "所", "at-least")]
    assert numeric("每个县至少办好两所职业学校。") == [(Decimal(2), "所", "at-least")]
    assert numeric("原则上每个设区市培育一家龙头企业。") == [(Decimal(1), "家", "exactly")]
    assert numeric("建设一所技师学院。") == []  # 一所 alone: "a college", not a count
    assert numeric("落实不少于一年的监测期。") == []  # a rule's duration, not a count


def test_two_right_after_a_verb_that_adds_or_builds_is_a_count() -> None:
    # 两 cannot be an article: after 新增, 建成 or 培育 it counts what is added
    assert numeric("新增两处创业孵化基地。") == [(Decimal(2), "处", "exactly")]
    assert numeric("年内建成两座污水处理厂。") == [(Decimal(2), "座", "exactly")]
    assert numeric("坚决做到两个维护。") == []  # a slogan
    assert numeric("深化两项制度改革。") == []  # a phrase, no verb that adds
    assert numeric("建设一所技师学院。") == []  # 一 after the verb stays an article
    # 两 in the noun's name, its count written later in the item: 两轮 counts nothing
    assert numeric("新增两轮电动车停放点200个。") == [(Decimal(200), "个", "exactly")]
    # 建设 and 改造 add too, where a numeral of three or more after 建设 names a set (四个现代化)
    assert numeric("年内建设两个特色商业街区。") == [(Decimal(2), "个", "exactly")]
    assert numeric("改造两座危旧桥梁。") == [(Decimal(2), "座", "exactly")]
    assert numeric("全面建设四个现代化。") == []


def test_a_bounded_count_after_a_verb_that_carries_out_works_counts_its_noun() -> None:
    # 实施N条以上的X: the count of X to reach, though a 的 phrase follows the bound
    assert numeric("实施8条以上的老旧街巷改造。") == [(Decimal(8), "条", "at-least")]
    assert numeric("实施5000万元以上的项目。") == []  # an amount that sizes the projects
    assert numeric("重点改造60户以上的成片棚户区。") == []  # households size the areas worked on
    # any other measure after 改造 counts what is worked on
    assert numeric("全年改造40个以上的老旧小区。") == [(Decimal(40), "个", "at-least")]
    assert numeric("年内改造25家以上的农贸市场。") == [(Decimal(25), "家", "at-least")]
    # 左右 bounds a count as 以上 does (培育N个左右的X)
    assert numeric("培育20个左右的特色电商基地。") == [(Decimal(20), "个", "about")]
    assert numeric("发布40个左右的典型应用案例。") == [(Decimal(40), "个", "about")]


def test_double_digit_growth_is_read_as_at_least_ten_percent_and_marked_an_inference() -> None:
    d = extract("全年规上工业增加值保持两位数增长。", default_year=2025)
    [t] = [t for t in d.targets if t.numeric]
    assert (t.kind, t.value, t.comparator, t.of) == ("growth", Decimal(10), "at-least", "规上工业增加值")
    assert t.review is not None and "inference" in t.review
    assert numeric("外贸进出口实现两位数以上的增长。") == [(Decimal(10), None, "at-least")]
    assert numeric("全省共有两位数的县完成任务。") == []  # no growth: not a rate
    # the growth named before it
    assert numeric("全年工业投资增速保持在两位数。") == [(Decimal(10), None, "at-least")]
    assert numeric("全年外贸增幅保持两位数以上。") == [(Decimal(10), None, "at-least")]


def test_break_through_a_count_of_technologies_is_the_count_not_a_bound() -> None:
    # 突破 with its object after the count is the verb (to achieve breakthroughs), not 超过
    assert numeric("到2027年，突破12项关键核心技术。") == [(Decimal(12), "项", "exactly")]
    assert numeric("到2027年，高新技术企业突破800家。") == [(Decimal(800), "家", "more-than")]
    assert numeric("到2027年，产值突破300亿元。") == [(Decimal(300), "亿元", "more-than")]
    # the mark the count passes (大关, 目标) is no object of 突破
    assert numeric("到2027年，高新技术企业突破500家大关。") == [(Decimal(500), "家", "more-than")]
    assert numeric("到2027年，专精特新企业突破20家的目标。") == [(Decimal(20), "家", "more-than")]


def test_a_bound_before_a_long_named_whole_bounds_the_share() -> None:
    # the whole the share is of may take twenty characters to name
    assert numeric("到2027年，低保标准不低于本县上年度农民人均生活消费支出的25%。") == [(Decimal(25), None, "at-least")]


def test_cubic_metres_written_yi_fang_keep_their_number() -> None:
    assert numeric("新增页岩气产量8亿方以上。") == [(Decimal(8), "亿方", "at-least")]


REPORT = """青川市2026年政府工作报告
各位代表：
一、2025年工作回顾
全年地区生产总值增长5.2%。
二、2026年重点工作
（一）加快释放消费升级成效
全年社会消费品零售总额增长6%。
（二）巩固提升生态治理成效
新建城市口袋公园20个。
"""


def test_a_heading_that_asks_for_results_opens_no_review() -> None:
    assert numeric(REPORT, 2026) == [(Decimal(6), None, "exactly"), (Decimal(20), "个", "exactly")]


def test_a_municipality_directly_under_the_centre_is_no_jurisdiction_count() -> None:
    # 直辖市 names a kind of province; 辖区 has N would be context
    assert numeric("原则上每个省（自治区、直辖市）培育一家龙头机构。") == [(Decimal(1), "家", "exactly")]


def test_a_noun_that_starts_with_a_unit_character_keeps_the_number_before_it() -> None:
    # 人民币 names the currency of 元; 户外 is a noun after the measure word 块, not households
    assert numeric("力争跨境电商年交易额突破30亿元人民币。") == [(Decimal(30), "亿元", "more-than")]
    assert numeric("每年更换不少于60块户外指示牌。") == [(Decimal(60), "块", "at-least")]
    # an amount before a kind of project still names the kind
    assert numeric("推进500万元项目入库。") == []


def test_already_signed_projects_to_start_work_are_a_target() -> None:
    # 已 picks out which projects (已签约项目), the work to come (开工建设) says when
    assert numeric("推动45个已签约项目开工建设。") == [(Decimal(45), "个", "exactly")]
    assert numeric("全年已签约项目58个。") == []  # what has been signed


def test_a_growth_written_as_a_multiple_in_words_is_read() -> None:
    assert numeric("到2027年，废旧物资回收量比2024年增长约一倍。") == [(Decimal(1), "倍", "about")]
    assert numeric("到2027年，出口额提高两倍。") == [(Decimal(2), "倍", "exactly")]


def test_age_in_years_inside_a_noun_phrase_describes_the_thing() -> None:
    # 运行时间超过20年的装置: which plants, not a time to reach
    assert numeric("推动运行时间超过15年的老旧装置更新改造。") == []


def test_a_magnitude_alone_on_the_step_it_names_is_the_level() -> None:
    assert numeric("全市规上工业营收迈上千亿台阶。") == [(Decimal(1000), "亿", "at-least")]
    assert numeric("地区生产总值跨越千亿台阶。") == [(Decimal(1000), "亿", "more-than")]  # crossed


def test_a_step_that_names_the_firms_reaching_it_is_their_class() -> None:
    # 迈上百亿台阶的企业, 突破千亿大关的企业: which firms; their count is the target
    assert numeric("营收迈上百亿台阶的企业达到6家。") == [(Decimal(6), "家", "at-least")]
    assert numeric("新增2家营收突破千亿大关的企业。") == [(Decimal(2), "家", "exactly")]


def test_a_size_that_names_a_kind_counted_after_it_is_no_amount() -> None:
    # 10亿元园区3个: which parks; the count is the target
    assert numeric("新培育年交易额20亿元以上电商园区2个、5亿元园区4个。") == [
        (Decimal(2), "个", "exactly"),
        (Decimal(4), "个", "exactly"),
    ]
