"""Whether a text's lines break inside sentences, as a page's or a column's width breaks them
(drafting/lines.broken_lines; our own paragraphs)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from targetctl.domain.drafting.clauses import paragraphs
from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.lines import broken_lines, join_bare_markers, wrapped
from tests.domain.test_drafting import printed

LONG = "各地要统筹做好农机购置补贴资金使用工作，加强对补贴机具的核验和监管，做好补贴信息公开和档案管理，确保资金安全。"
ITEM = "补贴对象为农民。对购买目录内机具的给予补贴。"


def _page(text: str, first: int, width: int = 20) -> list[str]:
    """`text` as a page prints it: its first line `first` characters wide (a marker and an
    indent take the rest), the others `width`."""
    return [text[:first], *(text[i : i + width] for i in range(first, len(text), width))]


def test_numbered_paragraphs_broken_at_the_page_width_are_broken_lines() -> None:
    """Most paragraphs are numbered, and their first lines are narrower by what their markers
    and indents take, each by its own amount: the column's width is read from the other lines."""
    items = [line for n in range(12) for line in _page(f"（{'一二三四五六七八九十'[n % 10]}）{ITEM}", 11 + n)]
    plain = [line for _ in range(2) for line in _page(LONG, 20)]
    assert broken_lines("\n".join(["某县农机购置补贴实施方案", *items, *plain]))


def test_a_list_of_short_items_is_not() -> None:
    items = ["（一）抓好粮食生产", "（二）推进农机更新", "（三）加强资金监管", "（四）优化服务流程"]
    text = "\n".join(["重点任务", *items])
    assert not broken_lines(text)


# a printed list (a PDF's text): items end where the page's margin falls, wherever that is
PRINTED = """某某区2025年民生实事项目
一、实施道路畅通工程，新建改造城市道路12条，打通断头路8条；新增公共停车
位1500个、公共自行车800辆。
二、推进学前教育发展，新建改扩建公办幼儿园6所，新增普惠性学位2400个以
上。
三、实施老旧小区改造，完成改造小区35个，惠及居民6000户，加装电梯50部。
四、加强养老服务，新增社区养老服务中心10家，实现全区不少于3%的老年人享
有养老服务补贴。
"""


def test_a_line_that_reaches_a_printed_pages_margin_runs_on_into_the_next() -> None:
    lines = [ln for ln in PRINTED.splitlines() if ln.strip()]
    assert wrapped(lines) == {1, 3, 6}
    paras = paragraphs(PRINTED)
    assert "新增公共停车位1500个、公共自行车800辆。" in paras[1]
    assert paras[2].endswith("新增普惠性学位2400个以上。")
    assert paras[3] == "三、实施老旧小区改造，完成改造小区35个，惠及居民6000户，加装电梯50部。"


def test_a_printed_list_is_drafted_with_the_values_broken_from_their_units() -> None:
    draft = extract(PRINTED, default_year=2025)
    got = {(str(t.value), t.unit) for t in draft.targets}
    assert {("1500", "个"), ("2400", "个"), ("3", "%")} <= got


def test_a_word_documents_paragraphs_never_run_on() -> None:
    assert paragraphs(PRINTED, False, printed=False)[1].endswith("新增公共停车")


def test_short_lines_and_web_paragraphs_stand_alone() -> None:
    web = "某某县2024年工作要点\n全年新增城镇就业3000人\n新建口袋公园10个\n改造农村公路50公里\n"
    assert wrapped([ln for ln in web.splitlines() if ln]) == set()
    assert len(paragraphs(web)) == 4


def test_a_list_of_items_each_ending_in_its_count_is_no_column() -> None:
    # items pasted without punctuation are about as wide as each other, as a column's lines are,
    # but each ends whole, in its count: the title and every item stand alone
    text = "某某县2025年民生实事项目\n新建城区停车场3处\n新增公共停车位1200个\n改造老旧小区15个\n新建口袋公园8个\n"
    assert not broken_lines(text)
    draft = extract(text, default_year=2025)
    assert draft.title == "某某县2025年民生实事项目"
    assert [str(t.value) for t in draft.targets] == ["3", "1200", "15", "8"]


