"""A whole document on one line (pasted from a web page): its sentences and headings are found
inside the line (our own texts)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.run_on import (
    BREAKS,
    DATE_THEN_TITLE,
    GLUED_TITLE,
    RUN_ON_WIDTH,
    Break,
    break_run_on,
    unwrap,
)

_PAD = "全区上下团结一心，攻坚克难，各项事业取得新进展。" * (RUN_ON_WIDTH // 20)


@pytest.mark.parametrize("rule", BREAKS, ids=lambda r: r.name)
def test_each_rule_breaks_its_own_example_in_a_run_on_line(rule: Break) -> None:
    assert rule.reason
    lines = break_run_on(_PAD + rule.example).split("\n")
    assert len(lines) - _PAD.count("。") >= 2  # the example is broken in two
    assert "".join(lines) == _PAD + rule.example  # only line breaks are added


def test_a_short_line_is_left_as_it_is() -> None:
    text = "一、2025年工作回顾2025年是极不平凡的一年。重点抓好以下工作：（一）扩大有效投资。"
    assert break_run_on(text) == text


def test_a_heading_glued_to_its_text_opens_its_own_line() -> None:
    lines = break_run_on(_PAD + "一、2025年工作回顾2025年是极不平凡的一年。").split("\n")
    assert "一、2025年工作回顾" in lines
    assert "2025年是极不平凡的一年。" in lines


def test_a_quote_that_ends_a_sentence_keeps_its_closing_mark() -> None:
    lines = break_run_on(_PAD + "他说“要抓紧。”随后开会。").split("\n")
    assert "他说“要抓紧。”" in lines


# a report pasted without its title: the line opens with where it was delivered
REPORT = (
    "——2026年1月10日在青川县第九届人民代表大会第五次会议上 县长 王青 各位代表："
    "一、2025年工作回顾2025年是极不平凡的一年。一年来，我们坚持稳中求进，扎实推进各项工作。"
    + "经济社会发展取得新成效，群众获得感不断增强。"
    * 60
    + "（一）产业发展提质增效。新建5G基站300个，新增规上工业企业25家。"
    "二、2026年工作安排2026年是“十五五”开局之年。全县经济社会发展的主要预期目标："
    "地区生产总值增长6%左右，城镇新增就业3000人以上。（一）扩大有效投资。"
    "全年实施重点项目120个以上。"
)


def test_a_work_report_on_one_line_keeps_its_review_in_the_past() -> None:
    assert "\n" not in REPORT
    d = extract(REPORT, default_year=2026)
    got = {t.value for t in d.targets if t.numeric}
    assert {Decimal(6), Decimal(3000), Decimal(120)} <= got
    assert not got & {Decimal(300), Decimal(25)}


def test_a_title_glued_to_its_dateline_is_the_plans_title() -> None:
    titled = "青川县人民政府工作报告" + REPORT
    assert extract(titled, default_year=2026).title == "青川县人民政府工作报告"


def test_a_paragraph_indent_inside_a_run_on_line_opens_a_new_paragraph() -> None:
    text = _PAD + "规划期为2021-2025年。\u3000\u3000一、发展基础\u3000\u3000（一）发展现状"
    text += "\u3000\u3000过去五年，全省新建基站2万个。"
    lines = [ln.strip() for ln in break_run_on(text).split("\n")]
    assert "一、发展基础" in lines
    assert "（一）发展现状" in lines
    assert "过去五年，全省新建基站2万个。" in lines


def test_a_signing_date_glued_to_the_plan_title_stands_alone() -> None:
    text = _PAD + "现印发给你们。\u3000\u3000青川市发展和改革委员会\u3000\u3000"
    text += "2025年4月8日青川市节能降碳行动方案\u3000\u3000为推动…"
    lines = [ln.strip() for ln in break_run_on(text).split("\n")]
    assert "2025年4月8日" in lines
    assert "青川市节能降碳行动方案" in lines


@pytest.mark.parametrize(
    ("text", "signer", "date", "title"),
    [
        (
            "青川市发展改革委关于印发《青川市节能降碳行动方案》的通知 各区县发展改革局：现予以印发，请遵照执行。 "
            "青川市发展和改革委员会 2025年4月8日青川市节能降碳行动方案 为推动节能降碳，制定本方案。",
            "青川市发展和改革委员会",
            "2025年4月8日",
            "青川市节能降碳行动方案",
        ),
        # a page that lost its breaks but kept a space between the signer, the date and the title
        (
            "各区直有关部门：现将《青川区儿童健康促进实施方案》印发给你们，请认真贯彻执行。 青川区管委会办公室 "
            "2023年5月8日 青川区儿童健康促进实施方案 为促进儿童健康成长，制定本方案。一、工作目标",
            "青川区管委会办公室",
            "2023年5月8日",
            "青川区儿童健康促进实施方案",
        ),
    ],
)
def test_a_signer_and_date_a_space_apart_from_the_plan_title_stand_apart(
    text: str, signer: str, date: str, title: str
) -> None:
    lines = [ln.strip() for ln in break_run_on(text + _PAD).split("\n")]
    assert lines[2:5] == [signer, date, title]
    d = extract(text + _PAD, default_year=2031)
    assert d.title == title
    assert all(signer not in p.title and "通知" not in p.title for p in d.programmes)


def test_a_dispatch_number_and_the_addressees_that_open_a_run_on_page_stand_apart() -> None:
    text = "青发改字〔2025〕12号各县（区）发展改革局，市直有关单位：为做好节能工作，现通知如下。" + _PAD
    lines = break_run_on(text).split("\n")
    assert lines[:2] == ["青发改字〔2025〕12号", "各县（区）发展改革局，市直有关单位："]


def test_a_title_glued_to_its_dispatch_number_and_date_is_one_title() -> None:
    assert GLUED_TITLE.pattern.match(GLUED_TITLE.example) and GLUED_TITLE.reason
    text = (
        "青川市人民政府关于加快发展托育服务的实施意见青政发〔2025〕3号2025年4月1日\n"
        "各区县人民政府，市政府各部门：\n一、主要目标\n到2027年，全市新增普惠托位3000个。\n"
    )
    assert break_run_on(text).split("\n")[:3] == [
        "青川市人民政府关于加快发展托育服务的实施意见",
        "青政发〔2025〕3号",
        "2025年4月1日",
    ]
    d = extract(text, default_year=2026)
    assert d.title == "青川市人民政府关于加快发展托育服务的实施意见"
    assert [p.title for p in d.programmes] == ["主要目标"]


def test_a_notice_title_glued_to_its_addressees_ends_at_the_notice() -> None:
    text = "青川市发展改革委关于印发《青川市节能行动方案》的通知各区县发展改革局，市直单位：\n现将方案印发给你们。\n"
    assert break_run_on(text).split("\n")[:2] == [
        "青川市发展改革委关于印发《青川市节能行动方案》的通知",
        "各区县发展改革局，市直单位：",
    ]


def test_a_signing_date_glued_to_a_title_on_a_short_line_stands_alone() -> None:
    assert DATE_THEN_TITLE.pattern.match(DATE_THEN_TITLE.example) and DATE_THEN_TITLE.reason
    text = "青川市农业农村局\n\u3000\u30002031年5月6日关于推进高标准农田建设的实施意见\n一、工作目标\n"
    lines = break_run_on(text).split("\n")
    assert lines[1:3] == ["\u3000\u30002031年5月6日", "\u3000\u3000关于推进高标准农田建设的实施意见"]


@pytest.mark.parametrize(
    "line",
    [
        "2031年5月6日召开推进会议，部署实施方案",  # a sentence that goes on after the date
        "2031年5月6日前完成实施方案",  # a deadline, no signing date
        "2031年5月6日",  # a date alone
        "2031年3月31日完成村庄规划",  # a timetable's step, done on its date
        "2031年9月30日出台实施方案",
        "2031年6月30日编制完成专项规划",
    ],
)
def test_a_date_that_opens_a_sentence_is_not_broken(line: str) -> None:
    assert break_run_on(line) == line


def test_the_steps_of_a_timetable_are_no_signing_dates() -> None:
    text = (
        "某县国土空间规划编制工作方案\n一、工作目标\n到2031年底，完成县级国土空间总体规划编制。\n二、时间安排\n"
        "县自然资源局\n县发展改革局\n2031年3月31日完成村庄规划\n2031年9月30日出台实施方案\n"
        "某县人民政府\n2031年1月5日\n"
    )
    d = extract(text, default_year=2031)
    furniture = [e.quote for e in d.excluded if "署名" in e.reason or "成文日期" in e.reason]
    assert furniture == ["某县人民政府", "2031年1月5日"]


def test_a_date_a_printed_page_broke_before_its_day_is_one_date() -> None:
    text = "某市人民政府关于推进蔬菜产业发展的实施意见某政字〔2031〕8号2031年7月1\n日\n一、主要目标\n"
    lines = break_run_on(text).split("\n")
    assert lines[:3] == ["某市人民政府关于推进蔬菜产业发展的实施意见", "某政字〔2031〕8号", "2031年7月1日"]


# a forwarding notice and its plan pasted as one line: dispatch number, title, addressees, the
# notice, signer and date, the plan's title and a space, then its parts with headings glued on
FORWARDED = (
    "青综管〔2026〕9号青川新区管委会关于印发《青川新区“十五五”养老服务发展规划》的通知各片区管理局，区直各单位："
    "《青川新区“十五五”养老服务发展规划》已经管委会研究同意，现印发给你们，请认真贯彻执行。"
    "青川新区管委会2026年3月2日青川新区“十五五”养老服务发展规划 为推动养老服务高质量发展，制定本规划。"
    "一、发展基础“十四五”时期，全区新增养老床位800张，建成社区养老服务站45个。"
    + "养老服务体系不断健全，服务质量持续提升。"
    * 60
    + "二、总体要求（一）指导思想坚持以人民为中心的发展思想。（二）主要目标到2030年，新增护理型床位1200张，"
    "社区养老服务设施覆盖率达到100%。三、主要任务 （一）完善服务网络1.建设社区养老服务站。新建社区养老服务站30个。"
)


def test_a_forwarding_notice_on_one_line_hands_on_its_plan_and_its_past_stays_past() -> None:
    assert "\n" not in FORWARDED and len(FORWARDED) > RUN_ON_WIDTH
    lines = [line.strip() for line in break_run_on(FORWARDED).split("\n")]
    assert "青综管〔2026〕9号" in lines
    assert "青川新区管委会" in lines and "2026年3月2日" in lines
    assert "青川新区“十五五”养老服务发展规划" in lines
    assert "一、发展基础" in lines and "（一）指导思想" in lines and "（二）主要目标" in lines
    assert "（一）完善服务网络" in lines
    d = extract(FORWARDED, default_year=2030)
    assert d.title == "青川新区“十五五”养老服务发展规划"
    got = {t.value for t in d.targets if t.numeric}
    assert {Decimal(1200), Decimal(100), Decimal(30)} <= got
    assert not got & {Decimal(800), Decimal(45)}  # the 十四五 results under 发展基础


def test_a_title_after_the_signing_date_glued_to_its_first_sentence_is_broken_off() -> None:
    line = (
        "青综管办〔2026〕4号青川新区管委会办公室关于印发《青川新区环卫设施建设两年行动方案（2026、2027）》的通知"
        "区直各单位、各乡镇人民政府：现将《青川新区环卫设施建设两年行动方案（2026、2027）》印发给你们，请认真贯彻落实。"
        "青川新区管委会办公室2026年3月1日青川新区环卫设施建设两年行动方案（2026、2027）为进一步加快环卫设施建设，制定本方案。"
        + "一、工作目标到2027年，新建垃圾转运站12座。"
        + "各乡镇要按照要求推进环卫设施建设。" * 80
    )
    lines = [ln.strip() for ln in break_run_on(line).split("\n")]
    assert "区直各单位、各乡镇人民政府：" in lines
    assert "青川新区管委会办公室" in lines and "2026年3月1日" in lines
    assert "青川新区环卫设施建设两年行动方案（2026、2027）" in lines
    d = extract(line, default_year=2030)
    assert d.title == "青川新区环卫设施建设两年行动方案（2026、2027）"
    assert [p.title for p in d.programmes if "办公室" in p.title] == []


def test_a_unit_that_opens_a_sentence_with_its_deadline_is_no_signer() -> None:
    # 区民政局2026年6月30日前完成…: the unit leads a task due by a date; it signs nothing
    line = _PAD + "区民政局2026年6月30日前完成养老设施布局规划编制。区卫生健康局2026年12月31日前建成医养结合机构5家。"
    lines = break_run_on(line).split("\n")
    assert "区民政局2026年6月30日前完成养老设施布局规划编制。" in lines
    assert "区卫生健康局2026年12月31日前建成医养结合机构5家。" in lines


def test_a_one_line_text_printed_to_a_page_and_wrapped_at_its_margin_is_read_as_the_line() -> None:
    # a PDF printed from a page's one-line text: every line stops at the margin, mid-sentence
    filler = "养老服务体系不断健全，服务质量持续提升。"
    one = FORWARDED.replace(filler * 60, filler * 90)
    printed = "\n".join(one[i : i + 38] for i in range(0, len(one), 38))
    assert max(map(len, printed.split("\n"))) < RUN_ON_WIDTH
    d, line = extract(printed, default_year=2030), extract(one, default_year=2030)
    assert d.title == line.title == "青川新区“十五五”养老服务发展规划"
    got = {t.value for t in d.targets if t.numeric}
    assert got == {t.value for t in line.targets if t.numeric}
    assert not got & {Decimal(800), Decimal(45)}  # the 十四五 results under 发展基础


def test_a_printed_one_line_text_whose_printer_moved_marks_to_the_next_line_is_still_one_line() -> None:
    # a mark that may not open a line (”, 。) pulls the characters before it down, and digits print
    # wider than counted: such a line ends a few characters short of the margin, no paragraph's end
    filler = "养老服务体系不断健全，服务质量持续提升。"
    one = FORWARDED.replace(filler * 60, filler * 90)
    lines: list[str] = []
    at = 0
    while at < len(one):
        width = 34 if len(lines) % 6 == 5 else 38
        lines.append(one[at : at + width])
        at += width
    d, line = extract("\n".join(lines), default_year=2030), extract(one, default_year=2030)
    assert d.title == line.title == "青川新区“十五五”养老服务发展规划"
    assert {t.value for t in d.targets if t.numeric} == {t.value for t in line.targets if t.numeric}


def test_one_long_paragraph_among_many_printed_ones_is_left_to_its_lines() -> None:
    para = "全区上下团结一心，攻坚克难，各项事业取得新进展，" * 70 + "全年新增就业1万人。"
    short = "\n".join(f"{n}．新建社区养老服务站{n}个，" for n in range(1, 40))
    printed = "\n".join(para[i : i + 38] for i in range(0, len(para), 38)) + "\n" + short
    assert unwrap(printed) == printed


def test_a_printed_text_whose_title_stands_on_its_own_line_is_no_one_line_text() -> None:
    # an OCR'd plan set without indents: `paragraphs` joins its unpunctuated lines as one, but its
    # title stands short of the margin on a line of its own, and its table's rows are lines too
    body = (
        "“十四五”以来，全区上下团结一心，攻坚克难，经济社会发展取得新成效。我们坚持项目为王，重点项目建设提速增效。"
        "我们深化改革开放，营商环境持续优化。我们持续改善生态环境，天更蓝、水更清、地更绿。"
    ) * 60
    printed = "青川区“十五五”养老服务发展规划\n" + "\n".join(body[i : i + 38] for i in range(0, len(body), 38))
    assert unwrap(printed) == printed
    d = extract(printed, default_year=2032)
    assert (d.period[0].year, d.period[1].year) == (2026, 2030)
    tabled = (
        printed.removeprefix("青川区“十五五”养老服务发展规划\n")
        + "\n表1 主要指标\n指标\t单位\t2030年\n社区养老服务站\t个\t120\n"
    )
    assert unwrap(tabled) == tabled


_LATE = (  # a paragraph of 15 lines of 36 whose last line reaches four fifths of the margin
    "各部门要加强组织领导，细化工作措施，压实工作责任，强化督查考核，确保各项目标任务落到实处。" * 12
    + "坚持稳中求进工作总基调，统筹发展和安全，推动高质量发展。"
)


@pytest.mark.parametrize(
    "head",
    [
        "青川县人民政府关于印发青川县2026年民生实事项目实施方案的通知",  # a title, no sentence's mark
        "三、坚持创新驱动发展，加快建设现代化产业体系，推动工业提质",  # a heading
    ],
)
def test_a_printed_text_whose_title_or_heading_stops_a_fifth_short_is_no_one_line_text(head: str) -> None:
    # paragraphs end where they will, some at four fifths of the margin: only the printer's moved
    # mark leaves a line short inside its sentence; a heading, a title, a sentence's end is no wrap
    body = [_LATE, _LATE, "二、2026年主要目标任务", _LATE, _LATE, _LATE]
    printed = "\n".join([head, *(p[i : i + 36] for p in body for i in range(0, len(p), 36))])
    assert unwrap(printed) == printed


def test_a_report_on_one_line_has_its_parts_headings_read_after_the_space_between_paragraphs() -> None:
    # a page saved a whole report on one line, a space between its paragraphs, each part's heading
    # glued to its first sentence
    review = "我们坚持稳中求进工作总基调，统筹发展和安全，经济社会发展取得新成效。" * 50  # a run-on line
    report = (
        "各位代表： 现在，我代表县人民政府，向大会报告政府工作，请予审议。 一、2025年和过去五年工作回顾"
        f"2025年是极不平凡的一年，也是“十四五”收官之年。{review}全年新建学校12所，新增就业8000人。"
        " 二、今后五年目标和2026年重点工作"
        "今后五年，我们将接续奋斗。2026年，全县新建学校5所，新增就业6000人以上。"
    )
    d = extract(report, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(5), Decimal(6000)]


def test_a_heading_on_how_the_key_work_went_is_not_cut_at_its_key_work() -> None:
    # a summary's part on last year's key work (一、2025年重点工作完成情况) stands whole on its line
    lines = break_run_on(_PAD + " 一、2025年重点工作完成情况全年新开工重点项目45个。").split("\n")
    assert "一、2025年重点工作" not in [line.strip() for line in lines]
    assert not any(line.startswith("完成情况") for line in lines)


def test_a_one_line_text_printed_under_a_pages_record_fields_is_read_as_the_line() -> None:
    # a saved page's record (标题: …, 发布时间: …) over its one-line text, printed: the fields stay
    # lines of their own, the text under them is joined again
    filler = "养老服务体系不断健全，服务质量持续提升。"
    one = FORWARDED.replace(filler * 60, filler * 90)
    fields = [
        "标题: 青川新区养老服务发展规划",
        "发布时间: 2026-03-01 10:00",
        "发布机构: 青川新区管委会",
        "==== 正文 ====",
    ]
    printed = "\n".join([*fields, *(one[i : i + 38] for i in range(0, len(one), 38))])
    assert unwrap(printed).split("\n")[: len(fields)] == fields
    d, line = extract(printed, default_year=2030), extract(one, default_year=2030)
    assert {t.value for t in d.targets if t.numeric} == {t.value for t in line.targets if t.numeric}
