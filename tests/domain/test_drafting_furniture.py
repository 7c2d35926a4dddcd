"""Titles and furniture of official documents as they reach a district office (our own texts):
a notice that names its plan without 现将, an attached file's name, a repost's 正文 marker,
nested title marks, dates outside the signature, signatures, page numbers, untitled texts."""

from __future__ import annotations

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.prepare import prepare
from targetctl.domain.drafting.structure import read_structure

# a government site shows the notice without its title line; the plan is an attached file
ATTACHED = """各乡镇人民政府，县政府各部门：
《青川县农村饮水安全巩固提升实施方案（2021-2025年）》已经县政府第十二次常务会议审议通过，现印发给你们，请认真贯彻执行。
青川县人民政府办公室
2021年6月8日
青川县农村饮水安全巩固提升实施方案.docx
"""


def test_a_notice_that_names_its_plan_without_xianjiang_gives_the_plan_title() -> None:
    st = read_structure(ATTACHED.splitlines())
    assert st.title == "青川县农村饮水安全巩固提升实施方案（2021-2025年）"
    draft = extract(ATTACHED, default_year=2026)
    assert draft.title == "青川县农村饮水安全巩固提升实施方案（2021-2025年）"
    assert (draft.period[0].year, draft.period[1].year) == (2021, 2025)


def test_an_attached_files_name_is_furniture_never_a_programme() -> None:
    st = read_structure(ATTACHED.splitlines())
    assert st.parts[-1] == "attachment_mark"
    draft = extract(ATTACHED, default_year=2026)
    assert all(".docx" not in p.title for p in draft.all_programmes())
    assert any(".docx" in e.quote and "furniture" in e.reason for e in draft.excluded)


# a repost: a 正文 marker over the title, the title broken before 《, the plan's name with 〈〉 inside
REPOST = """正文
区人民政府办公室关于印发2024年区
《政府工作报告》重点目标任务分解方案的通知
青政办〔2024〕3号
各街道办事处，区政府各部门：
《2024年区〈政府工作报告〉重点目标任务分解方案》已经区政府同意，现印发给你们，请抓好落实。
一、压实责任。各责任单位要于2024年2月底前制定推进方案。
"""


def test_a_reposts_marker_is_not_part_of_the_title_and_nested_marks_read_as_the_plans_own() -> None:
    prep = prepare(REPOST)
    assert prep.title == "2024年区《政府工作报告》重点目标任务分解方案"
    assert ("正文", "document furniture: a reposting site's marker") in prep.excluded


# a work report is dated by its subtitle; its five-year goals and the year's targets keep their own years
REPORT = """政府工作报告
——二○二三年一月十二日在青川市第十六届人民代表大会第一次会议上
青川市人民政府市长  王某某
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。
一、过去五年工作回顾
过去五年，全市地区生产总值年均增长6.2%，城镇新增就业12万人。
二、今后五年的目标任务
今后五年，政府工作的主要目标是：到2027年研发经费投入强度达到3%，常住人口城镇化率达到70%。
三、2023年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，城镇新增就业2.5万人以上。
（一）扩大有效投资。实施重点项目200个。
"""


def test_a_reports_subtitle_dates_it_even_in_chinese_numerals_written_with_a_circle_for_zero() -> None:
    st = read_structure(REPORT.splitlines())
    assert st.issue_year == 2023


def test_a_work_reports_five_year_goals_and_this_years_targets_keep_their_own_years() -> None:
    draft = extract(REPORT, default_year=2026)
    dues = {t.quote: t.due.year if t.due else None for t in draft.targets if t.numeric}
    assert dues["常住人口城镇化率达到70%"] == 2027
    assert dues["地区生产总值增长6.5%左右"] == 2023
    assert dues["实施重点项目200个"] == 2023
    assert (draft.period[0].year, draft.period[1].year) == (2023, 2027)