SPLIT = (
    "青川市“十四五”体育事业发展规划\n目录\n第一章\n发展基础\n第二章\n\n主要任务\n"
    "第一章\n发展基础\n“十三五”期间，全市建成健身步道300公里。\n"
    "第二章\n主要任务\n到2025年，全市建成健身步道达到600公里。\n（一）\n完善设施网络\n新建体育公园10个。\n"
)


def test_a_heading_marker_alone_on_its_line_is_one_heading_with_the_name_after_it() -> None:
    joined = join_bare_markers(SPLIT).splitlines()
    assert joined[2:5] == ["第一章发展基础", "第二章主要任务", "第一章发展基础"]
    assert "（一）完善设施网络" in joined
    assert join_bare_markers("第一章\n二、主要任务") == "第一章\n二、主要任务"  # the next line is a heading of its own
    sentence = "一、\n到2025年，建成公园10个。"
    assert join_bare_markers(sentence) == sentence  # a sentence, no name
    assert not broken_lines(SPLIT)  # marker lines end no sentence: these are no OCR'd columns


def test_a_plan_whose_chapters_are_split_over_two_lines_drafts_one_programme_a_chapter() -> None:
    d = extract(SPLIT, default_year=2021)
    assert [p.title for p in d.programmes][:1] == ["主要任务"]
    assert sorted(t.value for t in d.targets if t.numeric and t.value is not None) == [10, 600]
    one_line = extract(join_bare_markers(SPLIT), default_year=2021)  # as if each heading were printed whole
    assert [(p.title, p.quote) for p in d.programmes] == [(p.title, p.quote) for p in one_line.programmes]
    assert [(t.quote, t.programme) for t in d.targets] == [(t.quote, t.programme) for t in one_line.targets]


_LINE = st.sampled_from(["第一章", "一、", "（二）", "发展基础", "新建公园10个。", "", "  ", "第三节 ", "二、主要任务"])


@given(st.lists(_LINE, max_size=12).map("\n".join))
def test_joining_marker_lines_moves_no_character(text: str) -> None:
    assert re.sub(r"\s", "", join_bare_markers(text)) == re.sub(r"\s", "", text)


# a printed page whose figures and marks are set in a Latin font: the line holding them reaches the
# margin with fewer characters, and still runs on
PRINTED_LATIN = """某某县2031年农业农村工作要点
全县坚持农业农村优先发展，加快建设农业强县，深入实施乡村振兴战略，推进共同富裕先
行示范，扎实推进宜居宜业和美乡村建设，不断提升农民群众的获得感、幸福感和安全感，
持续巩固拓展脱贫攻坚成果，守牢不发生规模性返贫底线，推动农业全面升级和农村全面进
步。主要指标:农林牧渔业增加值增长3.5%,力争4%;农民人均可支配收入增速高于城
镇居民1个百分点。
"""


def test_a_line_of_latin_figures_that_reaches_the_margin_runs_on() -> None:
    lines = [ln for ln in PRINTED_LATIN.splitlines() if ln.strip()]
    assert 4 in wrapped(lines)
    assert any(p.endswith("高于城镇居民1个百分点。") for p in paragraphs(PRINTED_LATIN))


def test_a_table_row_whose_figures_stand_apart_by_spaces_never_runs_on() -> None:
    body = "全县坚持农业农村优先发展，加快建设农业强县，深入实施乡村振兴战略，推进共同富裕先\n" * 3
    rows = "地区生产总值 1552.36 1652.36 1752.85 1852.36 1968.52 2105.60\n固定资产投资 805.36 855.20 900.12\n"
    lines = [ln for ln in (body + rows).splitlines() if ln.strip()]
    assert 3 not in wrapped(lines)


# a newspaper's report set in columns 14 characters wide: each item's first line lost its indent to OCR
COLUMN = [
    "本报讯 3月5日，县委县政府召开",
    "全县重点项目建设推进会，总结去",
    "年工作，部署今年重点项目建设任",
    "务。会议提出，今年要重点抓好以",
    "下几项工作：",
    "1.全年新开工重点项目",
    "不少于40个，完成固定资产投资85",
    "亿元以上，其中工业投资增长10%",
    "以上。",
    "2.新建改造城乡公路和农",
    "村道路60公里，新建停车泊位",
    "3000个，改造老旧小区25个。",
    "3.新建学校",
    "5所，新增学位4500个以上，年底",
    "前全部投入使用。",
    "会议要求，各乡镇各部门要压实责",
    "任，确保各项任务落到实处。",
]
COLUMN_TARGETS = {"全年新开工重点项目不少于40个", "新建改造城乡公路和农村道路60公里", "新建学校5所"}


