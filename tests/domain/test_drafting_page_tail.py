"""A site's lines after the document (buttons in brackets, previous and next links, the site's
owner and map) are furniture, never a programme (our own page)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.structure import read_structure

PAGE = """青川市人民政府办公室关于印发青川市2025年民生实事项目实施方案的通知
青政办发〔2025〕6号
各区县人民政府，市政府各部门：
现将《青川市2025年民生实事项目实施方案》印发给你们，请认真组织实施。
青川市人民政府办公室
2025年3月1日
青川市2025年民生实事项目实施方案
一、总体目标
2025年，全市新建城市书房20个，新增托位2000个。
二、保障措施
各部门要明确责任。
抄送：市委各部门，市人大常委会办公室。
青川市人民政府办公室 2025年3月1日印发
{tail}
"""


@pytest.mark.parametrize(
    "tail",
    [
        "【我要打印】【关闭窗口】",
        "[打印本页] [关闭窗口] [返回顶部]",
        "上一篇：关于做好春耕生产的通知\n下一篇：青川市2025年政府工作报告",
        "主办单位：青川市人民政府办公室 承办单位：青川市大数据中心",
        "网站标识码：3301000001",
        "联系我们 | 网站地图 | 使用帮助",
    ],
)
def test_a_sites_lines_after_the_document_are_no_programme(tail: str) -> None:
    d = extract(PAGE.format(tail=tail), default_year=2025)
    titles = [p.title for p in d.all_programmes()]
    assert titles == ["总体目标", "保障措施"]
    assert d.title == "青川市2025年民生实事项目实施方案"


REPORT_WITH_ANNEX = """青川市2026年政府工作报告
各位代表：
一、2026年主要工作
全年新建城市书房20个。
名词解释
1．城市书房：设在街区的公共阅读空间。
附件
2026年5件民生实事
一、扩大就业
年度目标：城镇新增就业3万人以上。
主办单位：市人力资源社会保障局，各区县人民政府
二、建设托育设施
年度目标：新增普惠托位1200个。
主办单位：市卫生健康委，各区县人民政府
"""


def test_an_annex_after_the_notes_is_read_and_its_lead_units_are_no_site_footer() -> None:
    # the notes on terms end at 附件; each item's 主办单位 line is the project's, not the site's
    d = extract(REPORT_WITH_ANNEX, default_year=2026)
    assert sorted(t.value or 0 for t in d.targets if t.numeric) == [3, 20, 1200]
    assert not [e for e in d.excluded if "城镇新增就业" in e.quote]


def test_a_list_of_attachments_a_printed_page_wrapped_is_one_note() -> None:
    text = (
        "某市人民政府关于加快推进蔬菜产业发展的实施意见\n一、主要目标\n到2033年，全市蔬菜产量达到300万吨。\n"
        "附件：1.蔬菜产业扶持资金计划表2.2031-\n2035年全市蔬菜产量和基地建设计划表3.年度任务分解表\n"
    )
    parts = read_structure(text.splitlines()).parts
    assert parts[-2:] == ("attachment_note", "attachment_note")
    d = extract(text, default_year=2031)
    assert [(t.value, t.due) for t in d.targets if t.numeric] == [(Decimal(300), dt.date(2033, 12, 31))]


def test_an_attachment_printed_under_its_note_is_read_not_taken_for_the_note() -> None:
    # the note names the list whole; the list itself follows (its title, its items), no signature between
    text = (
        "某县人民政府办公室关于印发某县2031年重点工作任务清单的通知\n各乡镇人民政府，县直各单位：\n"
        "现将《某县2031年重点工作任务清单》印发给你们，请认真抓好落实。\n附件：某县2031年重点工作任务清单\n"
        "某县2031年重点工作任务清单\n1.全年新建改建农村公路120公里。\n2.新增城镇就业3000人以上。\n"
    )
    parts = read_structure(text.splitlines()).parts
    assert "attachment_note" not in parts[4:]
    d = extract(text, default_year=2031)
    assert sorted(t.value or 0 for t in d.targets if t.numeric) == [120, 3000]


def test_a_heading_after_a_bare_attachment_note_is_the_attachments_own() -> None:
    text = (
        "某县2031年农业农村工作要点\n一、主要目标\n全年粮食播种面积稳定在80万亩。\n附件：\n"
        "某县2031年农业重点项目计划\n1.新建高标准农田5万亩。\n二、年度工作计划\n全年新建农村公路60公里。\n"
    )
    parts = read_structure(text.splitlines()).parts
    assert "attachment_note" not in parts[4:]
