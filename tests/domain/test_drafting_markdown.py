"""A text converted to Markdown is read as the text it marks up (our own lines)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.markdown import plain
from targetctl.domain.drafting.tables import SHARED_OUT_REVIEW
from targetctl.domain.sources import normalise


def test_markup_is_taken_away_and_what_is_left_is_the_sources_own() -> None:
    text = "# 青川市充电设施建设行动方案\n\n**二、主要目标**\n\n* * *\n\n"
    text += "| 区域 | 新建任务(座) |\n| --- | --- |\n| 青溪县 | 26 |\n"
    lines = [line for line in plain(text).split("\n") if line.strip()]
    # a heading and the line after it open paragraphs (their indent)
    assert lines[:2] == [" 青川市充电设施建设行动方案", " 二、主要目标"]
    assert [line.split("\t") for line in lines[2:]] == [[" | 区域 ", "| 新建任务(座) |"], ["| 青溪县 ", "| 26 |"]]
    for line in lines:
        assert normalise(line) in normalise(text)


def test_a_text_without_markup_is_left_as_it_is() -> None:
    text = "新建学校3所，改造校舍2.5万平方米。\n二、保障措施\n"
    assert plain(text) == text
    assert plain("到2026年——新增托位500个。") == "到2026年——新增托位500个。"


SHARED = """# 青川市人民政府办公厅关于印发《青川市充电设施建设

# 行动方案（2026—2027年）》的通知

各县（市、区）人民政府：

现将《青川市充电设施建设行动方案（2026—2027年）》印发给你们，请认真贯彻执行。

青川市人民政府办公厅 2026年3月2日

* * *

# 青川市充电设施建设行动方案（2026—2027年）

一、主要目标

到2027年，全市建成充电站300座。

