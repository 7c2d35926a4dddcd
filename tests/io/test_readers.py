"""Document readers are a registry: by content first (a zip holding word/document.xml, a PDF's
%PDF- header), then by suffix, then plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from targetctl.domain.problems import TargetctlError
from targetctl.io import readers
from targetctl.io.documents import read_document
from tests.io.test_documents import _pdf_with_text, docx_bytes, p


def test_a_txt_that_is_really_a_docx_is_read_as_word(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(docx_bytes(p("到2025年引进人才100名")))
    doc = read_document(path)
    assert doc.text.strip() == "到2025年引进人才100名" and doc.word


def test_a_pdf_by_its_magic_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(_pdf_with_text("Plan 2024"))
    doc = read_document(path)
    assert "Plan 2024" in doc.text and not doc.word


def test_suffix_picks_a_reader_when_the_content_says_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(b"not a zip at all")
    with pytest.raises(TargetctlError, match=r"cannot be read as a \.docx"):
        read_document(path)
    plain = tmp_path / "a.md"
    plain.write_text("目标：引进10名", encoding="utf-8")
    assert read_document(plain).text == "目标：引进10名" and not read_document(plain).word


def test_a_new_reader_is_one_registration(tmp_path: Path) -> None:
    registry = readers.Registry(readers.Reader("text", lambda path: path.read_text(encoding="utf-8")))
    shout = registry.register(
        readers.Reader("shout", lambda path: path.read_text(encoding="utf-8").upper(), suffixes=(".shout",))
    )
    magic = registry.register(
        readers.Reader("magic", lambda path: "magic", sniff=lambda path, head: head.startswith(b"MAGIC"))
    )
    (tmp_path / "a.shout").write_text("hi", encoding="utf-8")
    (tmp_path / "b.shout").write_text("MAGIC hi", encoding="utf-8")
    (tmp_path / "c.txt").write_text("hi", encoding="utf-8")
    assert registry.pick(tmp_path / "a.shout", b"hi") is shout
    assert registry.pick(tmp_path / "b.shout", b"MAGIC hi") is magic  # content before the name
    assert registry.pick(tmp_path / "c.txt", b"hi").name == "text"
    with pytest.raises(ValueError, match="already"):
        registry.register(readers.Reader("again", lambda path: "", suffixes=(".SHOUT",)))
