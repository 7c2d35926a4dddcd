"""io.wordtext: a .docx body in reading order, tables in their place, merged cells taken once; and
what no Word document holds refused with the reason."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from targetctl.io.documents import read_document
from targetctl.io.wordtext import Refused, docx_text


def test_tables_stand_in_their_place_with_merged_cells_taken_once(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("一、主要指标")
    table = document.add_table(rows=3, cols=3)
    for r, values in enumerate([["类别", "指标", "目标值"], ["", "森林覆盖率", "45"], ["", "湿地保护率", "60"]]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(0, 0).text = "类别"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "生态"  # merged down two rows
    document.add_paragraph("二、重点任务")
    document.save(str(tmp_path / "t.docx"))
    lines = read_document(tmp_path / "t.docx").text.splitlines()
    assert lines == ["一、主要指标", "类别\t指标\t目标值", "生态\t森林覆盖率\t45", "\t湿地保护率\t60", "二、重点任务"]


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _package(path: Path, body: str, member: str = "word/document.xml") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, body)
    return path


def test_docx_text_reads_paragraphs_in_order_and_skips_a_fallback_copy(tmp_path: Path) -> None:
    body = (
        f'<w:document xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        "<w:body><w:p><w:r><w:t>一、</w:t></w:r><w:r><w:t>目标</w:t></w:r></w:p>"
        "<mc:AlternateContent><mc:Choice><w:p><w:r><w:t>文本框</w:t></w:r></w:p></mc:Choice>"
        "<mc:Fallback><w:p><w:r><w:t>文本框</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>"
        "<w:p><w:r><w:t>二、任务</w:t></w:r></w:p></w:body></w:document>"
    )
    assert docx_text(_package(tmp_path / "a.docx", body)).splitlines() == ["一、目标", "文本框", "二、任务"]


@pytest.mark.parametrize(
    ("body", "member", "says"),
    [
        (f'<!DOCTYPE d [<!ENTITY x "y">]><w:document xmlns:w="{W}"/>', "word/document.xml", "DTD"),
        (f'<w:document xmlns:w="{W}"><w:body>', "word/document.xml", "malformed"),
        ("<x/>", "word/other.xml", "not a Word document"),
        (f'<w:document xmlns:w="{W}">' + "<w:p>" * 300 + "</w:p>" * 300 + "</w:document>", "word/document.xml", "deep"),
    ],
)
def test_docx_text_refuses_what_no_word_document_holds(tmp_path: Path, body: str, member: str, says: str) -> None:
    with pytest.raises(Refused, match=says):
        docx_text(_package(tmp_path / "a.docx", body, member))


def test_a_file_that_is_no_zip_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.docx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(Refused, match="damaged or encrypted"):
        docx_text(tmp_path / "a.docx")
