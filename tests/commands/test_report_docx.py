"""report --format docx: read back with python-docx, and the chart pictures are real PNGs;
turned into PDF pages with LibreOffice when it is installed."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from tests.conftest import Run

docx = pytest.importorskip("docx")


@pytest.fixture
def recorded(run: Run, demo):
    for args in [
        ("demo-people", "30", "--date", "2025-04-30"),
        ("demo-people", "40", "--date", "2025-06-30"),
        ("demo-park-size", "600", "--date", "2025-06-30"),
        ("demo-hall", "venue", "--date", "2025-03-01"),
    ]:
        assert run("record", *args, "--by", "测试员").exit_code == 0
    assert run("judge", "demo-people", "red", "--reason", "进度偏慢", "--date", "2025-06-30").exit_code == 0
    return run


def read(path: Path):  # type: ignore[no-untyped-def]
    return docx.Document(str(path))


def test_word_report_structure(recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.docx"
    result = recorded("report", "--format", "docx", "-o", str(out), "--as-of", "2025-07-01")
    assert result.exit_code == 0, result.stderr
    doc = read(out)
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[:2] == ["Target progress report", "At a glance"]
    assert "Demo plan" in headings and "Demo area" in headings and "Sub-programme" in headings
    glance = doc.tables[0]
    assert [c.text for c in glance.rows[0].cells][:2] == ["plan / programme", "targets"]
    assert glance.rows[1].cells[0].text == "Demo plan" and glance.rows[1].cells[1].text == "6"
    people = next(r for t in doc.tables[1:] for r in t.rows if "demo-people" in r.cells[0].text)
    texts = [c.text for c in people.cells]
    assert texts[1] == "40 people / = 100 people" and texts[2] == "40%" and "judged red" in texts[5]
    assert len(doc.inline_shapes) >= 2  # a chart for each numeric target with data
    hall = next(p.text for p in doc.paragraphs if "(demo-hall)" in p.text)
    assert hall.startswith("☐ ") and "· venue ·" in hall  # milestones listed below their count
    section = doc.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)


def test_word_report_in_chinese_and_errors(recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "报告.docx"
    assert recorded("--lang", "zh", "report", "--format", "docx", "-o", str(out)).exit_code == 0
    assert read(out).paragraphs[0].text == "目标任务进展报告"
    assert recorded("report", "--format", "docx").exit_code == 2  # Word goes to a file


def test_chart_pictures_are_valid_png() -> None:
    from targetctl.render.png import line_chart

    data = line_chart([0.0, 50.0, 100.0], [0.0, 40.0, None], goal=100.0, band=(80.0, 120.0), width=60, height=30)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (60, 30)
    start = data.index(b"IDAT") + 4
    length = struct.unpack(">I", data[start - 8 : start - 4])[0]
    raw = zlib.decompress(data[start : start + length])
    assert len(raw) == height * (1 + width * 3)
    assert bytes((9, 105, 218)) in raw  # the actual line is drawn


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_word_report_converts_to_pdf(recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.docx"
    assert recorded("report", "--format", "docx", "-o", str(out)).exit_code == 0
    done = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        capture_output=True,
        timeout=180,
        check=False,
    )
    pdf = tmp_path / "report.pdf"
    assert done.returncode == 0 and pdf.read_bytes().startswith(b"%PDF")