| 区域 |  | 建设充电站总数(座) | 2026年建站数量(座) | 2027年建站数量(座) |
| --- | --- | --- | --- | --- |
| 城区 | 青溪区 | 26 | 14 | 12 |
| 川口区 | 79 | 41 | 38 |  |
| 合计 |  | 105 | 55 | 50 |
"""


def test_a_converted_notice_and_its_pipe_table_are_read_as_their_text() -> None:
    d = extract(SHARED, default_year=2030)
    assert d.title == "青川市充电设施建设行动方案（2026—2027年）"
    got = {(t.title, t.value, t.unit, t.due) for t in d.targets if t.numeric}
    assert ("青溪区：建设充电站总数", Decimal(26), "座", None) in got  # 城区 over it was a merged cell
    by = {(title.split("：")[0], v): due for title, v, _, due in got}
    assert by[("青溪区", Decimal(14))] == dt.date(2026, 12, 31)
    assert by[("川口区", Decimal(79))] is None  # the total: due at the plan's end
    assert by[("川口区", Decimal(38))] == dt.date(2027, 12, 31)
    assert by[("合计", Decimal(105))] is None
    for t in d.targets:
        assert normalise(t.quote) in normalise(SHARED)


def test_a_rule_between_pages_ends_the_paragraph_a_printed_page_broke() -> None:
    # a page's footer, the rule, the next page's header: no paragraph runs on across the rule
    text = "新建充电站30座，\n青川市人民政府办公厅发布\n\n* * *\n\n青川市人民政府办公厅文件\n改造充电桩200个。\n"
    d = extract(text, default_year=2026)
    for quote in [*(t.quote for t in d.targets), *(e.quote for e in d.excluded)]:
        assert normalise(quote) in normalise(text)
    assert not [p for p in d.all_programmes() if "*" in (p.quote or "")]


def test_the_converted_notices_plan_title_is_no_programme_and_its_rows_are_marked_as_shared_out() -> None:
    d = extract(SHARED, default_year=2030)
    assert [p.title for p in d.all_programmes()] == ["主要目标"]
    units = [t for t in d.targets if "：" in t.title and not t.title.startswith("合计")]  # the total is no unit
    assert {t.review for t in units} == {SHARED_OUT_REVIEW}


def test_a_pipe_table_without_outer_bars_is_read_as_rows_of_cells() -> None:
    text = "青川市充电设施建设行动方案（2026年）\n\n一、主要目标\n\n"
    text += "区域 | 新建任务(座)\n--- | ---\n青溪县 | 26\n川口县 | 41\n\n二、保障措施\n"
    lines = [line for line in plain(text).split("\n") if line.strip()]
    assert [line.split("\t") for line in lines[2:5]] == [
        ["区域 ", "| 新建任务(座)"],
        ["青溪县 ", "| 26"],
        ["川口县 ", "| 41"],
    ]
    for line in lines:
        assert normalise(line) in normalise(text)
    d = extract(text, default_year=2030)
    assert not [p for p in d.programmes if "区域" in p.title]  # its header is no heading
    assert {t.value for t in d.targets if t.numeric} == {Decimal(26), Decimal(41)}


def test_a_pages_front_matter_is_no_part_of_its_text() -> None:
    text = "---\ntitle: 青川县2026年政府工作报告\ndate: 2026-01-10\ntags:\n  - 政府工作报告\n---\n\n"
    text += "# 青川县2026年政府工作报告\n\n## 二、2026年主要目标\n\n"
    text += "全县地区生产总值增长6.5%左右，新增城镇就业5000人以上。\n"
    d = extract(text, default_year=2026)
    assert d.title == "青川县2026年政府工作报告"
    assert {t.value for t in d.targets} == {Decimal("6.5"), Decimal(5000)}
    assert "新建学校3所。" in plain("---\n\n新建学校3所。\n\n---\n")  # rules, not front matter


def test_a_headings_underline_is_no_programme() -> None:
    text = "青川县2026年政府工作报告\n=====================\n\n二、2026年主要目标\n\n"
    text += "全县地区生产总值增长6.5%左右，新增城镇就业5000人以上。\n"
    d = extract(text, default_year=2026)
    assert d.title == "青川县2026年政府工作报告"
    assert [p.title for p in d.all_programmes()] == ["2026年主要目标"]


# converted pages printed with their lines broken (our own texts): no quote runs across a heading's
# # marks or a bold line's ** into words the source lacks
PRINTED = [
    (
        "# 市人民政府办公厅印发《青川市扩大有效投资三年行动方案》\n## 政策原文\n"
        "为贯彻落实省委、省政府关于扩大有效投资的决策部署，进一步激发市场活力，增强投资信心，推\n"
        "动全市经济高质量发展，制定本行动方案。\n一、工作目标\n"
        "坚持以市场化办法和改革举措优化投资环境，进一步打通投资堵点，强化要素保障和政策支持，推\n"
        "动投资提质增效。到2027年，全市固定资产投资年均增长8%以上，民间投资占固定资产投资的比重\n"
        "提高到55%左右，每年滚动实施重点项目300个以上。\n"
    ),
    (
        "附件：青川市消费品以旧换新实施方案\n青川市人民政府办公室\n2026年1月20日\n**青川市消费品以旧换新实施方案**\n"
        "为全面贯彻党的二十大和二十届二中、三中全会精神，认真落实党中央、国务院决策部署，根据《关于\n"
        "2026年实施消费品以旧换新政策的通知》有关要求，进一步扩大消费，结合本市实际，制定本方案。到\n"
        "2026年底，全市新增以旧换新销售额20亿元以上，带动汽车、家电等重点商品消费持续增长，惠及群众\n"
        "10万人次以上，切实有效带动全社会消费增长。\n"
    ),
]


@pytest.mark.parametrize("text", PRINTED, ids=["heading", "bold"])
def test_printed_lines_never_run_on_across_markup(text: str) -> None:
    d = extract(text, default_year=2026)
    for quote in [*(t.quote for t in d.targets), *(e.quote for e in d.excluded)]:
        assert normalise(quote) in normalise(text), quote


def test_a_bold_line_inside_a_sentence_runs_on_with_it() -> None:
    # the bold line's neighbours each end a clause: no quote runs across its marks, and the sentence,
    # with the year it is set for, stays whole
    text = (
        "青川县2025年政府工作报告\n\n今年工作的总体要求是：坚持稳中求进工作总基调，\n"
        "**全县地区生产总值增长6.5%左右，**\n城镇新增就业4000人以上，居民人均可支配收入增长7%。\n"
    )
    d = extract(text, default_year=2026)
    assert [t.due.year if t.due else None for t in d.targets if t.numeric] == [2025, 2025, 2025]
    for quote in [*(t.quote for t in d.targets), *(e.quote for e in d.excluded)]:
        assert normalise(quote) in normalise(text), quote
