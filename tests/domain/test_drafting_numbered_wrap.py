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


LONG_HEADINGS = """某县“十五五”规划纲要，根据有关建议制定，阐明全县发展战略，是全县人民共同的行动纲领。
一、坚持创新驱动，加快建设现代化产业体系，奋力谱写高质量发展新篇章
“十五五”时期是我县全面发力、突破提升的关键阶段。
（一）发展基础
“十四五”时期，全县地区生产总值突破500亿元，城乡居民收入稳步增长，各项事业取得新进展。
二、坚持改革开放，加快建设更高水平开放型经济，奋力谱写城乡融合发展新篇章
（一）主要目标
"""


def test_a_long_heading_with_commas_still_does_not_count() -> None:
    assert not broken_lines(LONG_HEADINGS)


COLUMN = """某区2024年民生实事项目
经区人民代表大会投票表决，确定以下项目为2024年度
区政府民生实事项目，由各责任单位抓好落实，按期完
成建设任务，定期向社会公开项目进展，接受群众监督
1.实施第一小学扩建工程。
2.建设区医疗专家会诊中心。
3.改造老旧小区12个。
4.新建农村公路30公里。
"""


def test_items_of_one_sentence_do_not_outweigh_a_column_of_broken_lines() -> None:
    assert broken_lines(COLUMN)
