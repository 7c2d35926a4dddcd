"""The document readers behind `draft`: hostile PDFs and .docx files are refused in one line, fast."""

from __future__ import annotations

import io
import logging
import time
import zipfile
from pathlib import Path

import pytest

from targetctl.domain.problems import TargetctlError
from targetctl.io import documents, wordtext
from targetctl.io.documents import decode, read_document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_bytes(body: str, *, prolog: str = "", extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal .docx whose body is `body` (WordprocessingML without the w:body element)."""
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    xml = f"{head}{prolog}<w:document {W}><w:body>{body}</w:body></w:document>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", xml.encode("utf-8"))
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buffer.getvalue()


def p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def cell(inner: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{inner}</w:tc>" if props else f"<w:tc>{inner}</w:tc>"


def row(*cells: str) -> str:
    return "<w:tr>" + "".join(cells) + "</w:tr>"


def table(*rows: str) -> str:
    return "<w:tbl>" + "".join(rows) + "</w:tbl>"


def read(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path).text


def refused(tmp_path: Path, name: str, data: bytes) -> str:
    with pytest.raises(TargetctlError) as caught:
        read(tmp_path, name, data)
    message = str(caught.value)
    assert len(message.splitlines()) == 1 and message.startswith(str(tmp_path / name)), message
    return message


# ── .docx ──


def test_docx_reads_body_and_tables_in_document_order(tmp_path: Path) -> None:
    body = p("一、主要目标") + table(row(cell(p("指标")), cell(p("目标")))) + p("二、重点任务")
    assert read(tmp_path, "a.docx", docx_bytes(body)).splitlines() == ["一、主要目标", "指标\t目标", "二、重点任务"]


def test_docx_reads_text_boxes_and_nested_tables(tmp_path: Path) -> None:
    box = (
        '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f"<mc:Choice><w:drawing><w:txbxContent>{p('框内文字')}</w:txbxContent></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><w:txbxContent>{p('框内文字')}</w:txbxContent></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r><w:r><w:t>正文</w:t></w:r></w:p>"
    )
    nested = table(row(cell(p("外") + table(row(cell(p("内一")), cell(p("内二"))))), cell(p("旁"))))
    text = read(tmp_path, "a.docx", docx_bytes(box + nested))
    assert text.count("框内文字") == 1 and "正文" in text
    assert "内一" in text and "内二" in text and "旁" in text


def test_docx_merged_cells_are_read_once(tmp_path: Path) -> None:
    span = cell(p("合并"), '<w:gridSpan w:val="3"/>')
    top = cell(p("纵向"), '<w:vMerge w:val="restart"/>')
    below = cell(p(""), "<w:vMerge/>")
    body = table(row(span), row(top, cell(p("甲"))), row(below, cell(p("乙"))))
    text = read(tmp_path, "a.docx", docx_bytes(body))
    assert text.count("合并") == 1 and text.count("纵向") == 1, text


@pytest.mark.parametrize(
    ("prolog", "body", "message"),
    [
        ('<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]>', p("&a;"), "DTD"),
        ("<!DOCTYPE w:document>", p("x"), "DTD"),
        ("", "<w:p>" * 20000 + "</w:p>" * 20000, "nested"),
        ("", "<w:p><w:r><w:t>unclosed</w:r></w:p>", "cannot be read as a .docx"),
    ],
)
def test_hostile_docx_xml_is_refused(tmp_path: Path, prolog: str, body: str, message: str) -> None:
    assert message in refused(tmp_path, "a.docx", docx_bytes(body, prolog=prolog))


def test_billion_laughs_is_refused_at_once(tmp_path: Path) -> None:
    entities = '<!ENTITY l0 "ha">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    started = time.monotonic()
    message = refused(tmp_path, "a.docx", docx_bytes(p("&l9;"), prolog=f"<!DOCTYPE w:document [{entities}]>"))
    assert "DTD" in message and time.monotonic() - started < 2


def test_docx_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    huge = docx_bytes(p("x"), extra={"word/media/big.bin": b"\0" * (60 * 1024 * 1024)})
    started = time.monotonic()
    message = refused(tmp_path, "a.docx", huge)
    assert "MB" in message and time.monotonic() - started < 2


def test_docx_compression_ratio_is_bounded(tmp_path: Path) -> None:
    message = refused(tmp_path, "a.docx", docx_bytes(p("x" * 3_000_000)))
    assert "ratio" in message and "100" in message


def test_docx_member_count_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordtext, "MAX_ZIP_MEMBERS", 5)
    extra = {f"word/media/{i}.bin": b"x" for i in range(6)}
    assert "5 parts" in refused(tmp_path, "a.docx", docx_bytes(p("x"), extra=extra))


def test_docx_element_count_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordtext, "MAX_XML_ELEMENTS", 1000)
    assert "1000 elements" in refused(tmp_path, "a.docx", docx_bytes(p("x") * 400))


def test_docx_without_a_document_part(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("hello.txt", "hi")
    assert "cannot be read as a .docx" in refused(tmp_path, "a.docx", buffer.getvalue())


# ── PDF ──


def _pdf_writer(pages: int, text: str | None = None) -> object:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    return writer


def _pdf_with_text(text: str) -> bytes:
    from tests.commands.test_draft import _pdf

    return _pdf(text)


def test_owner_password_only_aes_pdf_is_opened_as_viewers_do(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf_with_text("Plan 2024"))))
    writer.encrypt(user_password="", owner_password="x", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "Plan 2024" in read(tmp_path, "a.pdf", buffer.getvalue())


def test_pdf_with_a_user_password_is_refused(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf_with_text("Plan 2024"))))
    writer.encrypt(user_password="secret", owner_password="x", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "password" in refused(tmp_path, "a.pdf", buffer.getvalue())


def test_pdf_page_count_is_bounded_before_reading_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfWriter

    monkeypatch.setattr(documents, "MAX_PDF_PAGES", 3)
    writer = PdfWriter()
    for _ in range(4):
        writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "3 pages" in refused(tmp_path, "a.pdf", buffer.getvalue())


def test_a_page_count_that_lies_is_not_believed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for _ in range(3000):
        writer.add_blank_page(width=10, height=10)
    buffer = io.BytesIO()
    writer.write(buffer)
    lying = buffer.getvalue().replace(b"/Count 3000", b"/Count 5")
    monkeypatch.setattr(documents, "MAX_PDF_PAGES", 100)
    walked: list[int] = []
    real = documents._leaves_past

    def counted(reader: PdfReader, limit: int) -> bool:
        walked.append(limit)
        return real(reader, limit)

    monkeypatch.setattr(documents, "_leaves_past", counted)
    assert "100 pages" in refused(tmp_path, "a.pdf", lying) and walked == [100]


def _corrupt_pdfs() -> list[bytes]:
    good = _pdf_with_text("Plan 2024")
    xref = good.rindex(b"startxref")
    return [
        good[: len(good) // 2],  # cut short
        good[:xref] + b"startxref\n999999\n%%EOF\n",  # xref offset past the end
        good.replace(b"/Root 1 0 R", b"/Root 9 0 R"),  # a root that is not there
        good.replace(b"/Count 1", b"/Count -5"),
        good.replace(b"/Kids [3 0 R]", b"/Kids 3 0 R"),
        good.replace(b"/Length ", b"/Length 99999"),
        good.replace(b"/Type /Pages", b"/Type /Pages /Kids [2 0 R]"),  # a page tree that loops
        good.replace(b"/Contents 4 0 R", b"/Contents [4 0 R 4 0 R 1 0 R]"),
        # found by mutating the PDF above: pypdf raised LimitReachedError, TypeError, AttributeError
        good.replace(b"/Type /Page ", b"/T[ype /Page ")
        .replace(b">> >> >>", b">> > >>")
        .replace(b"xref\n0 6\n0000000000", b"xref0000"),
        good.replace(b"<< /Type /Font", b"<< /(Type /Font").replace(b"0000000009 00000 n", b"00 n"),
        good.replace(b"trailer\n<< /Size 6 /Root 1 0 R", b"trailer-1\n<< /Size 6 /Root 1 -10 R"),
    ]


@pytest.mark.parametrize("data", _corrupt_pdfs())
def test_corrupt_pdfs_are_refused_in_one_line(tmp_path: Path, data: bytes, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    try:
        text = read(tmp_path, "a.pdf", data)
    except TargetctlError as exc:
        message = str(exc)
        assert len(message.splitlines()) == 1 and message.startswith(str(tmp_path / "a.pdf")), message
    else:
        assert "Plan" in text  # pypdf recovered it: its text is fine, a crash is not
    assert not [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")]  # nothing more on stderr


def test_big5_bytes_are_read_as_big5_and_gbk_bytes_as_gbk() -> None:
    traditional = "某某縣今年將新增停車位五百個，完成老舊小區改造二十個，建設社區養老服務站三處。"
    simplified = "某某县今年将新增停车位五百个，完成老旧小区改造二十个，建设社区养老服务站三处。"
    assert decode(traditional.encode("cp950")) == traditional
    assert decode(simplified.encode("gbk")) == simplified
    assert decode(traditional.encode("gbk")) == traditional  # GBK holds traditional characters too


def test_big5_hkscs_bytes_are_read_as_big5_hkscs() -> None:
    # Hong Kong's own characters (邨, 㗎) are outside Windows' Big5: the file read as GBK was noise
    text = "香港特別行政區二〇二四年：屯門區新建公共屋邨3個，㗎啲嘢冇問題，新增停車位500個以上。"
    assert decode("二〇二四年施政報告：新增停車位500個以上。".encode("big5hkscs")).startswith("二〇二四年")
    assert decode(text.encode("big5hkscs")) == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("東京都の計画：新しい駐車場を500台整備する。市内の道路を改善します。", "shift_jis"),
        ("서울시 계획: 주차장 500대 신설. 도로 개선 사업을 추진한다. 공원 조성 계획을 세운다.", "euc_kr"),
        ("Größe: 500 Stück für Ämter, Straße Übung, Überprüfung der Maßnahmen", "latin-1"),
    ],
)
def test_bytes_that_are_neither_chinese_encoding_are_refused(text: str, encoding: str) -> None:
    # each decodes as GB18030 into characters no Chinese text is made of
    with pytest.raises(UnicodeDecodeError):
        decode(text.encode(encoding))


def test_a_big5_title_alone_is_read_as_big5() -> None:
    # read as GBK its characters are kana and bopomofo (新關 is 穝闽, 今 is さ), which count against it
    assert decode("新關縣今年辦好十件民生實事".encode("cp950")) == "新關縣今年辦好十件民生實事"


@pytest.mark.parametrize("lead", [b"", b"x"])
def test_a_long_korean_file_is_refused_wherever_its_head_is_cut(lead: bytes) -> None:
    # only the head is read as EUC-KR: cut inside a character, it must not fail for that
    data = lead + ("서울시 계획: 주차장 500대 신설. 도로 개선 사업을 추진한다.\n" * 900).encode("euc_kr")
    with pytest.raises(UnicodeDecodeError):
        decode(data)


@pytest.mark.parametrize("text", ["计划", "中国共产党", "某某县民生实事", "Plan 2024: 鑫 500"])
def test_short_gbk_texts_are_still_read_as_gbk(text: str) -> None:
    assert decode(text.encode("gbk")) == text


def test_a_utf8_file_with_one_broken_byte_is_named_at_its_line(tmp_path: Path) -> None:
    # a copy cut or damaged in one place: not GBK noise, nor "not UTF-8", but where it broke
    good = "某某县2024年民生实事\n新增停车位500个以上。\n".encode()
    message = refused(tmp_path, "cut.txt", good + "改造老旧小区20个。".encode()[:-2] + b"\n")
    assert "UTF-8" in message and ":3:" in message and "broken" in message


def test_a_gbk_file_of_ascii_and_one_chinese_character_is_still_gbk() -> None:
    text = "Plan 2024\n" * 50 + "鑫 500\n"
    assert decode(text.encode("gbk")) == text


def test_a_big5_file_that_opens_with_a_long_ascii_preamble_is_read_as_big5() -> None:
    # the characters weighed are the first Chinese ones, wherever they start
    text = "Reprinted with permission. " * 1000 + "\n某某縣今年將新增停車位五百個，完成老舊小區改造二十個。\n"
    assert decode(text.encode("cp950")) == text


def test_the_gap_between_chinese_and_latin_runs_of_a_pdf_page_is_no_space() -> None:
    assert documents._unspaced("于2017 年2 月新增停车位1000 个，5G 基站") == "于2017年2月新增停车位1000个，5G基站"
    # a run of spaces lays out a table's cells: it stays
    assert documents._unspaced("森林覆盖率  41.2  42") == "森林覆盖率  41.2  42"