# a plan as a government site shows it: its metadata table above the title, the title twice
SITE = """索引号：11500000/2022-00123
发文机关：青川市人民政府办公室
发文字号：青府办发〔2022〕15号
成文日期：2022年04月18日
青川市人民政府办公室关于印发青川市城乡供水一体化实施方案的通知
青川市人民政府办公室关于印发青川市城乡供水一体化实施方案的通知
各区县人民政府，市政府有关部门：
现将《青川市城乡供水一体化实施方案》印发给你们，请认真贯彻落实。
青川市城乡供水一体化实施方案
一、工作目标
到2025年，全市城乡供水一体化覆盖率达到85%。
"""


def test_a_sites_metadata_table_dates_the_plan_and_is_never_a_title_or_a_programme() -> None:
    st = read_structure(SITE.splitlines())
    assert st.issue_year == 2022 and st.dispatch_year == 2022
    assert st.parts[:4] == ("metadata",) * 4
    draft = extract(SITE, default_year=2026)
    assert draft.title == "青川市城乡供水一体化实施方案"
    assert draft.period_stated and draft.period[0].year == 2022
    assert all(not p.title.startswith(("索引号", "发文", "成文")) for p in draft.all_programmes())


def test_a_title_shown_twice_is_one_title() -> None:
    st = read_structure(SITE.splitlines())
    assert st.title == "青川市城乡供水一体化实施方案"
    assert "青川市人民政府办公室关于印发" not in (st.title or "")


# only the printing line at the foot of the page dates this one
PRINTED = """青川市人民政府办公室关于印发青川市节水型社会建设方案的通知
各区县人民政府：
现将《青川市节水型社会建设方案》印发给你们。
青川市节水型社会建设方案
一、主要目标
到2025年，万元地区生产总值用水量下降16%。
抄送：市委办公室。
青川市人民政府办公室              2021年8月3日印发
"""


def test_the_printing_line_dates_a_document_whose_signature_date_is_lost() -> None:
    st = read_structure(PRINTED.splitlines())
    assert st.issue_year == 2021
    assert extract(PRINTED, default_year=2026).period[0].year == 2021


# a title with a 、 in it, over two lines; a signature with the mayor's name under the authority
SIGNED = """青川市人民政府关于印发青川市促进就业、稳定岗位
若干措施的通知
青府发〔2019〕7号
各区县人民政府，市政府各部门：
现将《青川市促进就业、稳定岗位若干措施》印发给你们，请认真贯彻执行。
青川市人民政府
市长  王某某
2019年4月2日
青川市促进就业、稳定岗位若干措施
一、总体目标
到2020年，全市城镇新增就业5万人以上。
— 2 —
二、主要措施
（一）支持创业。每年扶持创业1000人以上。
"""


def test_a_title_with_a_pause_mark_is_a_title_and_the_plan_is_not_nested_under_it() -> None:
    st = read_structure(SIGNED.splitlines())
    assert st.parts[0] == st.parts[1] == "title"
    assert st.parts[8] == "title"  # the plan's title, repeated over its text
    draft = extract(SIGNED, default_year=2026)
    assert draft.title == "青川市促进就业、稳定岗位若干措施"
    assert [p.title for p in draft.programmes] == ["总体目标", "主要措施"]
    assert not any("王某某" in p.title or "市长" in p.title for p in draft.all_programmes())


DECIDED = """青川市人民政府关于实施城市更新行动的决定
青府发〔2021〕3号
各区县人民政府，市政府各部门：
为推进城市更新、改善人居环境，经市政府研究，现作出如下决定。
一、工作目标
到2025年，全市完成城镇老旧小区改造300个，新建口袋公园50个。
二、保障措施
各区县要加强统筹，落实资金，确保各项任务按期完成。
青川市人民政府
市长：王某某
2021年2月8日
"""


def test_a_mayors_signature_line_is_furniture_with_the_authority_above_it() -> None:
    st = read_structure(DECIDED.splitlines())
    assert st.parts[-3:] == ("signature", "signature", "date")
    draft = extract(DECIDED, default_year=2026)
    assert not any("王某某" in p.title or p.title.endswith("人民政府") for p in draft.all_programmes())
    assert all("王某某" not in t.quote for t in draft.targets)


