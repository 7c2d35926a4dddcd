"""Text files as they reach a district office (our own texts): a few stray NUL bytes, left by a
database export or a broken copy, in a text that is otherwise plain UTF-8 or GBK."""

from __future__ import annotations

from pathlib import Path

import pytest

from targetctl.domain.problems import TargetctlError
from targetctl.io.documents import read_document

TEXT = (
    "青川县城区供水提质方案\n一、主要目标\n到2027年，城区供水管网漏损率控制在9%以内。\n"
    "二、重点任务\n改造老旧管网120公里。\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_a_text_with_a_few_stray_nul_bytes_is_read_without_them(tmp_path: Path, encoding: str) -> None:
    data = TEXT.encode(encoding).replace("。".encode(encoding), "。".encode(encoding) + b"\x00")
    path = tmp_path / "plan.txt"
    path.write_bytes(data * 5)
    text = read_document(path).text
    assert "\x00" not in text and "漏损率控制在9%以内。" in text


def test_a_file_made_of_nul_bytes_and_controls_is_still_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(TargetctlError) as caught:
        read_document(path)
    assert len(str(caught.value).splitlines()) == 1


@pytest.mark.parametrize("name", ["plan.txt", "plan.docx"])
def test_an_empty_text_or_word_file_is_not_told_to_run_ocr_on_a_scan(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name.endswith(".txt"):
        path.write_text(" \n\n\t\n", encoding="utf-8")
    else:
        from docx import Document

        Document().save(str(path))
    with pytest.raises(TargetctlError) as caught:
        read_document(path)
    message = str(caught.value)
    assert len(message.splitlines()) == 1 and str(path) in message
    assert "OCR" not in message and "PDF" not in message, message


@pytest.mark.parametrize("name", ["plan.pdf", "plan.docx", "plan.txt"])
def test_an_empty_file_says_so_in_chinese_without_a_librarys_english(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    with pytest.raises(TargetctlError) as caught:
        read_document(path)
    message = caught.value.problems[0].said("zh")
    assert len(message.splitlines()) == 1 and "没有文本" in message, message
    assert "Error" not in message and "empty file" not in message, message
