"""Word's own formatting that python-docx has no API for: fonts by script, the language of
East Asian text, and table rows that print (a header repeated on each page, no row split).

Fonts follow Chinese office practice: 仿宋 for body text and 黑体 for headings under the
Chinese interface; the English interface keeps a Latin body font, and its Chinese text
(titles quoted from the plans) is still set in a Chinese font. Every style is marked
East Asian zh-CN, so Word, WPS and LibreOffice pick the Simplified Chinese forms, never
the Japanese variant of a shared CJK font.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HEADING_STYLES = ("Title", *(f"Heading {n}" for n in range(1, 10)))
FONTS = {
    # lang: (body Latin, body East Asian, heading Latin, heading East Asian)
    "zh": ("Times New Roman", "仿宋", "Times New Roman", "黑体"),
    "en": ("Calibri", "宋体", "Calibri", "黑体"),
}


def set_fonts(rpr: Any, latin: str, east_asian: str) -> None:
    """Explicit fonts for each script; theme fonts are dropped, since they win over explicit ones."""
    fonts = rpr.get_or_add_rFonts()
    for attr in list(fonts.attrib):
        if attr.endswith("Theme"):
            del fonts.attrib[attr]
    for script in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(script), latin)
    fonts.set(qn("w:eastAsia"), east_asian)


def set_language(rpr: Any) -> None:
    tag = rpr.find(qn("w:lang"))
    if tag is None:
        tag = OxmlElement("w:lang")
        rpr.insert_element_before(tag, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    # Latin text (ids, dates, numbers) is never Chinese: marked zh-CN, LibreOffice would break
    # 2020-12-31 or an id anywhere, as Chinese allows between any two characters
    tag.set(qn("w:val"), "en-GB")
    tag.set(qn("w:eastAsia"), "zh-CN")


def style_document(doc: Any, lang: str) -> None:
    """Fonts and language on the document defaults and on every paragraph and character style."""
    body_latin, body_east, head_latin, head_east = FONTS["zh" if lang == "zh" else "en"]
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if rpr is not None:
            set_fonts(rpr, body_latin, body_east)
            set_language(rpr)
    for style in doc.styles:
        if style.type not in (1, 2):  # paragraph and character styles carry run properties
            continue
        rpr = style.element.get_or_add_rPr()
        heading = style.name in HEADING_STYLES or style.name.startswith("Heading")
        if heading:
            set_fonts(rpr, head_latin, head_east)
            style.font.color.rgb = None  # black, as offices print, not the template's blue
        else:
            set_fonts(rpr, body_latin, body_east)
        set_language(rpr)


def printable_rows(table: Any) -> None:
    """The first row repeats at the top of every page; no row is split across two pages."""
    for index, row in enumerate(table.rows):
        trpr = row._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))
        if index == 0:
            trpr.append(OxmlElement("w:tblHeader"))


def keep_with_next(paragraph: Any) -> None:
    paragraph.paragraph_format.keep_with_next = True
