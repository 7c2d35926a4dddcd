"""A year's list of projects (民生实事), counts of the work itself and the dates a web page
gives: our own sentences, in the grammar of real plans."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.structure import read_structure

PERIOD = (dt.date(2021, 1, 1), dt.date(2025, 12, 31))

LIST = """经某县第五届人民代表大会第二次会议票决，确定以下三类5个项目为2025年度某县政府民生实事项目：
一、“改善居住条件”类，共2项
1.实施城南安置小区建设工程，建成安置房800套。
2.改造老旧小区12个。
二、“方便群众出行”类，共1项
3.新增公交线路4条。
三、“促进就业”类，共2项
4.开发公益性岗位300个以上。
5.帮扶就业困难人员就业500人。"""

REPORT_LIST = """2025年，县政府将集中力量办好以下民生实事：
1.新建城市书房6家。
2.新增养老床位200张。"""


def numeric(text: str, *, year: int = 2026) -> list[tuple[Decimal | None, str, int | None]]:
    d = extract(text, default_year=year)
    return [(t.value, t.quote, t.due.year if t.due else None) for t in d.targets if t.numeric]


def test_a_list_of_the_years_projects_is_named_and_dated_by_the_sentence_that_introduces_it() -> None:
    d = extract(LIST, default_year=2027)
    assert d.title == "2025年度某县政府民生实事项目"
    assert (d.period[0].year, d.period[1].year) == (2025, 2025)
    values = sorted(t.value for t in d.targets if t.numeric and t.value is not None)
    assert values == [4, 12, 300, 500, 800]
    assert all(t.due is None or t.due.year == 2025 for t in d.targets)


def test_a_reports_list_of_projects_takes_its_year_and_its_name() -> None:
    d = extract(REPORT_LIST, default_year=2027)
    assert d.title == "2025年县政府民生实事"
    assert (d.period[0].year, d.period[1].year) == (2025, 2025)
    assert sorted(t.value for t in d.targets if t.numeric and t.value is not None) == [6, 200]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("方案明确了8个方面共45项改革事项。", "scope"),
        ("确定以下六类20个项目为年度民生实事项目。", "scope"),
        ("“提升教育质量”类，共3项。", "count of the list"),
        ("县政府将为民办好十件实事。", "count of the list"),
        ("方案从6个领域提出32项具体举措。", "scope"),
        ("本方案明确了28项重点任务。", "count of the document"),
        ("给予小微企业8%以上价格扣除优惠。", "support rule"),
    ],
)
def test_counts_of_the_work_names_and_rule_parameters_are_not_targets(sentence: str, reason: str) -> None:
    d = extract(sentence, default_year=2024, period=PERIOD)
    assert [t.quote for t in d.targets if t.numeric] == []
    assert any(reason in e.reason for e in d.excluded), [e.reason for e in d.excluded]


def test_the_people_the_work_serves_are_read_as_words_not_as_a_count() -> None:
    d = extract("以全县1200多名低收入农户为主要对象开展帮扶。", default_year=2024, period=PERIOD)
    assert [t.quote for t in d.targets if t.numeric] == []


def test_a_count_of_projects_that_is_itself_the_work_stays_a_target() -> None:
    assert [v for v, _, _ in numeric("全年实施重点项目60个。")] == [60]
    assert [v for v, _, _ in numeric("全年完成30项重点改革任务。")] == [30]
    assert [v for v, _, _ in numeric("新建5个社区食堂。")] == [5]


def test_a_lone_site_date_gives_the_year_of_issue() -> None:
    text = "2022-03-13\n某县城市建设工作方案\n一、主要目标\n新建公园5个。"
    assert read_structure(text.splitlines()).issued == dt.date(2022, 3, 13)
    d = extract(text, default_year=2026)
    assert d.period[0].year == 2022


def test_a_posting_date_dates_the_page_only_when_nothing_better_does() -> None:
    text = "某县城市建设工作方案\n发布日期:2023-04-02 10:15\n一、主要目标\n新建公园5个。\n某县人民政府\n2023年3月28日"
    assert read_structure(text.splitlines()).issued == dt.date(2023, 3, 28)


def test_a_breadcrumb_split_over_two_lines_is_furniture_not_the_title() -> None:
    text = "首页\n> 政务公开 > 其他文件\n某县城市建设工作方案\n一、主要目标\n新建公园5个。"
    st = read_structure(text.splitlines())
    assert st.parts[:2] == ("site_chrome", "site_chrome")
    assert st.title == "某县城市建设工作方案"


PAGE_WITH_TABLE = """首页
> 政务公开 > 其他文件 > 某政办发
索引号: 001/2023-0042 公开方式: 主动公开
发文文号: 某政办发〔2023〕5号 发布机关: 市政府办公室
成文日期: 2023-02-20
某市人民政府办公室关于印发2023年重点工作责任分解的通知
发布日期:2023-02-22 10:00 信息来源:市政府办公室
各县(市、区)人民政府,市级有关部门(单位):
《2023年重点工作责任分解》已经市政府同意,现印发给你们,请认真贯彻执行。
某市人民政府办公室
2023年2月20日
(此件公开发布)
2023年重点工作责任分解
1\t新建城市公园8个。\t市建设局
2\t开展服务企业专项行动,解决企业诉求。\t市经信局"""


def test_a_web_pages_short_furniture_lines_do_not_make_it_look_like_ocr_columns() -> None:
    from targetctl.domain.drafting.lines import broken_lines
    from targetctl.domain.sources import line_breaks, normalise

    assert not broken_lines(PAGE_WITH_TABLE)
    flat = normalise(PAGE_WITH_TABLE)
    # the row's number stays with its row: a clause never runs from one row's last cell into the next
    assert flat.index("2开展服务企业") in line_breaks(PAGE_WITH_TABLE)


def test_ocr_columns_are_still_recognised() -> None:
    from targetctl.domain.drafting.lines import broken_lines

    columns = (
        "本报讯 今年以来，我县坚持把\n项目建设作为经济工作的重中\n之重，全年新开工项目达到\n"
        "120个，完成投资超过80亿\n元，同比增长百分之十二。"
    )
    assert broken_lines(columns)


def test_a_tables_row_number_is_quoted_with_the_programme_its_row_names() -> None:
    from tests.domain.test_drafting import traced_clean

    d = extract(PAGE_WITH_TABLE, default_year=2026, ocr=False)
    assert traced_clean(PAGE_WITH_TABLE, d)


VOTED = """微信扫一扫
今天，县人大代表投票表决，在15项民生实事候选项目中选出了10件2025年某县人民政府民生实事项目。一起来看看吧。
01
教育惠民项目
新建幼儿园3所，新增学位900个。
02
养老服务项目
新增社区助餐点20个。"""


def test_a_voted_list_is_named_and_dated_by_the_sentence_that_reports_the_vote() -> None:
    d = extract(VOTED, default_year=2027)
    assert d.title == "2025年某县人民政府民生实事项目"
    assert (d.period[0].year, d.period[1].year) == (2025, 2025)
    assert sorted(t.value for t in d.targets if t.numeric and t.value is not None) == [3, 20, 900]
    assert not any("微信" in p.title for p in d.all_programmes())


def test_a_list_run_on_after_its_colon_is_still_named_and_dated() -> None:
    text = "2025年，市政府将继续办好十件民生实事：一是新增普惠托位2000个；二是改造农村公路300公里。"
    d = extract(text, default_year=2027)
    assert d.title == "2025年市政府十件民生实事"
    assert (d.period[0].year, d.period[1].year) == (2025, 2025)


ITEMS = """县政府将办好以下十件民生实事
3000名老年人享受助餐服务
新建社区卫生服务站4个
20公里城市绿道贯通
1.5万名学生免费体检
8个老旧小区完成改造
新增公共停车泊位1200个
60个村完成人居环境整治
2所中学新建食堂
100名困难群众获得法律援助
5万人次参加全民健身赛事"""


def test_a_list_of_unpunctuated_items_is_not_read_as_ocr_columns() -> None:
    from targetctl.domain.drafting.lines import broken_lines

    assert not broken_lines(ITEMS)
    d = extract(ITEMS, default_year=2025)
    assert len([t for t in d.targets if t.numeric]) == 10
    assert all(len(t.quote) <= 20 for t in d.targets if t.numeric)


def test_a_row_of_the_sites_buttons_is_furniture_and_the_dateline_under_it_too() -> None:
    text = (
        "2024年政府工作报告\n来源:某县人民政府办公室 发布时间: 2024-01-10 09:00\n加大字体 缩小字体 收藏 取消收藏 打印\n"
        "——2024年1月5日在某县第十届人民代表大会\n第三次会议上\n某县人民政府县长  王某某\n各位代表:\n"
        "一、2024年工作安排\n新建公园5个。"
    )
    parts = [p for line, p in zip(text.splitlines(), read_structure(text.splitlines()).parts, strict=True) if line]
    assert parts[2:6] == ["site_chrome", "subtitle", "subtitle", "speaker"]


def test_an_item_that_opens_with_its_count_is_a_target_even_when_it_ends_in_a_projects_name() -> None:
    got = numeric("十件民生实事\n3万名儿童视力筛查全覆盖项目\n8个口袋公园建设工程", year=2025)
    assert [v for v, _, _ in got] == [3, 8]


def test_a_rules_hint_holds_a_character_of_its_example() -> None:
    from targetctl.domain.drafting.grammar import NOT_TARGETS

    for rule in NOT_TARGETS:
        assert rule.hint is None or rule.hint.search(rule.example), rule.name
