"""A page saved with its site's record above the text (标题：… 栏目：… 原始链接：… 正文：): the
record is furniture and its 标题 field names the document when the text opens without a title
(our own texts)."""

from __future__ import annotations

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.structure import read_structure

PAGE = [
    "标题：2026年青川市人民政府工作报告",
    "发布时间：2026-01-20 09:30",
    "来源：青川日报",
    "栏目：政府工作报告",
    "原始链接：http://www.example.gov.cn/zw/gzbg/202601/t1.htm",
    "",
    "正文：",
    "——2026年1月12日在青川市第九届人民代表大会第五次会议上",
    "各位代表：",
    "一、2026年主要目标",
    "全市地区生产总值增长6%左右。",
]


def test_the_record_fields_are_furniture() -> None:
    st = read_structure(PAGE)
    assert all(st.parts[i] != "body" for i in range(7))


def test_the_record_title_names_a_text_that_opens_without_one() -> None:
    assert read_structure(PAGE).title == "2026年青川市人民政府工作报告"
    d = extract("\n".join(PAGE), default_year=2026)
    assert d.title == "2026年青川市人民政府工作报告"
    assert not any("栏目" in p.title for p in d.all_programmes())
