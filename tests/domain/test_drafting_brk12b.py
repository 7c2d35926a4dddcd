"""Titles and addressees met by a careless user (our own texts): a title broken over two lines
whose second line carries its status in brackets (…三年行动方案（试行）), and a sentence that opens
an untitled page with 各… and ends in a colon (各级各部门务必高度重视，认真抓好下列重点工作：)."""

from __future__ import annotations

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.structure import read_structure

BROKEN_WITH_STATUS = """青川县优化营商环境
三年行动方案（试行）
第一章 总则
到2026年，全县新设市场主体达到5000户。
第二章 主要任务
企业开办时间压缩至1个工作日以内。
"""


def test_a_title_whose_second_line_ends_in_its_status_is_one_title() -> None:
    st = read_structure(BROKEN_WITH_STATUS.splitlines())
    assert st.title == "青川县优化营商环境三年行动方案（试行）"
    draft = extract(BROKEN_WITH_STATUS, default_year=2026)
    assert all("行动方案" not in p.title for p in draft.all_programmes())


@pytest.mark.parametrize(
    "opening",
    [
        "各级各部门务必高度重视，认真抓好下列重点工作：",
        "各地各部门切实加强组织领导，确保落实：",
        "各乡镇在年底前完成以下目标任务：",
    ],
)
def test_a_sentence_opening_an_untitled_page_with_ge_is_no_addressee(opening: str) -> None:
    text = f"{opening}\n新设市场主体达到5000户。\n企业开办时间压缩至1个工作日以内。\n"
    assert read_structure(text.splitlines()).parts[0] != "addressee"


@pytest.mark.parametrize(
    "opening",
    [
        "各乡镇人民政府，县直各部门：",
        "各镇人民政府，区直各部门，各有关单位：",
        "各区、县（市）人民政府，市政府各部门、各直属机构：",
        "各乡镇（街道），县级各部门：",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "各设区市住房城乡建设局(建委、房产局)、城管局、公积金中心,南京、无锡、苏州市园林(市政)局:",
        "各片区项目建设指挥部，区直各单位，各乡镇人民政府，各区属国企：",
        "各开发区管理办公室,各镇人民政府,各街道办事处,区管委会各相关部门:",
        "各位代表、同志们：",
    ],
)
def test_a_list_of_bodies_opening_an_untitled_page_is_its_addressees(opening: str) -> None:
    text = f"{opening}\n到2026年，新设市场主体达到5000户。\n一、主要任务\n企业开办时间压缩至1个工作日以内。\n"
    assert read_structure(text.splitlines()).parts[0] == "addressee"


@pytest.mark.parametrize("first_line", ["【青川新闻网讯】", "[青川日报讯]", "3月9日", "3月9日上午"])
def test_a_source_tag_or_dateline_on_a_line_of_its_own_is_no_title(first_line: str) -> None:
    text = f"{first_line}\n推进老旧小区改造，今年全市改造老旧小区80个。\n一、完善配套设施\n加装电梯200部。\n"
    draft = extract(text, default_year=2026)
    assert draft.title != first_line
    assert all(p.title != first_line for p in draft.all_programmes())
    assert any(t.value == 80 for t in draft.targets)


@pytest.mark.parametrize("horizon", ["到2026年", "2026年底前", "到2026年底"])
def test_a_horizon_opening_an_untitled_page_names_no_programme(horizon: str) -> None:
    text = f"各乡镇人民政府，县直各部门：\n{horizon}，全县新设市场主体达到5000户。\n一、主要任务\n新建公路10公里。\n"
    draft = extract(text, default_year=2025)
    assert all(p.title != horizon for p in draft.all_programmes())
    assert any(t.value == 5000 for t in draft.targets)
