"""Documents `draft` is given by mistake (break-it review of issue 19): each refused in one line
that says what to give instead."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from targetctl.domain.problems import TargetctlError
from targetctl.io.documents import read_document

PAGE = "<html><head><title>通知</title></head><body><p>一、目标</p><p>到2025年，新建学校3所。</p></body></html>"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("notice.html", PAGE.encode("utf-8")),
        ("notice.txt", b"\n  <!DOCTYPE html>\n" + PAGE.encode("utf-8")),
        ("notice.htm", codecs.BOM_UTF8 + b"<!doctype HTML PUBLIC>" + PAGE.encode("utf-8")),
        ("notice", ('<?xml version="1.0" encoding="gbk"?>\n' + PAGE).encode("gbk")),
    ],
)
def test_a_web_page_is_refused_saying_to_save_its_text(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(TargetctlError) as caught:
        read_document(tmp_path / name)
    said = str(caught.value)
    assert "web page" in said and "text" in said, said


def test_a_text_that_quotes_markup_is_still_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("一、目标\n<b>到2025年</b>，新建学校3所。<html>\n", encoding="utf-8")
    assert "新建学校3所" in read_document(tmp_path / "a.txt").text
