"""Paragraphs that open with a list marker (（1）, 1．) and wrap at a page's width (our own lines):
a marked line that holds a sentence is a paragraph's first line, not a heading, and counts
when deciding whether the lines break inside sentences."""

from __future__ import annotations

from targetctl.domain.drafting.lines import broken_lines

WRAPPED = """某县2026年民生工作安排
（1）抓好供水工作。到2026年底，全县改造老旧供水管网30公里，农村自来水普及率达到
98%，群众饮水安全得到保障，供水服务水平明显提升，用水更加方便。
（2）抓好教育工作。到2026年底，全县新建改扩建中小学校4所，新增学位
2000个，办学条件持续改善，教育质量稳步提高，群众更加满意放心。
（3）抓好养老工作。到2026年底，全县新建社区养老服务站点12个，护理型床位占比达到
60%，养老服务体系更加健全，老年人生活质量不断提高，社会更加和谐。
"""

HEADINGS = """某县2026年民生工作安排
（1）抓好供水工作
到2026年底，全县改造老旧供水管网30公里。
（2）抓好教育工作
到2026年底，全县新建改扩建中小学校4所。
（3）抓好养老工作
到2026年底，全县新建社区养老服务站点12个。
"""


def test_wrapped_paragraphs_that_open_with_a_marker_are_broken_lines() -> None:
    assert broken_lines(WRAPPED)


def test_short_headings_with_a_marker_still_do_not_count() -> None:
    assert not broken_lines(HEADINGS)
