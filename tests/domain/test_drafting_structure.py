"""The parts of an official document (GB/T 9704-2012), read before any sentence (our own texts)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.prepare import prepare
from targetctl.domain.drafting.structure import read_structure
from tests.domain.test_drafting import traced_clean

FORWARDING = """000128
机密★1年
特急
青川市人民政府办公室文件
青政办发〔2023〕8号
青川市人民政府办公室关于印发青川市推进
数字经济高质量发展三年行动方案
（2023—2025年）的通知
各区县人民政府，市政府各委、办、局：
现将《青川市推进数字经济高质量发展三年行动方案（2023—2025年）》印发给你们，请认真贯彻执行。
青川市人民政府办公室
2023年3月5日
（此件公开发布）
青川市推进数字经济高质量发展三年行动方案
（2023—2025年）
为加快数字经济发展，制定本方案。
一、总体要求
到2025年，全市数字经济核心产业增加值达到500亿元。
（一）主要目标
新建5G基站3000个以上。
二、重点任务
（一）实施算力提升行动
新增数据中心标准机架1万架。
— 3 —
抄送：市委各部门。
青川市人民政府办公室 2023年3月6日印发
"""

OPINION = """青川市人民政府
青政发〔2019〕12号
青川市人民政府关于加快发展
现代物流业的意见
各区县人民政府：
一、发展目标
到2021年，全市物流业增加值达到300亿元。
二、保障措施
强化用地保障。
附件：1．重点物流项目表
2．物流园区名录
青川市人民政府
2019年4月2日
"""


def parts_of(text: str) -> dict[str, str]:
    lines = text.splitlines()
    st = read_structure(lines)
    return {line: part for line, part in zip(lines, st.parts, strict=True) if line}


def test_every_part_of_the_head_body_and_colophon_is_named() -> None:
    parts = parts_of(FORWARDING)
    assert parts["000128"] == "copy_number"
    assert parts["机密★1年"] == "secrecy"
    assert parts["特急"] == "urgency"
    assert parts["青川市人民政府办公室文件"] == "issuer_mark"
    assert parts["青政办发〔2023〕8号"] == "dispatch_number"
    assert parts["各区县人民政府，市政府各委、办、局："] == "addressee"
    assert parts["青川市人民政府办公室"] == "signature"
    assert parts["2023年3月5日"] == "date"
    assert parts["（此件公开发布）"] == "annotation"
    assert parts["— 3 —"] == "page_number"
    assert parts["抄送：市委各部门。"] == "copy_to"
    assert parts["青川市人民政府办公室 2023年3月6日印发"] == "printing"
    assert parts["新建5G基站3000个以上。"] == "body"


def test_a_forwarding_notice_hands_on_its_plan_and_title() -> None:
    st = read_structure(FORWARDING.splitlines())
    assert st.forwarded
    assert st.title == "青川市推进数字经济高质量发展三年行动方案（2023—2025年）"
    assert st.issued == dt.date(2023, 3, 5) and st.dispatch_year == 2023
    parts = parts_of(FORWARDING)
    assert (
        parts["现将《青川市推进数字经济高质量发展三年行动方案（2023—2025年）》印发给你们，请认真贯彻执行。"] == "notice"
    )
    assert parts["为加快数字经济发展，制定本方案。"] == "body"


def test_a_title_broken_over_lines_is_one_title_and_the_signature_is_not_body() -> None:
    st = read_structure(OPINION.splitlines())
    assert st.title == "青川市人民政府关于加快发展现代物流业的意见"
    parts = parts_of(OPINION)
    assert parts["青川市人民政府"] in ("issuer_mark", "signature")
    assert parts["附件：1．重点物流项目表"] == "attachment_note" and parts["2．物流园区名录"] == "attachment_note"
    assert st.issue_year == 2019


def test_headings_form_a_tree_and_a_section_ends_at_its_level_or_higher() -> None:
    st = read_structure(FORWARDING.splitlines())
    by_title = {h.title: h for h in st.headings}
    goals, tasks, action = by_title["主要目标"], by_title["重点任务"], by_title["实施算力提升行动"]
    assert goals.rank > by_title["总体要求"].rank
    assert goals.end == tasks.line  # （一） ends at the next 一、
    assert by_title["总体要求"].end == tasks.line
    lines = FORWARDING.splitlines()
    assert st.section(lines.index("新增数据中心标准机架1万架。")) == action
    assert "附件" not in "".join(h.title for h in st.headings)


def test_a_plain_text_passes_through_unchanged() -> None:
    text = "某区2024年重点工作计划\n一、主要目标\n新增城镇就业1.2万人以上。\n"
    prep = prepare(text)
    assert prep.title is None and prep.body == text and prep.excluded == []


def test_furniture_is_never_a_programme_target_or_title() -> None:
    d = extract(FORWARDING, default_year=2030)
    assert d.title == "青川市推进数字经济高质量发展三年行动方案（2023—2025年）"
    furniture = ("〔2023〕", "人民政府办公室", "2023年3月5日", "此件公开发布", "的通知", "抄送", "印发给你们")
    quotes = [p.quote or "" for p in d.all_programmes()] + [p.title for p in d.all_programmes()]
    quotes += [t.quote for t in d.targets]
    assert not [q for q in quotes if any(f in q for f in furniture)]
    assert [t.value for t in d.targets if t.numeric] == [500, 3000, 1]
    excluded = " ".join(e.quote for e in d.excluded)
    assert all(f in excluded for f in furniture)
    assert d.period == (dt.date(2023, 1, 1), dt.date(2025, 12, 31)) and d.period_stated


def test_an_undated_plan_inside_a_dated_document_takes_the_year_of_issue() -> None:
    d = extract(OPINION, default_year=2030)
    assert d.period_stated and d.period[0].year == 2019
    assert d.title == "青川市人民政府关于加快发展现代物流业的意见"
    assert "发文机关" not in "".join(p.title for p in d.all_programmes())
    assert [p.title for p in d.programmes if p.quote] == ["发展目标", "保障措施"]


NOTICE_WITHOUT_DATE = """青川区人民政府办公室关于印发《青川区优化营商环境三年行动计划》的通知
各街道办事处，区政府各部门：
现将《青川区优化营商环境三年行动计划》印发给你们，请结合实际认真组织实施。
青川区优化营商环境三年行动计划
一、工作目标
到2025年，企业开办时间压缩至1个工作日以内。
青川区人民政府办公室
2023年5月6日
"""

REPORT = """青川市2026年政府工作报告
——2026年1月10日在青川市第十届人民代表大会第三次会议上
青川市人民政府市长 张某某
各位代表：
一、2026年主要目标
地区生产总值增长5%左右。
"""


def test_a_forwarding_notice_without_a_date_ends_where_its_plan_begins() -> None:
    st = read_structure(NOTICE_WITHOUT_DATE.splitlines())
    assert st.forwarded and st.title == "青川区优化营商环境三年行动计划"
    parts = parts_of(NOTICE_WITHOUT_DATE)
    assert parts["现将《青川区优化营商环境三年行动计划》印发给你们，请结合实际认真组织实施。"] == "notice"
    assert parts["青川区优化营商环境三年行动计划"] == "title"
    assert parts["到2025年，企业开办时间压缩至1个工作日以内。"] == "body"
    assert parts["2023年5月6日"] == "date" and parts["青川区人民政府办公室"] == "signature"
    d = extract(NOTICE_WITHOUT_DATE, default_year=2030)
    assert d.period == (dt.date(2023, 1, 1), dt.date(2025, 12, 31))  # 三年行动 from the year of issue


def test_a_reports_subtitle_and_speaker_are_furniture_and_a_body_line_ending_in_a_colon_is_not_an_addressee() -> None:
    parts = parts_of(REPORT)
    assert parts["——2026年1月10日在青川市第十届人民代表大会第三次会议上"] == "subtitle"
    assert parts["青川市人民政府市长 张某某"] == "speaker"
    assert parts["各位代表："] == "addressee"
    d = extract(REPORT, default_year=2030)
    assert [p.title for p in d.all_programmes() if p.quote] == ["2026年主要目标"]
    plan = parts_of("青川市数字乡村建设方案\n为加快数字乡村建设，制定如下方案：\n一、目标\n")
    assert plan["为加快数字乡村建设，制定如下方案："] == "body"


@pytest.mark.parametrize("text", [FORWARDING, OPINION, NOTICE_WITHOUT_DATE, REPORT])
def test_every_clause_of_an_official_document_is_quoted_or_excluded(text: str) -> None:
    assert traced_clean(text, extract(text, default_year=2030))


def test_a_byline_that_joins_author_time_and_source_dates_the_page() -> None:
    # a news page puts its fields on one line: the posting time is not first on it
    text = (
        "青川市今年的八件民生实事\n\n作者:本网   发布时间:2019-02-20 09:30   来源:青川日报\n\n"
        "今年,我市将办好八件民生实事\n1.新建口袋公园12个。\n2.新增公交车40台。"
    )
    st = read_structure(text.splitlines())
    assert st.issued == dt.date(2019, 2, 20)
    d = extract(text, default_year=2026)
    assert d.period_stated and d.period[0].year == 2019
    assert all(t.due is None or t.due.year == 2019 for t in d.targets)


# a department's notice in the other common forms: its title names no 关于 (某局印发《X》的通知),
# and its body says it made the plan before handing it on (我局制定了《X》，现印发给你们)
ISSUED_BY_NAME = """青川市科学技术局印发《关于推进青川市科技成果转化的实施意见》的通知
青科发〔2031〕12号
各区县科技主管部门，各有关单位：
为加快科技成果转化，根据有关规定，我局制定了《关于推进青川市科技成果转化的实施意见》，现印发给你们，请结合实际认真贯彻落实。
青川市科学技术局
2031年4月2日
关于推进青川市科技成果转化的实施意见
为促进科技成果转化为现实生产力，结合本市实际，现就推进科技成果转化提出如下意见。
一、工作目标
到2033年，全市技术合同成交额达到120亿元。
"""


def test_a_notice_issued_by_name_with_a_plan_its_issuer_made() -> None:
    st = read_structure(ISSUED_BY_NAME.splitlines())
    assert st.forwarded and st.title == "关于推进青川市科技成果转化的实施意见"
    parts = parts_of(ISSUED_BY_NAME)
    said = next(line for line in parts if line.startswith("为加快科技成果转化"))
    assert parts[said] == "notice"
    d = extract(ISSUED_BY_NAME, default_year=2031)
    assert d.title == "关于推进青川市科技成果转化的实施意见"
    # the notice's and the plan's preambles commit to nothing: no programme stands before the plan's headings
    assert [p.title for p in d.programmes] == ["工作目标"]
    assert [(t.value, t.due) for t in d.targets if t.value is not None] == [(Decimal(120), dt.date(2033, 12, 31))]


@pytest.mark.parametrize(
    "title",
    ["关于做好印发材料归档工作的通知", "关于转发工作的安排意见"],
)
def test_a_title_that_only_mentions_印发_forwards_nothing(title: str) -> None:
    st = read_structure([title, "一、工作要求", "到2031年，建成档案室3个。"])
    assert not st.forwarded


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("青川市关于促进民营经济", "高质量发展的若干措施"),
        ("中共青川县委关于制定国民经济和社会发展", "第十五个五年规划的建议"),
    ],
)
def test_a_title_of_measures_or_proposals_broken_over_lines_is_one_title(first: str, second: str) -> None:
    text = f"{first}\n{second}\n一、总体要求\n到2031年，新增市场主体2万户。\n"
    st = read_structure(text.splitlines())
    assert st.title == first + second
    assert [p.title for p in extract(text, default_year=2031).programmes] == ["总体要求"]


JOINT_NOTICE = """青川市发展和改革委员会等五部门印发《关于加快发展现代物流业的实施意见》的通知
各区县发展改革局、交通运输局、商务局：
为推动现代物流业高质量发展，市发展改革委、市交通运输局、市商务局、市财政局、市自然资源局制定了《关于加快发展现代物流业的实施意见》。现印发给你们，请认真贯彻落实。
青川市发展和改革委员会
青川市交通运输局
青川市商务局
青川市财政局
青川市自然资源局
2031年3月2日关于加快发展现代物流业的实施意见
一、发展目标
到2033年，全市社会物流总费用与地区生产总值的比率降至13%。
"""


def test_a_notice_signed_by_many_departments_one_to_a_line_hands_on_its_plan() -> None:
    d = extract(JOINT_NOTICE, default_year=2031)
    assert d.title == "关于加快发展现代物流业的实施意见"
    assert [p.title for p in d.programmes] == ["发展目标"]
    assert [(t.value, t.due) for t in d.targets if t.numeric] == [(Decimal(13), dt.date(2033, 12, 31))]
    assert d.period[0] == dt.date(2031, 1, 1)


def test_every_department_that_signs_above_the_date_is_the_signature() -> None:
    text = (
        "青川市推进绿色建筑发展工作方案\n一、工作目标\n到2033年，新建绿色建筑面积达到300万平方米。\n"
        "青川市住房和城乡建设局\n青川市发展和改革委员会\n青川市财政局\n青川市自然资源局\n"
        "青川市生态环境局\n2031年6月1日\n"
    )
    parts = read_structure(text.splitlines()).parts
    assert list(parts[3:9]) == ["signature"] * 5 + ["date"]
    assert [p.title for p in extract(text, default_year=2031).programmes] == ["工作目标"]


def test_a_sentence_under_the_title_that_commits_a_fund_is_no_addressee() -> None:
    text = (
        "某县2031年民生实事项目\n县政府将集中财力办好十件民生实事，全年投入资金5.6亿元，具体如下：\n"
        "一、新建改建农村公路120公里。\n二、新增城镇就业3000人以上。\n"
    )
    assert read_structure(text.splitlines()).parts[1] == "body"
    d = extract(text, default_year=2031)
    assert sorted(t.value or 0 for t in d.targets if t.numeric) == [Decimal("5.6"), 120, 3000]


def test_a_notice_that_hands_on_a_task_list_it_decided_on_and_addressees_not_opening_with_各() -> None:
    text = (
        "经开区、高新园、各街道，区各办局、直属单位：\n"
        "为全面完成区人大确定的各项任务，区政府研究确定了《2031年某区政府重要工作事项责任分工》，现印发给你们，请认真抓好落实。\n"
        "某区人民政府\n2031年2月28日\n2031年某区政府重要工作事项责任分工\n一、主要预期目标\n1.地区生产总值增长6%。\n"
    )
    st = read_structure(text.splitlines())
    assert st.parts[0] == "addressee"
    assert st.forwarded and st.title == "2031年某区政府重要工作事项责任分工"


def test_a_sentence_that_ends_in_a_list_of_bodies_is_no_addressee() -> None:
    text = (
        "区委区政府高度重视民生工作，多次召开会议研究部署，分别听取教育局、卫健局、民政局：\n"
        "一、主要目标\n地区生产总值增长6%。\n"
    )
    assert read_structure(text.splitlines()).parts[0] == "body"


# a notice that publishes its requirements in its own text (…通知如下：), not as an attached plan
PUBLISHED_INLINE = """青川市住房和城乡建设局关于发布2026年本市海绵城市建设工作要求的通知
青建规〔2026〕8号
各区建设局，各管委会：
为做好2026年本市海绵城市建设工作，现就有关要求通知如下：
一、工作目标
全市新增城市建成区30平方公里达到海绵城市建设要求。
二、工作要求
（一）推进重点项目建设。建设约60个海绵重点项目。
青川市住房和城乡建设局
2026年2月10日
"""


def test_a_notice_that_publishes_its_requirements_inline_keeps_them_as_its_body() -> None:
    parts = parts_of(PUBLISHED_INLINE)
    assert parts["为做好2026年本市海绵城市建设工作，现就有关要求通知如下："] == "notice"
    assert parts["全市新增城市建成区30平方公里达到海绵城市建设要求。"] == "body"
    d = extract(PUBLISHED_INLINE, default_year=2030)
    assert d.title == "2026年本市海绵城市建设工作要求"
    assert [(t.value, t.unit) for t in d.targets if t.numeric] == [(Decimal(30), "平方公里"), (Decimal(60), "个")]


def test_a_dash_item_under_the_title_that_is_a_sentence_is_text_not_a_subtitle() -> None:
    text = (
        "青川县巩固脱贫成果三年行动计划（2026—2028年）\n"
        "——2026年。确保2025年底未达标的120个村巩固提升。\n——2027年。建成示范村30个。\n"
    )
    d = extract(text, default_year=2026)
    # the year alone dates the sentence after it; 2025年底 names which villages, no due
    assert [(t.value, t.due) for t in d.targets if t.numeric] == [
        (Decimal(120), dt.date(2026, 12, 31)),
        (Decimal(30), dt.date(2027, 12, 31)),
    ]


# a printed plan that opens below its title (our own text): its first line runs on at the margin
RUNS_ON = """加快推进社区养老服务设施建设是应对人口老龄化的
重要举措，也是增进民生福祉的内在要求。为进一步完善社区
养老服务体系，提升老年人获得感和幸福感，结合本市实际，
制定本方案。
一、工作目标
到2027年，全市新建社区养老服务中心120个，实现街道综合
养老服务中心全覆盖，社区养老服务设施覆盖率达到100%，
护理型床位占比提高到60%以上。
"""


def test_a_first_line_that_runs_on_into_a_sentence_is_no_title() -> None:
    assert read_structure(RUNS_ON.splitlines()).title is None


def test_a_short_first_line_over_a_printed_text_is_still_its_title() -> None:
    text = "青川市社区养老服务设施建设方案\n" + RUNS_ON
    assert read_structure(text.splitlines()).title == "青川市社区养老服务设施建设方案"


def test_a_printed_title_over_a_blank_line_is_not_run_into_the_text_below() -> None:
    text = "青川市养老服务设施建设计划\n \n" + RUNS_ON
    assert extract(text, default_year=2026).title == "青川市养老服务设施建设计划"


# a news page that gives a plan after its lead (our own text)
NEWS_PAGE = """青川出台方案：到2027年建成充电桩8万个！
来源：青川发布    2026-03-02 10:15
为加快充电基础设施建设，市发展改革委等五部门印发《青川市充电基础设施建设行动方案》，提出实施三大行动。
青川市充电基础设施建设行动方案
一、主要目标
到2027年，全市累计建成充电桩8万个，公共充电容量超过100万千瓦。
"""


def test_a_news_page_that_gives_a_plan_after_its_lead_is_read_from_the_plans_title() -> None:
    d = extract(NEWS_PAGE, default_year=2026)
    assert d.title == "青川市充电基础设施建设行动方案"
    assert "青川出台方案" not in " ".join(p.title for p in d.all_programmes())
    assert [t.value for t in d.targets if t.numeric] == [Decimal(8), Decimal(100)]


def test_a_forwarding_notice_that_repeats_its_plans_title_keeps_its_notice() -> None:
    notice = (
        "青川市人民政府办公室关于印发《青川市充电基础设施建设行动方案》的通知\n青政办发〔2026〕5号\n"
        "各区县人民政府，市政府各部门：\n现将《青川市充电基础设施建设行动方案》印发给你们，请认真贯彻执行。\n"
        "青川市充电基础设施建设行动方案\n一、主要目标\n到2027年，全市累计建成充电桩8万个。\n"
    )
    d = extract(notice, default_year=2030)
    assert d.title == "青川市充电基础设施建设行动方案"
    assert d.period is not None and d.period[0].year == 2026


def test_a_title_quoted_under_a_part_heading_is_no_news_pages_plan() -> None:
    # a work plan under its page's source line: its heading quotes a plan, given on the next line
    text = (
        "青川市2026年优化营商环境工作要点\n来源：市发展改革委  发布时间：2026-03-02\n"
        "一、总体目标\n全市新增经营主体2万户，政务服务事项网上可办率达到98%。\n"
        "二、深化落实《优化营商环境三年行动计划》\n优化营商环境三年行动计划\n（一）新建政务服务驿站20个。\n"
    )
    d = extract(text, default_year=2026)
    assert d.title == "青川市2026年优化营商环境工作要点"
    assert [t.value for t in d.targets if t.numeric] == [Decimal(2), Decimal(98), Decimal(20)]


def test_a_news_page_that_only_links_the_plan_it_names_keeps_its_lead() -> None:
    # the page names the plan and links it (附件： X), but gives no text of it: its lead is the text
    text = (
        "青川出台充电基础设施建设行动方案\n来源：青川发布    2026-03-02 10:15\n"
        "近日，市发展改革委等五部门印发《青川市充电基础设施建设行动方案》，提出到2027年，全市累计建成充电桩8万个。\n"
        "附件：\n青川市充电基础设施建设行动方案\n责任编辑：李华\n"
    )
    d = extract(text, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(8)]


def test_a_title_that_names_several_issuers_first_may_run_over_four_lines() -> None:
    # joint issuers over 关于印发《…》的通知, the plan's name broken inside its quote (our own notice)
    lines = [
        "某省发展改革委 某省能源局 某省工业和信息化厅 某省",
        "生态环境厅 某省国资委 某省财政厅",
        "关于印发《某省重点行业节能改造",
        "三年行动方案》的通知",
        "某发改能源〔2026〕12号",
        "各地级以上市发展改革局：",
        "现将《某省重点行业节能改造三年行动方案》印发给你们，请认真抓好落实。",
        "某省发展改革委 某省能源局",
        "2026年9月7日",
        "某省重点行业节能改造三年行动方案",
        "一、总体要求",
        "到2028年，完成改造项目100个。",
    ]
    st = read_structure(lines)
    assert st.title == "某省重点行业节能改造三年行动方案"
    assert st.parts[4] == "dispatch_number"


def test_a_fourth_line_after_a_notices_title_is_the_plans_own_title() -> None:
    # issuer over 关于印发… over …的通知: the title ends there, the plan's title under it is not part of it
    lines = [
        "某市人民政府办公室",
        "关于印发某市养老服务",
        "发展规划的通知",
        "某市养老服务发展规划（2024—2026年）",
        "一、发展目标",
        "到2026年，全市新增养老床位3000张。",
    ]
    st = read_structure(lines)
    assert st.title is not None and "的通知某市" not in st.title
    assert st.parts[3] != "title"


def test_a_notice_whole_title_then_its_own_lines_is_one_title_not_three() -> None:
    # a page's headline of the whole notice, then the notice's own lines: its issuers, then 关于…的通知
    notice = "青川市交通运输局、青川市发展和改革委员会关于印发《青川市交通领域光伏推广应用实施方案》的通知"
    text = (
        f"{notice}\n\n青川市交通运输局、青川市发展和改革委员会\n\n"
        "关于印发《青川市交通领域光伏推广应用实施方案》的通知\n\n各有关单位：\n\n"
        "现制定《青川市交通领域光伏推广应用实施方案》予以印发，请认真遵照执行。\n\n特此通知。\n\n"
        "一、工作目标\n\n到2025年，全市交通领域新增光伏装机容量达到120MW。\n"
    )
    st = read_structure(text.splitlines())
    assert st.title in (notice, "青川市交通领域光伏推广应用实施方案")
    assert "".join(text.splitlines()[k] for k in st.title_lines) == notice
