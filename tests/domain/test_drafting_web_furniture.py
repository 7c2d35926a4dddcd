"""A web page's own lines around a document are furniture, never its title or a programme
(our own pages, in the shape government sites give them)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.structure import read_structure

PAGE = """当前位置: 网站首页 > 政府信息公开 > 其他文件
索引号: 001/2024-00038
名称: 某县城市建设工作方案 文号: 某政办〔2024〕1号
发文日期: 2024-01-14
某县城市建设工作方案
一、主要目标
新建公园5个。
Copyright © 2024 某县人民政府 版权所有
蜀ICP备12345678号"""


def test_breadcrumb_and_record_lines_are_furniture_and_date_the_document() -> None:
    st = read_structure(PAGE.splitlines())
    assert st.parts[:4] == ("site_chrome", "metadata", "metadata", "metadata")
    assert st.title == "某县城市建设工作方案"
    assert st.issued == dt.date(2024, 1, 14)
    assert st.parts[-2:] == ("site_chrome", "site_chrome")


def test_a_web_page_drafts_under_its_own_title_and_year() -> None:
    d = extract(PAGE, default_year=2026)
    assert d.title == "某县城市建设工作方案"
    assert d.period[0].year == 2024
    assert [p.title for p in d.all_programmes()] == ["主要目标"]
    assert not [e for e in d.excluded if e.reason.startswith("context") and ("ICP" in e.quote or "名称" in e.quote)]


def test_a_lone_date_line_is_not_a_programme() -> None:
    d = extract("2022-03-13\n某县城市建设工作方案\n一、主要目标\n新建公园5个。", default_year=2026)
    assert [p.title for p in d.all_programmes()] == ["主要目标"]
    assert d.title == "某县城市建设工作方案"


def test_a_source_line_first_is_not_the_title() -> None:
    d = extract("来源：县融媒体中心\n到2025年，新建公园5个。", default_year=2026)
    assert d.title != "来源"
    assert any(e.reason.startswith("document furniture") and "来源" in e.quote for e in d.excluded)


# a page saved with its record as a table (cells apart by |), its address wrapped onto a second line
# as a PDF prints it, and a copying site's headline over the document's title
RECORD_TABLE = """索引号: | 001234567/2031-00012 | 公开方式: | 主动公开 |
文号: | 公开日期: | 2031-03-02 | |
发布单位: | 某市林业局 | 主题分类: | 农业、林业 |
原始链接：https://www.example.gov.cn/zwgk/ghjh/203103/
t20310302_123456.htm
某站重要通知!
某市林业局
关于2031年林业重点工作的通知
一、主要目标
全年完成造林面积3万亩。"""


def test_a_record_table_a_wrapped_address_and_a_sites_headline_are_furniture() -> None:
    st = read_structure(RECORD_TABLE.splitlines())
    assert st.parts[:6] == ("metadata",) * 6
    assert st.title == "某市林业局关于2031年林业重点工作的通知"
    d = extract(RECORD_TABLE, default_year=2032)
    assert [p.title for p in d.programmes] == ["主要目标"]
    assert d.period[0] == dt.date(2031, 1, 1)


def test_an_exclamation_in_the_body_is_no_headline() -> None:
    text = "某市林业局关于2031年林业重点工作的通知\n一、主要目标\n撸起袖子加油干！\n全年完成造林面积3万亩。"
    st = read_structure(text.splitlines())
    assert st.title == "某市林业局关于2031年林业重点工作的通知"
    assert "metadata" not in st.parts


def test_the_sites_record_names_a_text_whose_first_line_a_pdf_wrapped() -> None:
    text = (
        "标题：某市林业局2031年工作计划\n栏目：年度计划\n正文：\n"
        "2031年是深入推进林业高质量发展、加快建设生态强市的关键一年\n"
        "，全局上下要统筹推进各项工作。\n一、重点工作\n全年完成造林面积3万亩。\n"
    )
    st = read_structure(text.splitlines())
    assert st.title == "某市林业局2031年工作计划"
    assert st.parts[3] == "body"


@pytest.mark.parametrize(
    "text",
    [
        "信息分类分级保护工作实施方案\n一、主要目标\n全年完成数据目录编制50项。",  # a title on a record word
        "关于2031年数据工作的通知\n统一编码体系全面建立，全年完成数据目录编制50项。",  # a first sentence
    ],
)
def test_a_line_that_opens_on_a_records_word_without_its_colon_is_no_record(text: str) -> None:
    lines = text.splitlines()
    st = read_structure(lines)
    assert st.title == lines[0]
    assert "metadata" not in st.parts
    d = extract(text, default_year=2031)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(50)]


def test_a_title_the_sites_record_also_names_stays_the_plans_title() -> None:
    # the record names the notice that published the list; the text opens with the list's own title
    text = (
        "标题：某县人民政府关于2031年十件民生实事项目的公告\n栏目：通知公告\n正文：\n某县2031年十件民生实事项目\n"
        "为持续增进民生福祉，经县人民代表大会票决，确定2031年十件民生实事项目如下：\n"
        "一、新建改建农村公路120公里。\n二、新增城镇就业3000人以上。\n"
    )
    st = read_structure(text.splitlines())
    assert st.title == "某县2031年十件民生实事项目"
    assert st.parts[3] == "title"


# a page that heads the notice with the plan's title, and sets the attached plan's title in bold pieces
HEADED = """归档时间：2024-10-09
当前位置：首页 > 政策资讯
某省工业领域设备更新实施方案
来源：某省人民政府门户网站
关于印发某省工业领域设备更新实施方案的通知
某工信投资〔2024〕9号
各市州相关单位：
某省工业和信息化厅等部门制定了《某省工业领域设备更新实施方案》，现在印发给你们，请抓好贯彻执行。
某省工业和信息化厅
2024年4月23日
**某省工业领域设备更新** **实施方案**
一、主要目标
到2027年，设备投资规模较2023年增长25%以上。"""


def test_a_pages_headline_over_a_notice_is_no_title_repeated_and_the_notice_is_furniture() -> None:
    st = read_structure(HEADED.splitlines())
    assert st.parts[0] == "metadata"
    assert st.title == "某省工业领域设备更新实施方案" and st.forwarded
    assert st.parts[10] == "title"
    assert all(p != "body" for p in st.parts[:10])
    d = extract(HEADED, default_year=2026)
    assert [p.title for p in d.all_programmes()] == ["主要目标"]
    assert d.period[0].year == 2024
