"""Furniture that any document of its shape shows, found by a sweep over real notices as a district
office receives them (our own texts): the addressees of a page that opens without its title."""

from __future__ import annotations

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.structure import read_structure

# a site's copy that opens below the title: the addressees (主送机关) are its first line
UNTITLED = """各镇人民政府，区直各部门，各有关单位：
为推动城区供水提质，到2027年，全区供水管网漏损率控制在9%以内。现将有关事项通知如下：
一、改造老旧供水管网
改造老旧供水管网120公里。
二、建设智慧水务平台
建成智慧水务平台1个。
"""


def test_the_addressees_that_open_an_untitled_page_are_furniture_never_a_programme() -> None:
    st = read_structure(UNTITLED.splitlines())
    assert st.parts[0] == "addressee"
    draft = extract(UNTITLED, default_year=2026)
    assert all("人民政府" not in p.title for p in draft.all_programmes())
    assert any("各镇人民政府" in e.quote and "主送机关" in e.reason for e in draft.excluded)


# a news item that opens on its dateline: the day is when it was reported, not a programme's name
DATELINE = """3月9日，记者从青川市住房和城乡建设局获悉，今年全市计划筹集保障性租赁住房3000套。
一、加快项目建设
新开工保障性租赁住房项目12个。
二、强化资金保障
"""


def test_a_dateline_that_opens_a_news_item_never_names_a_programme() -> None:
    draft = extract(DATELINE, default_year=2026)
    assert all(p.title != "3月9日" for p in draft.all_programmes())


# a copying site's source tag opens the item: 【青川新闻网讯】
TAGGED = """【青川新闻网讯】推进老旧小区改造，今年全市改造老旧小区80个。
一、完善配套设施
加装电梯200部。
"""


def test_a_copying_sites_source_tag_is_not_part_of_the_first_programmes_name() -> None:
    draft = extract(TAGGED, default_year=2026)
    assert all("网讯" not in p.title and "】" not in p.title for p in draft.all_programmes())


# a draft for comment: the title broken over two lines, its status in brackets on a line of its own
FOR_COMMENT = """青川县促进县域商贸流通

若干措施

（征求意见稿）

为激发消费活力，结合我县实际，制定以下措施。
一、培育消费新场景
到2027年，建成特色商业街区3个。
二、完善流通网络
"""


def test_a_title_and_its_status_line_under_it_are_one_title_never_a_programme() -> None:
    st = read_structure(FOR_COMMENT.splitlines())
    assert st.title == "青川县促进县域商贸流通若干措施（征求意见稿）"
    draft = extract(FOR_COMMENT, default_year=2026)
    assert all(p.title not in ("若干措施", "征求意见稿") for p in draft.all_programmes())
