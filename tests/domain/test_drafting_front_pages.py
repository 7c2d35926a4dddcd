"""The pages in front of a plan's text (our own texts): the month it was compiled, its table of
contents, its title printed again and the note of the meeting that adopted it; and the lines
above a report or a notice that a copy may start with (a dateline with its speaker run on, a
notice that names its plan as approved, or several plans at once)."""

from __future__ import annotations

import pytest

from targetctl.domain.drafting import front_pages, structure
from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.front_pages import mark_front_pages
from targetctl.domain.drafting.structure import BODY, TITLE, read_structure

# a copy of a district notice that starts at its dispatch number: the plan was approved, not
# merely agreed, and the outline carries the pages a printed outline has in front of its text
APPROVED = """青府发〔2023〕7号
各乡镇人民政府，县政府各部门：
《青川县国民经济和社会发展第十四个五年规划纲要》已经县人民代表大会批准，现印发给你们，请认真组织实施。
青川县人民政府
2023年2月10日
（此件公开发布）
青川县国民经济和社会发展
第十四个五年规划纲要
2023年1月
目  录
第一章 主要目标 ……… 1
第二章 重点任务 - 5 -
青川县国民经济和社会发展
第十四个五年
规划纲要
（2023年1月18日青川县第九届人民代表大会
第三次会议通过）
第一章 主要目标
到2025年，全县森林覆盖率达到65%。
"""


def test_a_notice_that_forwards_an_approved_plan_gives_the_plans_title() -> None:
    st = read_structure(APPROVED.splitlines())
    assert st.forwarded
    assert st.title == "青川县国民经济和社会发展第十四个五年规划纲要"


def test_the_pages_in_front_of_a_plans_text_are_never_programmes() -> None:
    lines = APPROVED.splitlines()
    parts = dict(zip(lines, read_structure(lines).parts, strict=True))
    assert parts["2023年1月"] == "compiled"
    assert parts["目  录"] == parts["第二章 重点任务 - 5 -"] == parts["第一章 主要目标 ……… 1"] == "contents"
    assert parts["第十四个五年"] == parts["规划纲要"] == TITLE
    assert parts["第三次会议通过）"] == "subtitle"
    assert parts["第一章 主要目标"] == BODY
    draft = extract(APPROVED, default_year=2030)
    assert [p.title for p in draft.all_programmes()] == ["主要目标"]
    assert any(e.quote == "规划纲要" and "document's title" in e.reason for e in draft.excluded)
    assert [t.value for t in draft.targets if t.numeric] == [65]


def test_front_pages_stop_at_the_first_line_of_text() -> None:
    flat = ["青川县节水行动方案", "2024年3月", "一、总体要求", "2024年3月"]
    parts = [TITLE, BODY, BODY, BODY]
    assert mark_front_pages(flat, parts, 1, "青川县节水行动方案") == []
    assert parts == [TITLE, "compiled", BODY, BODY]  # a month inside the text is the text's


# a copy of a notice that starts at its addressees and forwards three task lists at once
SEVERAL = """各乡镇人民政府，县直各单位：
经县政府同意，现将《2024年县<政府工作报告>任务分解》《2024年民生实事任务分解》《县政府重点工作任务分解》印发给你们，请认真落实。
青川县人民政府办公室
2024年3月2日
附件1
2024年县政府工作报告任务清单
一、县发展改革局牵头工作
1.建成2个农产品冷链仓储中心。
"""


def test_a_notice_that_forwards_several_documents_takes_the_first_as_its_plans_title() -> None:
    st = read_structure(SEVERAL.splitlines())
    assert st.forwarded
    assert st.title == "2024年县《政府工作报告》任务分解"
    draft = extract(SEVERAL, default_year=2030)
    assert draft.title == "2024年县《政府工作报告》任务分解"
    assert [t.value for t in draft.targets if t.numeric] == [2]


# a report whose dateline has its speaker on the same line, and a copying site's time and source
REPORT = """青川省2025年政府工作报告
2025年1月20日在青川省第十四届人民代表大会第三次会议上 青川省省长 李某某
时间：
2025-01-26 10:15
来源：
青川省人民政府
各位代表：
现在，我代表省人民政府向大会报告工作，请予审议。
一、今年主要目标
全省地区生产总值增长5.5%左右。
"""


def test_a_dateline_with_its_speaker_on_the_same_line_and_the_sites_source_are_furniture() -> None:
    lines = REPORT.splitlines()
    st = read_structure(lines)
    parts = dict(zip(lines, st.parts, strict=True))
    assert parts[lines[1]] == "subtitle"
    assert parts["青川省人民政府"] == "metadata"
    assert st.issue_year == 2025
    draft = extract(REPORT, default_year=2030)
    assert [p.title for p in draft.all_programmes()] == ["今年主要目标"]


# a plan copied to the web: its contents lists the headings without page numbers
WEB_CONTENTS = """某某县“十四五”养老服务体系建设规划
目  录
第一章  发展基础
第二章  总体要求
  第一节  指导思想
  第二节  发展目标
第三章  保障措施
第一章  发展基础
“十三五”期间，全县新建养老机构12家。
第二章  总体要求
第一节  指导思想
坚持以人民为中心。
第二节  发展目标
到2025年，全县养老床位达到3000张。
第三章  保障措施
加强组织领导。
"""


def test_a_contents_without_page_numbers_ends_where_its_first_heading_is_printed_again() -> None:
    lines = WEB_CONTENTS.splitlines()
    parts = read_structure(lines).parts
    assert [parts[k] for k in range(1, 7)] == ["contents"] * 6
    assert parts[7] == BODY  # 第一章 again: the text starts
    draft = extract(WEB_CONTENTS, default_year=2030)
    titles = [p.title for p in draft.all_programmes()]
    assert titles.count("总体要求") == 1 and titles.count("保障措施") == 1


