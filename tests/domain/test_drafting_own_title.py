"""The document's own title where a printed web page puts other lines above it
(drafting.own_title): our own pages."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.own_title import NAMES_A_DOCUMENT, OPENS_TEXT, names_a_document, without_mark

# a plan printed from its web page: the dispatch number, the text's first lines, then the page's
# chrome and the title broken over two lines, then the rest of the text
PRINTED = (
    """青工信〔2026〕12号
　　为深入贯彻落实省委、省政府关于数字经济的决策部署和重要
指示精神，结合我市实际，制定本行动计划。
　　一、总体要求
　　坚持创新驱动，推动数字经济和实体经济深度融合，加快建设
数字经济创新发展高地，为全市高质量发展提供有力支撑。
　　二、工作目标
进入关怀版
导航
当前位置：首页 > 政务公开 > 政策法规
青川市促进数字经济高质量发展行
动计划（2026—2028年）
2026-03-04 09:49:09 【字体：大 中 小】
　　到2028年，全市培育数字经济核心企业300家，建成数字化车间
120个，数字经济核心产业增加值占地区生产总值比重达到12%。
　　三、主要任务
　　（一）夯实数字基础设施。加快建设千兆光网和5G网络，推进算力
中心建设，提升数据中心绿色化水平。
　　（二）培育数字产业集群。支持软件和信息技术服务业发展，壮大
集成电路、新型显示等产业链条。
　　（三）推动产业数字化转型。实施制造业数字化转型行动，推广工业
互联网平台应用，培育一批智能工厂。
　　四、保障措施
"""
    + "　　加强组织领导，完善政策体系，强化人才支撑，营造良好环境。\n" * 90
)  # a long text: the chrome is not its tail

# an announcement printed from a bank's site: its navigation above, its number as its title
ANNOUNCED = """术语表
网站地图
当前位置：首页 > 规范性文件
高级搜索
青 川 市 财 政 局 公 告 〔 2 0 2 6 〕 第 3 号
　　为规范政府采购管理，现对《青川市政府采购管理办法》作出如下修改。
　　一、将第五条修改为“采购人应当在十个工作日内完成验收”。
青川市财政局
2026年3月2日
"""


@pytest.mark.parametrize("rule", [*NAMES_A_DOCUMENT, OPENS_TEXT], ids=lambda r: r.name)
def test_every_rule_matches_its_own_example(rule: Named) -> None:
    assert rule.pattern.search(rule.example), rule.name
    assert rule.reason


def test_a_title_is_found_under_the_chrome_of_a_printed_page() -> None:
    d = extract(PRINTED, default_year=2026)
    assert d.title == "青川市促进数字经济高质量发展行动计划（2026—2028年）"
    quotes = [t.quote for t in d.targets]
    assert any("300家" in q for q in quotes)
    # the text's first line, read as the title before, is the text again
    assert not any("为深入贯彻落实省委" in e.quote and "title" in e.reason for e in d.excluded)


def test_an_announcement_is_titled_by_its_number() -> None:
    d = extract(ANNOUNCED, default_year=2026)
    assert d.title == "青川市财政局公告〔2026〕第3号"
    assert not [t for t in d.targets if t.numeric]


def test_a_line_that_names_a_document_and_one_that_does_not() -> None:
    assert names_a_document("青川市促进数字经济高质量发展行动计划（2026—2028年）")
    assert not names_a_document("术语表")
    assert not names_a_document("为深入贯彻落实省委关于数字经济的决策部署")


# a notice whose saved copy starts at its addressees, its plan a table attached after the date
UNTITLED = """各镇街，区各部门：
为确保全面完成2026年区政府工作报告确定的目标任务，现将有关事项分解落实如下，请认真抓好落实。
附件：1. 2026年区政府工作报告目标任务责任分解表
2. 2026年为民办实事项目责任分解表
青川市湖滨区人民政府
2026年2月20日
附件1
2026年区政府工作报告目标任务责任分解表
一、地区生产总值增长6%左右。
二、新增城镇就业5000人以上。
"""


def test_an_untitled_notice_is_titled_by_the_table_it_attaches() -> None:
    d = extract(UNTITLED, default_year=2026)
    assert d.title == "2026年区政府工作报告目标任务责任分解表"
    assert [t.value for t in d.targets if t.numeric] == [6, 5000]


def test_a_table_of_tasks_names_a_document() -> None:
    assert names_a_document("2026年区政府工作报告目标任务责任分解表")
    assert names_a_document("湖滨区重点项目建设任务一览表")
    assert not names_a_document("主要指标表")  # a table inside a plan names none


def test_a_news_pages_headline_over_the_title_in_title_marks_gives_the_title() -> None:
    text = (
        "市政府办公室印发\n《关于做好2026年一季度全市经济工作的若干措施》\n"
        "近日，市政府办公室印发了《关于做好2026年一季度全市经济工作的若干措施》。\n"
        "一、支持企业生产\n（一）新增规模以上工业企业30家。\n"
    )
    d = extract(text, default_year=2030)
    assert d.title == "关于做好2026年一季度全市经济工作的若干措施"


def test_a_text_cut_from_a_report_that_opens_on_a_part_has_no_title() -> None:
    d = extract(
        "2026年工作安排\n今年全区地区生产总值增长5%左右。\n一、做强工业\n新增规上工业企业30家。\n", default_year=2030
    )
    assert d.title is None or d.title == ""
    assert d.period[0].year == 2026


def test_the_day_and_meeting_a_report_was_delivered_at_is_no_title() -> None:
    text = (
        "2026年1月20日青川县第五届人民代表大会第六次会议\n青川县人民政府县长 张三\n一、2025年工作回顾\n"
        "2025年，全县地区生产总值增长6%。\n二、2026年工作安排\n新增城镇就业5000人。\n"
    )
    d = extract(text, default_year=2026)
    assert "会议" not in (d.title or "")
    assert [t.value for t in d.targets if t.numeric] == [Decimal(5000)]


def test_a_report_under_the_day_and_meeting_it_was_delivered_at_keeps_its_title() -> None:
    # the occasion line above the title (2025年1月15日…第四次会议 / 政府工作报告) is its subtitle
    text = (
        "2025年1月15日青川县第十八届人民代表大会第四次会议\n政府工作报告\n县长 张某某\n各位代表：\n"
        "2025年主要预期目标是：地区生产总值增长6%左右，城镇新增就业4000人以上。\n"
    )
    d = extract(text, default_year=2025)
    assert d.title == "政府工作报告"
    assert [t.value for t in d.targets if t.numeric] == [Decimal(6), Decimal(4000)]


def test_a_title_that_names_the_day_a_rule_takes_effect_is_a_title() -> None:
    text = "2025年3月1日起施行的青川市物业管理条例解读\n条例明确，到2026年，全市住宅小区物业服务覆盖率达到85%以上。\n"
    d = extract(text, default_year=2025)
    assert d.title == "2025年3月1日起施行的青川市物业管理条例解读"


def test_a_report_that_lost_its_title_takes_none_from_its_meeting_or_speaker() -> None:
    # the stored text opens at the line under the title: where it was delivered, then by whom
    text = (
        "在青川县第三届人民代表大会第二次会议上\n\n青川县人民政府县长王明\n各位代表：\n"
        "现在，我代表县人民政府向大会报告工作，请予审议。\n一、2025年工作回顾\n全县地区生产总值增长6%。\n"
        "二、2026年工作安排\n新增城镇就业3000人。\n"
    )
    d = extract(text, default_year=2026)
    assert not d.title
    assert [p.title for p in d.programmes] == ["2026年工作安排"]
    why = {e.quote: e.reason for e in d.excluded}
    assert why["在青川县第三届人民代表大会第二次会议上"].startswith("document furniture")
    assert why["青川县人民政府县长王明"].startswith("document furniture")


def test_a_title_that_ends_in_an_office_and_its_genre_is_a_title() -> None:
    # 班主任培训计划 reads like an office and a name (主任 培训计划): its genre makes it a title
    text = (
        "青川市中小学班主任培训计划\n为提升班主任队伍整体素质，制定本计划。\n"
        "一、培训目标\n到2026年，全市完成中小学班主任全员培训3000人次。\n"
    )
    d = extract(text, default_year=2025)
    assert d.title == "青川市中小学班主任培训计划"


@pytest.mark.parametrize(
    "first",
    [
        "附件青川市低空经济创新发展三年行动计划（2026—2028年）",
        "附件2：青川市低空经济创新发展三年行动计划（2026—2028年）",
    ],
)
def test_an_attachment_mark_glued_to_the_title_is_no_part_of_it(first: str) -> None:
    # a copy of the attachment alone that lost the break after 附件 (or 附件2：)
    text = f"{first}\n为加快低空经济发展，制定本行动计划。\n一、主要目标\n到2028年，全市低空经济规模达到300亿元。\n"
    d = extract(text, default_year=2026)
    assert d.title == "青川市低空经济创新发展三年行动计划（2026—2028年）"
    assert [p.title for p in d.programmes] == ["主要目标"]


def test_a_line_that_opens_with_attachment_but_names_no_document_keeps_it() -> None:
    assert without_mark("附件材料报送要求") == "附件材料报送要求"
    assert without_mark("附件1：青川市重点项目清单") == "青川市重点项目清单"
