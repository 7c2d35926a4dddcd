"""A report's notes on its terms may be headed by what they annotate (《政府工作报告》有关名词解读):
they are definitions, never targets (our own text)."""

from __future__ import annotations

import pytest

from targetctl.domain.drafting.extract import extract

REPORT = """2026年青川省政府工作报告
——2026年1月20日在青川省第十届人民代表大会第四次会议上
一、2026年重点工作
今年地区生产总值增长5%左右，新建5G基站1万个。
附件
{heading}
1.“双百工程”：重点培育2家领军企业、20家左右链主企业和100家以上专精特新企业。
2.“三进”行动：科技、金融、人才进园区，每年服务企业500家次。
"""


@pytest.mark.parametrize(
    "heading",
    ["《政府工作报告》有关内容名词注释", "政府工作报告名词解读", "《2026年政府工作报告》有关名词解释"],
)
def test_notes_on_terms_headed_by_the_report_they_annotate_draft_nothing(heading: str) -> None:
    draft = extract(REPORT.format(heading=heading), default_year=2026)
    assert [t.quote for t in draft.targets if t.numeric] == ["今年地区生产总值增长5%左右", "新建5G基站1万个"]


def test_a_sentence_about_notes_is_no_glossary_heading() -> None:
    text = REPORT.format(heading="各地要加强对政策名词注释的宣传解读。").replace("附件\n", "")
    draft = extract(text, default_year=2026)
    assert len([t for t in draft.targets if t.numeric]) > 2