# a repost that begins at the dispatch number: the text holds no title, and a heading is none
UNTITLED_TEXT = """青政〔2022〕9号
各区县人民政府，市政府各部门：
现将2022年重点工作任务分解如下，请各责任单位抓好落实，每季度末报送进展情况。
一、稳住经济大盘，推动高质量发展
1．全年地区生产总值增长6%左右。
责任单位：市发展改革委
"""


def test_an_official_text_without_a_title_is_drafted_untitled_never_under_a_headings_name() -> None:
    draft = extract(UNTITLED_TEXT, default_year=2026)
    assert not draft.title
    assert any(p.title == "稳住经济大盘，推动高质量发展" for p in draft.all_programmes())


# the issuing authority's name over a plan's own title, page numbers as a PDF gives them, an attachment
AUTHORED = """青川市人民政府
青川市“十四五”城乡融合发展规划
一、发展目标
到2025年，全市常住人口城镇化率达到66%。
第3页，共12页
二、重点任务
新建农村公路200公里。
3/12
附件1：青川市城乡融合重点项目表
"""


def test_an_authority_over_a_plan_title_is_not_part_of_it() -> None:
    st = read_structure(AUTHORED.splitlines())
    assert st.title == "青川市“十四五”城乡融合发展规划"
    assert st.parts[0] == "issuer_mark"


def test_page_numbers_and_a_numbered_attachment_line_are_furniture() -> None:
    st = read_structure(AUTHORED.splitlines())
    assert st.parts[4] == st.parts[7] == "page_number"
    assert st.parts[8] == "attachment_note"
    draft = extract(AUTHORED, default_year=2026)
    assert [p.title for p in draft.programmes] == ["发展目标", "重点任务"]


def test_a_title_line_that_only_ends_like_an_authority_stays_in_the_title() -> None:
    lines = ["青川市加快构建新发展格局", "三年行动方案", "一、目标", "到2025年，新增市场主体1万户。"]
    assert read_structure(lines).title == "青川市加快构建新发展格局三年行动方案"


# a report copied from a site: its tool lines over the title, a dateline without a dash, the source
COPIED = """下载
打印
收藏
【字号：
加大
还原
减小
】
2024年青川市政府工作报告
2024年1月9日在青川市第十六届人民代表大会第三次会议上
来源：青川日报
时间：2024-01-15
青川市市长 王某某
各位代表：
一、2023年工作回顾
全市地区生产总值增长6.1%，城镇新增就业3.2万人。
二、2024年主要目标任务
今年经济社会发展主要预期目标是：地区生产总值增长6%左右，城镇新增就业3万人以上。
相关报道：
"""


def test_a_copying_sites_tool_lines_and_source_lines_are_furniture_and_the_report_keeps_its_title() -> None:
    st = read_structure(COPIED.splitlines())
    assert st.title == "2024年青川市政府工作报告"
    assert st.issue_year == 2024
    assert all(p != "body" for p in st.parts[:14]) and st.parts[-1] != "body"
    draft = extract(COPIED, default_year=2026)
    assert draft.title == "2024年青川市政府工作报告"
    assert [p.title for p in draft.all_programmes()] == ["2024年主要目标任务"]
    dues = {t.quote: t.due.year if t.due else None for t in draft.targets if t.numeric}
    assert dues == {"地区生产总值增长6%左右": 2024, "城镇新增就业3万人以上": 2024}


# a review whose items are headed by results (…成效明显): the review lasts until the next 一、 heading
REVIEWED = """2026年青川市政府工作报告
一、2025年主要工作和“十四五”发展成就
2025年是极不平凡的一年，全市生产总值增长5.5%。
（一）强化创新驱动发展，创新建设成效明显。新增高新技术企业600家。
（二）巩固实体经济根基，产业体系建设步伐加快。规上工业增加值增长6.9%。
二、2026年重点工作
城镇新增就业10万人以上。
"""