def test_an_items_first_line_cut_at_a_columns_margin_is_no_heading() -> None:
    # short of the margin only by the indent OCR dropped, or going on with a count (3.新建学校 / 5所)
    d = extract("\n".join(COLUMN), default_year=2026)
    assert {t.title for t in d.targets} >= COLUMN_TARGETS
    assert not [p for p in d.all_programmes() if p.title in {"全年新开工重点项目", "新建学校"}]


def test_a_headline_wider_than_the_columns_does_not_make_every_item_a_heading() -> None:
    headline = "青川县召开2026年重点项目建设推进会部署全年工作任务"
    d = extract("\n".join([headline, *COLUMN]), default_year=2026)
    assert {t.title for t in d.targets} >= COLUMN_TARGETS


def test_a_heading_alone_over_text_that_opens_with_a_span_of_dates_ends_there() -> None:
    review = "1-11月，全县生产总值完成124亿元，增长6.3%，新增城镇就业5200人，各项事业取得新进展。" * 3
    plan = "2026—2030年，全县地区生产总值年均增长6.5%左右，新建改造农村公路120公里。" * 3
    lines = ["一、2025年工作回顾", *printed(review), "二、今后五年目标任务", *printed(plan)]
    paras = paragraphs("\n".join(lines))
    assert [p for p in paras if p.startswith(("一、", "二、"))] == ["一、2025年工作回顾", "二、今后五年目标任务"]


def test_a_text_of_whole_lines_with_many_short_headings_is_no_broken_lines() -> None:
    # each paragraph a whole line, under unnumbered headings of about one width, with owners and
    # a signature: the unended lines are headings, not a column's lines
    para = "全面推行政务服务“一网通办”，推动高频事项全程网办，到2026年，全程网办事项比例达到90%以上。"
    text = "\n".join(
        [
            "青川市优化营商环境工作方案",
            "总体要求",
            para,
            "重点任务",
            "深化政务服务改革",
            para,
            "责任单位：市政务服务局",
            "提升要素保障水平",
            para,
            "责任单位：市发展改革委",
            "强化监管执法规范",
            para,
            "保障措施",
            para,
            "青川市人民政府办公室",
        ]
    )
    assert not broken_lines(text)
    assert "深化政务服务改革" in paragraphs(text)


def _cut(para: str, margin: float = 40) -> list[str]:
    """`para` as a page prints it: each line as wide as the margin (a digit half a character)."""
    lines, width = [""], 0.0
    for ch in para:
        step = 0.5 if ord(ch) <= 0x7F else 1.0
        if width + step > margin:
            lines, width = [*lines, ""], 0.0
        lines[-1], width = lines[-1] + ch, width + step
    return lines


def test_a_printed_notice_with_more_short_headings_than_wrapped_lines_is_broken_lines() -> None:
    # a short notice printed at a page's width: two paragraphs wrap at the margin, the rest fit on
    # a line; the short headings are no column, nor do they outweigh the lines cut at the margin
    goal = "到2028年，全市数字经济核心产业增加值突破800亿元，占地区生产总值比重达到12%，建成5G基站1.5万个。"
    task = "加快数字基础设施建设，统筹推进算力中心、工业互联网和物联网建设，新建5G基站3000个，建成算力中心2个。"
    lines = [
        "某市数字经济高质量发展行动方案",
        "总体目标",
        *_cut(goal),
        "重点任务",
        "夯实数字底座",
        *_cut(task),
        "推动产业数字化转型，培育省级智能工厂30家、数字化车间100个。",
        "保障措施",
        "加强组织领导，定期研究解决重大问题。",
    ]
    text = "\n".join(lines)
    assert broken_lines(text)
    assert goal in paragraphs(text)
