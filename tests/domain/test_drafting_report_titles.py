"""A work report copied from a news site: the title stands alone, whatever the site put around
it — a source line, the occasion line with the speaker, a photo's caption above (our own texts)."""

from __future__ import annotations

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.structure import read_structure

SOURCED = """2026年青川省政府工作报告
来源：省政府研究室
2026年1月20日在青川省第十届人民代表大会第四次会议上青川省人民政府省长 张某某作政府工作报告
各位代表：
一、2026年重点工作
今年地区生产总值增长5%左右。
"""

CAPTIONED = """政府工作报告。 青川日报记者 王某 摄
政府工作报告
（2026年1月20日在青川省第十届人民代表大会第四次会议上）
省长 张某某
各位代表：
一、2026年重点工作
今年地区生产总值增长5%左右。
"""


def test_a_source_line_and_the_occasion_line_are_not_part_of_the_title() -> None:
    st = read_structure(SOURCED.splitlines())
    assert st.title == "2026年青川省政府工作报告"
    assert extract(SOURCED, default_year=2026).title == "2026年青川省政府工作报告"


def test_a_photos_caption_above_the_title_is_furniture() -> None:
    st = read_structure(CAPTIONED.splitlines())
    assert st.title == "政府工作报告"
    assert st.parts[0] == "photo_caption"
    draft = extract(CAPTIONED, default_year=2026)
    assert draft.title == "政府工作报告"
    assert [t.due.year if t.due else None for t in draft.targets if t.numeric] == [2026]


# a copying site's headline, then the report's own heading, letter-spaced as printed
REPEATED_HEADING = """2031年青川县政府工作报告
政 府 工 作 报 告
2031年1月9日在青川县第九届人民代表大会第三次会议上
青川县人民政府县长 王某
各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议。
一、2031年主要目标
地区生产总值增长6%左右。
"""


def test_a_heading_that_repeats_the_headlines_end_is_not_joined_to_it() -> None:
    st = read_structure(REPEATED_HEADING.splitlines())
    assert st.title == "2031年青川县政府工作报告"
    assert st.parts[1] == "title"  # the repeat is the title's, never a programme or body
    assert extract(REPEATED_HEADING, default_year=2040).title == "2031年青川县政府工作报告"


# a plan-execution report is delivered by an office, named under the dateline, not by a person
DELIVERED_BY_AN_OFFICE = """关于青川市2031年国民经济和社会发展计划执行情况与2032年计划草案的报告
——2032年1月12日在青川市第九届人民代表大会第二次会议上
青川市发展和改革委员会
各位代表：
受市人民政府委托，现将计划草案提请审议。
一、2032年主要预期目标
地区生产总值增长6%左右。
"""


def test_the_office_that_delivers_a_report_is_furniture_never_a_programme() -> None:
    st = read_structure(DELIVERED_BY_AN_OFFICE.splitlines())
    assert st.parts[2] == "speaker"
    draft = extract(DELIVERED_BY_AN_OFFICE, default_year=2040)
    assert all("发展和改革委员会" not in p.title for p in draft.all_programmes())