def test_a_review_section_lasts_to_the_next_heading_of_its_rank_whatever_its_items_say() -> None:
    draft = extract(REVIEWED, default_year=2026, ocr=False)
    assert [t.quote for t in draft.targets if t.numeric] == ["城镇新增就业10万人以上"]
    assert [p.title for p in draft.all_programmes()] == ["2026年重点工作"]


# as provincial sites show a report: the page's date and time, a source label and its value on two
# lines, the font-size switch and a share button between the title and the dateline; or a dateline
# broken over two lines; or the speaker's bare name
SITE_REPORT = """2025年青川省人民政府工作报告
2025年02月10日 07时41分
来源:
青川日报
【字体：
大
中
小
】
分享：
2025年2月3日在青川省第十四届人民代表大会第三次会议上
青川省人民政府省长 王某某
各位代表：
一、2025年工作安排
今年地区生产总值增长5.5%左右。
"""
BROKEN_DATELINE = """政府工作报告
——2025年1月26日在青川省第十四届
人民代表大会第三次会议上
青川省省长 王某某
各位代表：
一、2025年工作安排
今年地区生产总值增长5%左右。
"""
BARE_NAME = """2025年青川省政府工作报告
——2025年2月3日在青川省第十四届人民代表大会第三次会议上
来源：青川日报
王某某
各位代表：
一、2025年工作安排
今年地区生产总值增长5%左右。
"""


@pytest.mark.parametrize("text", [SITE_REPORT, BROKEN_DATELINE, BARE_NAME])
def test_everything_between_a_reports_title_and_its_addressees_is_furniture(text: str) -> None:
    st = read_structure(text.splitlines())
    addressee = st.parts.index("addressee")
    assert st.parts[0] == "title" and all(p != "body" for p in st.parts[:addressee])
    assert st.issue_year == 2025
    draft = extract(text, default_year=2026)
    assert [p.title for p in draft.all_programmes()] == ["2025年工作安排"]


# what a site appends to a report: its notes on terms, the editor, links to related pages, buttons
TAILED = """2025年青川省政府工作报告
各位代表：
一、2025年工作安排
今年地区生产总值增长5%左右，新建5G基站1万个。
名词解释
1.“两新”：指大规模设备更新和消费品以旧换新，2025年安排资金300亿元。
2.“一件事”：指10项高频事项集成办理。
责任编辑：
李某某
扫一扫在手机打开当前页
相关链接>>
3f2a9c0e1b7d4c55a0e9b6d2c8f1e4aa:
青川省人民代表大会关于政府工作报告的决议
打印本页
关闭窗口
2025年青川省政府工作报告
"""


def test_a_reports_notes_on_terms_and_the_pages_tail_are_never_programmes_or_targets() -> None:
    st = read_structure(TAILED.splitlines())
    assert all(p != "body" for p in st.parts[4:])
    draft = extract(TAILED, default_year=2026)
    assert [p.title for p in draft.all_programmes()] == ["2025年工作安排"]
    assert [t.quote for t in draft.targets if t.numeric] == ["今年地区生产总值增长5%左右", "新建5G基站1万个"]


# a PDF's text layer: lines broken at the page's width, a short heading line over its paragraph
PDF_TEXT = """青川市人民政府关于印发青川市2025年政务公开工作要点的通知
青府发〔2025〕2号
各区县人民政府，市政府各部门：
现将《青川市2025年政务公开工作要点》印发给你们，请结合实际认真贯彻落实。
青川市人民政府
2025年3月1日
青川市2025年政务公开工作要点
一、围绕深化改革推进公开
（一）推进权力清单公开
对权力清单进行动态调整，全年公布市政府部门权力清单1次，编制重点领
域专项责任清单10个，指导各区县建立健全权力清单和责任清单制度，并做好
清单的编制和公开工作。
（二）推进财政信息公开
全市部门预算公开率达到100%，做好政府债务信息公开工作，及时回应社会
关切，进一步提高财政资金使用的透明度。
"""


def test_a_short_heading_line_in_a_pdf_is_its_own_paragraph() -> None:
    draft = extract(PDF_TEXT, default_year=2026)
    titles = [p.title for p in draft.all_programmes()]
    assert titles == ["围绕深化改革推进公开", "推进权力清单公开", "推进财政信息公开"]
    assert any(t.quote.startswith("全市部门预算公开率达到100%") for t in draft.targets)


