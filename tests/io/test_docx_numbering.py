"""Headings numbered by Word itself (automatic numbering) read with their numbers, as Word shows them."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from targetctl.domain.drafting.extract import extract
from targetctl.io.documents import read_document

# one list: level 0 一、 二、 (Chinese counting), level 1 （一）, level 2 1．
_ABSTRACT = f"""<w:abstractNum {nsdecls("w")} w:abstractNumId="90">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3．"/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
</w:abstractNum>"""
_NUM = f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'


def _numbered(document: docx.document.Document, text: str, level: int) -> None:
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
    )


def _document(tmp_path: Path) -> Path:
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(_ABSTRACT))
    numbering.append(parse_xml(_NUM))
    document.add_paragraph("青川市节水行动实施方案")
    _numbered(document, "总体目标", 0)
    document.add_paragraph("到2025年，全市万元地区生产总值用水量下降16%。")
    _numbered(document, "重点任务", 0)
    _numbered(document, "推进农业节水", 1)
    _numbered(document, "新增高效节水灌溉面积5万亩。", 2)
    _numbered(document, "推广喷灌滴灌。", 2)
    _numbered(document, "推进工业节水", 1)
    _numbered(document, "一项不计数的要点", 3)
    _numbered(document, "保障措施", 0)
    path = tmp_path / "numbered.docx"
    document.save(str(path))
    return path


def test_word_numbering_is_read_as_word_shows_it(tmp_path: Path) -> None:
    lines = read_document(_document(tmp_path)).text.splitlines()
    assert lines == [
        "青川市节水行动实施方案",
        "一、总体目标",
        "到2025年，全市万元地区生产总值用水量下降16%。",
        "二、重点任务",
        "（一）推进农业节水",
        "1．新增高效节水灌溉面积5万亩。",
        "2．推广喷灌滴灌。",
        "（二）推进工业节水",
        "一项不计数的要点",
        "三、保障措施",
    ]


def test_numbered_headings_make_the_programme_tree(tmp_path: Path) -> None:
    draft = extract(read_document(_document(tmp_path)).text, default_year=2026, ocr=False)
    assert [p.title for p in draft.programmes] == ["总体目标", "重点任务", "保障措施"]
    assert [c.title for c in draft.programmes[1].children] == ["推进农业节水", "推进工业节水"]


def test_counters_restart_under_a_new_higher_item_and_formats_read_as_in_chinese_documents() -> None:
    from targetctl.io.wordnumbering import Numbering, _Level, formatted

    numbering = Numbering({"1": {0: _Level("chineseCounting", "%1、"), 1: _Level("decimal", "%1.%2")}}, {"7": "1"})
    labels = [numbering.label("7", level) for level in (0, 1, 1, 0, 1)]
    assert labels == ["一、", "一.1", "一.2", "二、", "二.1"]  # %1 in its own level's format, as Word shows it
    assert numbering.label("8", 0) == ""  # a list the document does not define: no number
    assert [formatted(n, "chineseCounting") for n in (10, 12, 20, 35)] == ["十", "十二", "二十", "三十五"]
    assert formatted(3, "decimalEnclosedCircle") == "③" and formatted(2, "ideographTraditional") == "乙"
    assert formatted(4, "upperRoman") == "IV" and formatted(28, "lowerLetter") == "bb"


def test_a_malformed_numbering_part_is_one_clear_refusal(tmp_path: Path) -> None:
    import zipfile

    import pytest

    from targetctl.domain.problems import TargetctlError

    path = _document(tmp_path)
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, b"<w:numbering" if item.filename == "word/numbering.xml" else data)
    with pytest.raises(TargetctlError) as caught:
        read_document(broken)
    assert "numbering" in str(caught.value)


def test_a_heading_style_linked_to_a_list_numbers_its_paragraphs(tmp_path: Path) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(
        0, parse_xml(_ABSTRACT.replace('<w:lvl w:ilvl="0">', '<w:lvl w:ilvl="0"><w:pStyle w:val="PlanHeading"/>'))
    )
    numbering.append(parse_xml(_NUM))
    style = document.styles.add_style("PlanHeading", WD_STYLE_TYPE.PARAGRAPH)
    style.element.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="90"/></w:numPr>'))
    document.add_paragraph("总体目标", style="PlanHeading")
    document.add_paragraph("到2025年，新增绿地50公顷。")
    document.add_paragraph("重点任务", style="PlanHeading")
    document.save(str(tmp_path / "styled.docx"))
    lines = read_document(tmp_path / "styled.docx").text.splitlines()
    assert lines == ["一、总体目标", "到2025年，新增绿地50公顷。", "二、重点任务"]