def test_a_contents_after_a_preface_is_found_too() -> None:
    text = WEB_CONTENTS.replace("目  录", "前  言\n本规划依据有关法规编制。\n目  录")
    lines = text.splitlines()
    parts = dict(zip(lines, read_structure(lines).parts, strict=True))
    assert parts["目  录"] == parts["  第二节  发展目标"] == "contents"
    titles = [p.title for p in extract(text, default_year=2030).all_programmes()]
    assert titles.count("保障措施") == 1


def test_a_contents_line_over_text_marks_only_itself() -> None:
    # 目录 over a list of items, not headings: nothing below it is taken as contents
    text = "某某区2024年民生实事项目\n目录\n新建口袋公园10个。\n改造老旧小区20个。\n"
    parts = read_structure(text.splitlines()).parts
    assert parts[2] == parts[3] == BODY


def test_headings_under_a_contents_line_that_never_come_again_are_the_text() -> None:
    text = "某某区2024年工作要点\n目录\n一、稳增长\n全区新增市场主体2000户。\n二、惠民生\n新增就业岗位3000个。\n"
    parts = read_structure(text.splitlines()).parts
    assert parts[2] == parts[4] == BODY


def _programmes(text: str) -> list[str]:
    return [p.title for p in extract(text, default_year=2030).all_programmes()]


def test_a_contents_whose_first_heading_runs_on_into_its_text_in_the_body_is_contents() -> None:
    # the body prints 一、总体要求。到2025年…: the contents' lines are no programmes of their own
    text = (
        "某某区养老服务三年行动方案\n目录\n一、总体要求\n二、重点任务\n三、保障措施\n"
        "一、总体要求。到2025年，全区养老床位达到3000张。\n二、重点任务。新建养老院3所。\n三、保障措施。加强领导。\n"
    )
    parts = read_structure(text.splitlines()).parts
    assert list(parts[1:5]) == ["contents"] * 4 and parts[5] == BODY
    assert _programmes(text) == ["总体要求", "重点任务", "保障措施"]


def test_a_contents_copied_twice_is_contents_both_times() -> None:
    # a Word contents field and its web copy, one under the other, each under its own 目录
    block = "目录\n一、总体要求\n二、重点任务\n"
    body = "一、总体要求\n全区养老床位达到3000张。\n二、重点任务\n新建养老院3所。\n"
    text = f"某某区养老服务三年行动方案\n{block}{block}{body}"
    parts = read_structure(text.splitlines()).parts
    assert list(parts[1:7]) == ["contents"] * 6 and parts[7] == BODY
    assert _programmes(text) == ["总体要求", "重点任务"]


def test_many_contents_lines_are_read_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    # each 目录 searched the rest of the text for its first heading: minutes for a long text
    calls = 0
    entry = front_pages._entry

    def counted(flat: str) -> str:
        nonlocal calls
        calls += 1
        return entry(flat)

    monkeypatch.setattr(front_pages, "_entry", counted)
    lines = ["某某县工作计划"] + [f for n in range(400) for f in ("目录", f"一、第{n}项任务", f"新建学校{n}所。")]
    parts = read_structure(lines).parts
    assert parts[1] == "contents" and parts[2] == BODY  # a heading that is never printed again is text
    assert calls <= 2 * len(lines)


def test_a_text_that_is_all_contents_has_no_programmes() -> None:
    # only the outline was copied: its lines are the contents, not sections with nothing in them
    outline = "第一章  发展基础\n第二章  总体要求\n  第一节  指导思想\n第三章  保障措施\n"
    text = f"某某县“十四五”养老服务体系建设规划\n目  录\n{outline}"
    parts = read_structure(text.splitlines()).parts
    assert list(parts[1:]) == ["contents"] * 5
    assert _programmes(text) == []


def test_a_text_that_opens_with_its_contents_has_no_title_and_no_programme_from_them() -> None:
    text = WEB_CONTENTS.split("\n", 1)[1]  # the copy starts at 目录: 目录 is not its title
    st = read_structure(text.splitlines())
    assert st.title is None
    assert list(st.parts[:6]) == ["contents"] * 6 and st.parts[6] == BODY
    titles = _programmes(text)
    assert titles.count("总体要求") == 1 and titles.count("保障措施") == 1


def test_a_list_of_numbered_items_under_a_contents_line_is_still_the_text() -> None:
    # items that read as headings and never come again, each with its number: targets, not contents
    text = "某某区2024年民生实事\n目录\n一、新建口袋公园10个\n二、改造老旧小区20个\n"
    parts = read_structure(text.splitlines()).parts
    assert parts[2] == parts[3] == BODY
    assert len(extract(text, default_year=2030).targets) == 2


def test_contents_lines_inside_a_contents_already_read_are_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # an untitled text of many 目录 over the same heading: each walked every later 目录 again
    calls = 0
    mark = front_pages.mark_contents

    def counted(flat: list[str], parts: list[str], at: int, index: front_pages.ContentsIndex | None = None) -> int:
        nonlocal calls
        calls += 1
        return mark(flat, parts, at, index)

    monkeypatch.setattr(structure, "mark_contents", counted)
    parts = read_structure(["目录", "一、总体要求"] * 300 + ["一、总体要求", "正文。"]).parts
    assert parts[-2] == BODY and set(parts[:-2]) == {"contents"}
    assert calls == 1