# a web copy prints the dispatch number in brackets on its own line under the notice's title
BRACKETED_DISPATCH = """青川县人民政府办公室关于印发青川县数字乡村建设行动计划（2031-2033年）的通知
（青府办发〔2031〕17号）
各乡镇人民政府，县政府各部门：
现将《青川县数字乡村建设行动计划（2031-2033年）》印发给你们，请认真贯彻执行。
青川县人民政府办公室
2031年3月2日
青川县数字乡村建设行动计划（2031-2033年）
一、主要目标
到2033年，建成数字乡村示范村30个。
"""


def test_a_dispatch_number_in_brackets_is_furniture_never_a_programme() -> None:
    st = read_structure(BRACKETED_DISPATCH.splitlines())
    assert st.parts[1] == "dispatch_number"
    assert st.dispatch_year == 2031
    draft = extract(BRACKETED_DISPATCH, default_year=2040)
    assert all("〔2031〕" not in p.title for p in draft.all_programmes())
    assert [t.value for t in draft.targets if t.value is not None] == [30]


def test_a_bracketed_dispatch_number_under_a_long_title_is_furniture() -> None:
    long_title = "青川省人民政府办公厅关于印发支持数字乡村发展若干政策和青川省数字乡村建设行动计划（2031-2033年）的通知"
    text = BRACKETED_DISPATCH.replace(BRACKETED_DISPATCH.splitlines()[0], long_title)
    st = read_structure(text.splitlines())
    assert st.parts[1] == "dispatch_number"
    draft = extract(text, default_year=2040)
    assert all("〔2031〕" not in p.title for p in draft.all_programmes())


# a ministry's page saved as Markdown: its breadcrumb of links, the plan's name as its headline, the
# site's record, buttons and share widget, then the notice whose title is set in two bold lines
SAVED_PAGE = """[首页](https://example.gov.cn/) > [政策](https://example.gov.cn/zc/) > [通知](https://example.gov.cn/zc/tz/)

## 青川市节能降碳实施方案

发布时间：2024/07/05

来源：环资司

![](https://example.gov.cn/images/print.png)\\[ 打印 \\]

分享到微信朋友圈x

![Scan me!](<Base64-Image-Removed>)

打开微信，点击底部的“发现”，

使用“扫一扫”即可将网页分享至朋友圈。

微博微信

**青川市人民政府关于印发**

**青川市节能降碳实施方案的通知**

各县（市、区）人民政府，市直有关单位：

现将《青川市节能降碳实施方案》印发给你们，请认真组织实施。

青川市人民政府

2024年6月27日

**青川市节能降碳实施方案**

**一、总体要求**

到2026年，全市新建充电桩800个。
"""


def test_a_saved_pages_links_and_share_widget_are_furniture_and_its_notice_no_programme() -> None:
    draft = extract(SAVED_PAGE, default_year=2031)
    assert draft.title == "青川市节能降碳实施方案"
    assert [p.title for p in draft.programmes] == ["总体要求"]
    assert [t.value for t in draft.targets if t.value is not None] == [800]
    quotes = {e.quote for e in draft.excluded}
    assert "分享到微信朋友圈x" in quotes and "微博微信" in quotes


def test_a_figure_in_a_pages_text_is_the_documents_own_and_ends_nothing() -> None:
    text = "\n\n".join(
        [
            "青川市综合能源站专项规划",
            "一、规划布局",
            "（一）各县布局情况",
            "1.甲县",
            "甲县综合能源站布局12个。",
            "![](http://example.gov.cn/plan/202512/W0201.png)",
            "2.乙县",
            "乙县综合能源站布局9个。",
            "![](http://example.gov.cn/plan/202512/W0202.jpg)",
            "3.丙县",
            "丙县综合能源站布局7个。",
        ]
    )
    draft = extract(text, default_year=2031)
    assert [t.value for t in draft.targets if t.value is not None] == [12, 9, 7]
