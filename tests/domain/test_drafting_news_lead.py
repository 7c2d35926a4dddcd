"""A news report that quotes a document in full after its lead: the document is what follows
(our own text)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.prepare import NEWS_LEAD

REPORT = """3月2日，青川市人民政府印发关于明确2026年重点工作责任单位的通知。
文件提出，全年新开工老旧小区项目35个，完成改造2300户。
原文如下：
青川市人民政府关于明确2026年重点工作责任单位的通知
各县（市、区）人民政府，市人民政府各部门：
现将2026年重点工作任务予以分解，请认真抓好落实。
一、城市建设
1.新开工老旧小区项目35个，完成改造2300户。（责任单位：市住建局）
青川市人民政府
2026年3月1日
"""


def test_the_document_quoted_in_full_is_the_plan_and_its_lead_is_read_as_its_text() -> None:
    d = extract(REPORT, default_year=2030)
    assert d.title == "青川市人民政府关于明确2026年重点工作责任单位的通知"
    # what the lead reports the document sets is read too: a page may quote the document in part
    assert [t.value for t in d.targets if t.numeric] == [Decimal(35), Decimal(2300), Decimal(35), Decimal(2300)]
    lead = [e.quote for e in d.excluded if e.reason == NEWS_LEAD]
    assert lead == ["3月2日，青川市人民政府印发关于明确2026年重点工作责任单位的通知。", "原文如下："]


def test_a_notices_own_words_broken_before_通知如下_are_no_news_lead() -> None:
    text = "青川市教育局关于做好2026年春季开学工作的通知\n各县（市、区）教育局：\n"
    text += "现就有关事项\n通知如下：\n一、新建学校3所。\n"
    d = extract(text, default_year=2030)
    assert not [e for e in d.excluded if e.reason == NEWS_LEAD]


def test_a_page_whose_原文如下_is_followed_by_no_text_is_read_as_it_stands() -> None:
    # only an attachment's link and the page's footer follow: the headline is the title
    text = "市政府办公室印发《青川市充电设施建设方案》\n近日，市政府办公室印发方案。方案提出，全年新建充电桩5000个。\n"
    text += "原文如下：\n\n附件：青川市充电设施建设方案.pdf\n\n责任编辑：李明\n"
    d = extract(text, default_year=2026)
    assert d.title == "市政府办公室印发《青川市充电设施建设方案》"
    assert [t.value for t in d.targets if t.numeric] == [Decimal(5000)]


@pytest.mark.parametrize(
    "headline",
    ["2026年青川市十件民生实事出炉!件件连着你我", "重磅！青川市2026年十件民生实事出炉"],
)
def test_a_news_headline_with_an_exclamation_inside_is_the_pages_title(headline: str) -> None:
    lead = "  青川网讯 2月20日，市人代会票决产生了今年的十件民生实事。"
    page = f"{headline}\n\n2026-02-20 15:29:20\n\n{lead}\n\n  01.新建幼儿园12所。\n"
    d = extract(page, default_year=2030)
    assert d.title == headline
    assert [t.value for t in d.targets if t.numeric] == [Decimal(12)]


@pytest.mark.parametrize("first", ["撸起袖子加油干！", "各位代表!", "青川市怎么办？这样办"])
def test_a_first_line_that_ends_on_an_exclamation_or_asks_is_no_title(first: str) -> None:
    d = extract(f"{first}\n\n新建幼儿园12所。\n", default_year=2030)
    assert not d.title
