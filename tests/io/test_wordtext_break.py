"""io.wordtext under hostile packages (break-it review of issue 19): whatever a .docx declares,
it is read or refused with the reason, never an internal error."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from targetctl.domain.problems import TargetctlError
from targetctl.io.documents import read_document
from targetctl.io.wordtext import Refused, docx_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_BODY = f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>一、目标</w:t></w:r></w:p></w:body></w:document>'
_NUMBERING = f'<w:numbering xmlns:w="{W}"/>'


def _package(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-32", "x-no-such"])
@pytest.mark.parametrize("part", ["word/document.xml", "word/numbering.xml", "word/styles.xml"])
def test_an_encoding_expat_cannot_read_is_refused_naming_it(tmp_path: Path, encoding: str, part: str) -> None:
    declared = f'<?xml version="1.0" encoding="{encoding}"?>'.encode("ascii")
    parts = {"word/document.xml": _BODY.encode("utf-8"), part: declared + _NUMBERING.encode("ascii")}
    if part == "word/document.xml":
        parts[part] = declared + _BODY.encode("gb18030" if encoding != "utf-32" else "ascii", "replace")
    with pytest.raises(Refused, match=f"encoding '{encoding}'"):
        docx_text(_package(tmp_path / "a.docx", parts))


def test_a_single_byte_encoding_expat_knows_is_read(tmp_path: Path) -> None:
    body = '<?xml version="1.0" encoding="iso-8859-1"?>' + _BODY.replace("一、目标", "caf\xe9")
    assert docx_text(_package(tmp_path / "a.docx", {"word/document.xml": body.encode("latin-1")})) == "caf\xe9"


def _runs(runs: str) -> str:
    return f'<w:document xmlns:w="{W}"><w:body><w:p>{runs}</w:p></w:body></w:document>'


def _r(text: str, props: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def test_text_moved_away_under_tracked_changes_is_read_once_where_it_now_stands(tmp_path: Path) -> None:
    body = (
        f'<w:document xmlns:w="{W}"><w:body>'
        f'<w:p><w:moveFrom w:id="1" w:author="a">{_r("新建学校3所。")}</w:moveFrom></w:p>'
        f"<w:p>{_r('一、主要目标')}</w:p>"
        f'<w:p><w:moveTo w:id="2" w:author="a">{_r("新建学校3所。")}</w:moveTo></w:p>'
        "</w:body></w:document>"
    )
    assert docx_text(_package(tmp_path / "a.docx", {"word/document.xml": body.encode()})).split() == [
        "一、主要目标",
        "新建学校3所。",
    ]


def test_hidden_text_that_word_does_not_show_is_not_read(tmp_path: Path) -> None:
    runs = _r("新建学校3所") + _r("，隐藏的目标增长99%", "<w:vanish/>") + _r("，改造小区15个", '<w:vanish w:val="0"/>')
    text = docx_text(_package(tmp_path / "a.docx", {"word/document.xml": _runs(runs + _r("。")).encode()}))
    assert text == "新建学校3所，改造小区15个。"


@pytest.mark.parametrize(
    ("runs", "shown"),
    [
        # a range kept on one line with Word's non-breaking hyphen: it was read as 35%
        (_r("增长3") + "<w:r><w:noBreakHyphen/></w:r>" + _r("5%"), "增长3-5%"),
        (_r("信息") + "<w:r><w:softHyphen/></w:r>" + _r("化"), "信息化"),  # shown only at a line's end
        # a sign from the Symbol font (≥, ≤, ±, ×): the comparator was lost
        (_r("覆盖率") + '<w:r><w:sym w:font="Symbol" w:char="F0B3"/></w:r>' + _r("95%"), "覆盖率≥95%"),
        (_r("PM2.5浓度") + '<w:r><w:sym w:font="Symbol" w:char="00A3"/></w:r>' + _r("35"), "PM2.5浓度≤35"),
        (_r("图标") + '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>', "图标"),
        # a ruby's phonetic guide (w:rt) is not the text
        ("<w:r><w:ruby><w:rt>" + _r("xin") + "</w:rt><w:rubyBase>" + _r("新") + "</w:rubyBase></w:ruby></w:r>", "新"),
    ],
)
def test_marks_word_draws_in_place_of_characters_are_read_as_shown(tmp_path: Path, runs: str, shown: str) -> None:
    assert docx_text(_package(tmp_path / "a.docx", {"word/document.xml": _runs(runs).encode()})) == shown


def test_text_in_an_embedded_chunk_only_word_converts_is_refused_with_what_to_do(tmp_path: Path) -> None:
    # some systems export a document as a Word shell around an HTML part (w:altChunk): its text
    # was silently missing, and a shell with nothing else was called a scan needing OCR
    body = (
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body><w:p>{_r("一、主要目标")}</w:p>'
        '<w:altChunk r:id="c1"/></w:body></w:document>'
    )
    parts = {"word/document.xml": body.encode(), "word/afchunk.htm": "<html><p>新建学校3所。</p></html>".encode()}
    with pytest.raises(Refused, match="altChunk"):
        docx_text(_package(tmp_path / "a.docx", parts))
    with pytest.raises(TargetctlError, match=r"altChunk.*Word or WPS.*save it again as \.docx"):
        read_document(tmp_path / "a.docx")


def test_a_paragraph_whose_mark_was_deleted_under_tracked_changes_runs_on_into_the_next(tmp_path: Path) -> None:
    # Word shows the two as one paragraph; read as two, the number lost its subject
    deleted = '<w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr>'
    inserted = '<w:pPr><w:rPr><w:ins w:id="2" w:author="a"/></w:rPr></w:pPr>'
    body = (
        f'<w:document xmlns:w="{W}"><w:body><w:p>{_r("一、主要目标")}</w:p>'
        f"<w:p>{deleted}{_r('到2025年，新建学校')}</w:p><w:p>{_r('3所。')}</w:p>"
        f"<w:p>{inserted}{_r('二、重点任务')}</w:p><w:p>{deleted}{_r('改造小区15个。')}</w:p>"
        "</w:body></w:document>"
    )
    text = docx_text(_package(tmp_path / "a.docx", {"word/document.xml": body.encode()}))
    assert text.splitlines() == ["一、主要目标", "到2025年，新建学校3所。", "二、重点任务", "改造小区15个。"]


def test_a_paragraph_whose_mark_was_deleted_before_a_table_stays_before_it(tmp_path: Path) -> None:
    deleted = '<w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr>'
    table = f"<w:tbl><w:tr><w:tc><w:p>{_r('指标')}</w:p></w:tc><w:tc><w:p>{_r('2025年')}</w:p></w:tc></w:tr></w:tbl>"
    body = f'<w:document xmlns:w="{W}"><w:body><w:p>{deleted}{_r("主要指标")}</w:p>{table}</w:body></w:document>'
    text = docx_text(_package(tmp_path / "a.docx", {"word/document.xml": body.encode()}))
    assert text.splitlines() == ["主要指标", "指标\t2025年"]
