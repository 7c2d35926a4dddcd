"""Quotation marks a PDF's text layer reads apart from their words are put back (our own lines)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from targetctl.io.documents import read_document
from targetctl.io.pdf_quotes import marks_put_back, put_back
from tests.conftest import to_pdf


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        # the Latin run at its first glyph, the Chinese run with a gap for each mark
        ("建成12 “ ” “ ”个 智慧校园 示范校，推进 三通两平台 建设", "建成12个“智慧校园”示范校，推进“三通两平台”建设"),
        ("带宽达到800G “ ”以上，推进 一网通办 改革", "带宽达到800G以上，推进“一网通办”改革"),
        ("新建30 “座口袋公园。实施 绿色社区", "新建30座口袋公园。实施“绿色社区"),
        ("开展 ‘ ’ 双随机 检查", "开展“双随机”检查".replace("“", "‘").replace("”", "’")),
    ],
)
def test_displaced_marks_go_back_into_their_gaps(read: str, printed: str) -> None:
    assert put_back(read) == printed


@pytest.mark.parametrize(
    "line",
    [
        "实施“宽带乡村”工程，新建基站120个",  # marks where they belong
        "主任说 “抓落实”",  # one mark after a space and no gap for it: not certain, left as read
        "“ ” “ ”新建 基站 120个",  # four marks, two gaps
        "新建基站120个",
        # a mark that stands in its place (抓落实”) shows the line was not split by font: the space
        # before “ is the writer's, and a real space between words (主任 说) is no mark's gap
        "主任 说 “抓落实”",
        "主任 张三 说 “抓落实”，全年 新增就业1.2万人",
    ],
)
def test_a_line_that_cannot_be_mended_with_certainty_stays_as_read(line: str) -> None:
    assert put_back(line) == line


_PIECE = st.sampled_from(["新建", "公园", "30", "个", "，", "。", " ", "“", "”", "‘", "’", "\u3000", "G"])


@given(st.lists(_PIECE, max_size=30).map("".join))
def test_nothing_but_marks_and_spaces_moves(line: str) -> None:
    out = put_back(line)
    assert [c for c in out if c not in "“”‘’ "] == [c for c in line if c not in "“”‘’ "]
    assert sorted(c for c in out if c in "“”‘’") == sorted(c for c in line if c in "“”‘’")
    assert marks_put_back(f"{line}\n{line}") == f"{out}\n{out}"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_pdf_printed_by_an_office_suite_reads_its_marks_in_place(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("青川市数字政府建设2026年行动方案")
    document.add_paragraph("推动36项“跨省通办”事项全面落地，出口带宽达到800G以上，实施“一网统管”工程。")
    source = tmp_path / "plan.docx"
    document.save(str(source))
    assert to_pdf(source, tmp_path).returncode == 0
    text = read_document(tmp_path / "plan.pdf").text
    assert "推动36项“跨省通办”事项全面落地" in text and "实施“一网统管”工程" in text
