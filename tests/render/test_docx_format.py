"""render.docx_format: fonts by script with no theme font left to override them, every style
marked zh-CN for East Asian text and en-GB for Latin, and table rows that print."""

from __future__ import annotations

import docx
from docx.oxml.ns import qn
from docx.styles.style import BaseStyle

from targetctl.render.docx_format import keep_with_next, printable_rows, set_fonts, style_document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _fonts(style: BaseStyle) -> dict[str, str]:
    fonts = style.element.find(f"{W}rPr/{W}rFonts")
    return {k.removeprefix(W): v for k, v in fonts.attrib.items()}


def test_chinese_body_and_heading_fonts_and_languages() -> None:
    doc = docx.Document()
    style_document(doc, "zh")
    body, heading = _fonts(doc.styles["Normal"]), _fonts(doc.styles["Heading 1"])
    assert (body["ascii"], body["eastAsia"]) == ("Times New Roman", "仿宋")
    assert (heading["ascii"], heading["eastAsia"]) == ("Times New Roman", "黑体")
    assert not any(key.endswith("Theme") for key in heading), "a theme font would win over the explicit one"
    lang = doc.styles["Normal"].element.find(f"{W}rPr/{W}lang").attrib
    assert (lang[f"{W}val"], lang[f"{W}eastAsia"]) == ("en-GB", "zh-CN")
    assert doc.styles["Heading 1"].font.color.rgb is None, "headings print black"


def test_the_english_interface_keeps_a_latin_body_font_and_a_chinese_one_for_chinese() -> None:
    doc = docx.Document()
    style_document(doc, "en")
    body = _fonts(doc.styles["Normal"])
    assert (body["ascii"], body["hAnsi"], body["eastAsia"]) == ("Calibri", "Calibri", "宋体")


def test_set_fonts_drops_theme_fonts() -> None:
    doc = docx.Document()
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:asciiTheme"), "minorHAnsi")
    set_fonts(rpr, "Arial", "宋体")
    assert _fonts(doc.styles["Normal"]) == {"ascii": "Arial", "hAnsi": "Arial", "cs": "Arial", "eastAsia": "宋体"}


def test_the_header_row_repeats_and_no_row_splits() -> None:
    doc = docx.Document()
    table = doc.add_table(rows=3, cols=2)
    printable_rows(table)
    marks = [[child.tag.removeprefix(W) for child in row._tr.trPr] for row in table.rows]
    assert marks == [["cantSplit", "tblHeader"], ["cantSplit"], ["cantSplit"]]
    paragraph = doc.add_paragraph("x")
    keep_with_next(paragraph)
    assert paragraph.paragraph_format.keep_with_next is True
