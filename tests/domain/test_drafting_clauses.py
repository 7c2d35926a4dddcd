"""Paragraphs of a printed text (drafting.clauses.paragraphs): our own texts."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.clauses import paragraphs
from targetctl.domain.drafting.extract import extract

# a printed page with no indent: the goal for 2024 fills its last line, the one for 2027 follows
GOALS = (
    "（二）发展目标。\n"
    "到2024年，全市农机总动力达到120万千瓦，主要农作物耕种收综合机械化率达\n"
    "到80%，设施农业和畜牧养殖机械化取得明显进展，丘陵山区机械化水平大提高。\n"
    "到2027年，全市农机总动力稳定在130万千瓦左右，综合机械化率达到85%，丘陵\n"
    "山区县综合机械化率达到60%。\n"
)


def test_a_new_time_frame_after_a_sentence_that_ended_at_the_margin_opens_a_paragraph() -> None:
    paras = paragraphs(GOALS, True)
    assert paras[-1].startswith("到2027年，")
    assert "到2027年" not in paras[-2]


def test_each_time_frame_gives_its_targets_their_year() -> None:
    d = extract("青川市农机发展实施意见\n" + GOALS, default_year=2030)
    dues = {t.value: t.due.year if t.due else None for t in d.targets if t.numeric}
    assert dues[Decimal(120)] == 2024
    assert dues[Decimal(130)] == 2027


def test_a_printed_heading_whose_phrases_a_comma_joins_stands_alone() -> None:
    # 二、…，…工作 short of the margin: a heading, never run on into the sentence below it
    wide = "我们将始终坚持党的全面领导，把初心写在行动上，把使命落在岗位上，坚定信心决心，深化"
    text = "\n".join(
        [
            "一、2019年工作回顾",
            wide,
            wide,
            "有解思维，加快实现建设新突破。",
            "二、稳稳地做、实实地干，扎实做好2020年工作",
            "2020年是全面建成小康社会和“十三五”规划收官之年。收官之年要打好决胜之战，",
            wide,
            "思维。",
        ]
    )
    assert "二、稳稳地做、实实地干，扎实做好2020年工作" in paragraphs(text, True, printed=True)


# a printed report with no indent: its review and its parts are headed by short unnumbered lines
WIDE = "全区上下坚持稳中求进工作总基调，统筹发展和安全，扎实推进各项工作，经济社会发展取得新"
REPORT = "\n".join(
    [
        "各位代表：",
        "现在，我代表区人民政府，向大会报告工作，请予审议。",
        "2025年工作回顾",
        WIDE,
        "成效，全年主要目标任务顺利完成。",
        "我们始终聚焦产业升级，发展动能实现新提升",
        WIDE,
        WIDE,
        "成效。新建标准厂房12万平方米。",
        "2026年工作安排",
        WIDE,
        "成效。全年新建标准厂房20万平方米以上。",
    ]
)


def test_a_printed_line_short_of_the_margin_that_ends_a_sentence_ends_its_paragraph() -> None:
    paras = paragraphs(REPORT, True, printed=True)
    assert "现在，我代表区人民政府，向大会报告工作，请予审议。" in paras
    assert paras[-1].startswith(WIDE)


def test_a_short_unpunctuated_printed_line_after_a_paragraphs_end_is_a_heading_alone() -> None:
    paras = paragraphs(REPORT, True, printed=True)
    assert "2025年工作回顾" in paras
    assert "我们始终聚焦产业升级，发展动能实现新提升" in paras
    assert "2026年工作安排" in paras


def test_the_review_a_printed_report_heads_with_unnumbered_lines_closes_at_the_next_part() -> None:
    d = extract("青川区政府工作报告\n" + REPORT, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(20)]


def _printed(paragraph: str, width: int = 38) -> list[str]:
    return [paragraph[k : k + width] for k in range(0, len(paragraph), width)]


def test_a_printed_reviews_paragraph_opening_with_a_short_sentence_is_no_heading_that_ends_it() -> None:
    # 2025年是…攻坚之年。 opens the review's text; read as a heading it would end the review
    work = "全区上下坚持稳中求进工作总基调，统筹发展和安全，扎实推进各项工作，经济社会发展取得新成效，"
    review = "2025年是攻坚之年。一年来，" + work * 3 + "全年主要目标任务顺利完成。"
    part = "产业发展稳中有进。" + work * 3 + "新建标准厂房12万平方米，新增就业岗位3000个。"
    plan = work * 3 + "全年新建标准厂房20万平方米以上。"
    lines = [
        "青川区政府工作报告",
        "2025年工作回顾",
        *_printed(review),
        "我们始终聚焦产业升级，发展动能实现新提升",
        *_printed(part),
        "2026年工作安排",
        *_printed(plan),
    ]
    d = extract("\n".join(lines), default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(20)]


def test_a_printed_plan_title_over_two_short_lines_stays_one_paragraph() -> None:
    work = "坚持稳中求进工作总基调，统筹发展和安全，扎实推进各项工作，推动农业机械化全程全面高质量发展，"
    lines = [
        "2026—2028年青川省",
        "农机购置补贴实施方案",
        "一、总体要求",
        *_printed(work * 3 + "为加快建设农业强省提供支撑。"),
    ]
    assert paragraphs("\n".join(lines), True, printed=True)[0] == "2026—2028年青川省农机购置补贴实施方案"


def test_a_line_far_wider_than_the_page_makes_no_line_of_the_page_a_heading() -> None:
    # a table's row (or a heading run on into its text) twice the page's width: the page's margin
    # is where most lines end, and a sentence broken at it still runs on
    wide_row = "序号 指标名称 单位 2025年 2030年 属性 " * 3
    work = "强化重要水利设施智能感知预警，持续深化雨污水模型，完善排水厂站网一体化智慧调度功能。"
    para = work * 2 + "全市河道水位感知率达到90%，排水管渠监测点位密度达1个/5公里。" + work
    lines = ["一、发展目标", wide_row, wide_row, wide_row, "本规划期为2026—2030年。", *_printed(para)]
    paras = paragraphs("\n".join(lines), True, printed=True)
    assert any("全市河道水位感知率达到90%，排水管渠监测点位密度达1个/5公里。" in p for p in paras)


def test_a_short_line_after_a_colon_is_no_heading_alone() -> None:
    # （责任单位： at the margin, its units below it: the bracket's close, no heading
    work = "建设一批数据特色园区，打造全国数据产业集聚区，完善培育数据商支持政策，加快培育一批"
    lines = [
        "（二十）优化数据流通生态",
        *_printed(work * 3 + "技术型数据商。（责任单位："),
        "市政务和数据局）",
        "（二十一）加强数据安全保障",
    ]
    paras = paragraphs("\n".join(lines), True, printed=True)
    assert "市政务和数据局）" not in paras
