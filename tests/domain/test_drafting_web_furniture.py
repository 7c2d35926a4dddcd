"""A web page's own lines around a document are furniture, never its title or a programme
(our own pages, in the shape government sites give them)."""

from __future__ import annotations

import datetime as dt

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
