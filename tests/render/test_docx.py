"""report --format docx: read back with python-docx, and the chart pictures are real PNGs;
turned into PDF pages with LibreOffice when it is installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import Recorder, Run, to_pdf

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.oxml.xmlchemy import BaseOxmlElement

docx = pytest.importorskip("docx")


@pytest.fixture
def recorded(recorder: Recorder) -> Run:
    run = recorder(
        ("demo-people", "30", "--date", "2025-04-30"),
        ("demo-people", "40", "--date", "2025-06-30"),
        ("demo-park-size", "600", "--date", "2025-06-30"),
        ("demo-hall", "venue", "--date", "2025-03-01"),
        by="测试员",
    )
    assert run("judge", "demo-people", "red", "--reason", "进度偏慢", "--date", "2025-06-30").exit_code == 0
    return run


def read(path: Path) -> DocxDocument:
    document: DocxDocument = docx.Document(str(path))
    return document


def plain(text: str) -> str:
    """A cell's text as stored, without the printing joins (non-breaking hyphen and space)."""
    return text.replace("\u2011", "-").replace("\u00a0", " ")


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_word_report_structure(recorded: Run, tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    result = recorded("report", "--format", "docx", "-o", str(out), "--as-of", "2025-07-01")
    assert result.exit_code == 0, result.stderr
    doc = read(out)
    headings = [p.text for p in doc.paragraphs if p.style and p.style.name.startswith(("Heading", "Title"))]
    assert headings[:3] == ["Target progress report", "At a glance", "needs attention"]
    assert "Demo plan" in headings and "Demo area" in headings and "Sub-programme" in headings
    # the as-of day comes first, then the paragraph in words
    assert plain(doc.paragraphs[1].text).startswith("as of 2025-07-01 · generated ")
    assert doc.paragraphs[2].text.startswith("As of 1 July 2025, of 6 targets: ")
    glance = doc.tables[0]
    assert [c.text for c in glance.rows[0].cells][:3] == ["plan / programme", "lead unit", "targets"]
    assert [c.text for c in glance.rows[1].cells][:3] == ["Demo plan", "示范办公室", "6"]
    people = next(r for t in doc.tables[2:] for r in t.rows if "demo-people" in plain(r.cells[0].text))
    texts = [plain(c.text) for c in people.cells]
    assert texts[1:5] == ["示范办公室", "40 people", "= 100 people", "40%"]
    assert "judged red" in texts[7]
    projects = next(r for t in doc.tables[2:] for r in t.rows if "demo-projects" in plain(r.cells[0].text))
    assert plain(projects.cells[2].text) == "no-data"
    # a chart for each numeric target with data (people, park size), none for those without
    assert len(doc.inline_shapes) == 2
    hall = next(plain(p.text) for p in doc.paragraphs if "(demo-hall)" in plain(p.text))
    assert hall.startswith("☐ ") and "· venue ·" in hall  # milestones listed below their count
    section = doc.sections[0]
    assert section.page_width and section.page_height
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)


def test_word_report_first_page_counts_and_attention(recorded: Run, tmp_path: Path) -> None:
    out = tmp_path / "报告.docx"
    result = recorded("--lang", "zh", "report", "--format", "docx", "-o", str(out), "--as-of", "2025-12-31")
    assert result.exit_code == 0
    doc = read(out)
    sentence = doc.paragraphs[2].text
    assert sentence.startswith("截至2025年12月31日，6项目标中，") and sentence.endswith("。")
    attention = doc.tables[1]
    assert [c.text for c in attention.rows[0].cells] == ["目标任务", "牵头单位", "状态", "当前", "应达进度", "差距"]
    missed = [r for r in attention.rows[1:] if "逾期未完成" in r.cells[2].text]
    assert missed and all(r.cells[1].text == "示范办公室" for r in missed)
    people = next(r for r in attention.rows if "demo-people" in plain(r.cells[0].text))
    assert (
        plain(people.cells[3].text) == "40 人" and plain(people.cells[5].text) == "60 人"
    )  # expected 100 by the due date


def _fonts(element: BaseOxmlElement) -> dict[str, str]:
    fonts = element.find(f"{W}rPr/{W}rFonts")
    return {k.removeprefix(W): v for k, v in fonts.attrib.items()}


def _lang(element: BaseOxmlElement) -> dict[str, str]:
    return {k.removeprefix(W): v for k, v in element.find(f"{W}rPr/{W}lang").attrib.items()}


def test_word_report_sets_chinese_as_chinese(recorded: Run, tmp_path: Path) -> None:
    zh, en = tmp_path / "zh.docx", tmp_path / "en.docx"
    assert recorded("--lang", "zh", "report", "--format", "docx", "-o", str(zh)).exit_code == 0
    assert recorded("report", "--format", "docx", "-o", str(en)).exit_code == 0
    doc = read(zh)
    normal, heading = doc.styles["Normal"].element, doc.styles["Heading 1"].element
    assert _fonts(normal)["eastAsia"] == "仿宋" and _fonts(heading)["eastAsia"] == "黑体"
    assert not any(k.endswith("Theme") for k in _fonts(heading))  # a theme font would win over 黑体
    assert _lang(normal) == {"val": "en-GB", "eastAsia": "zh-CN"}  # Latin text (ids, dates) is not Chinese
    assert _lang(heading)["eastAsia"] == "zh-CN"
    english = read(en).styles["Normal"].element
    assert _fonts(english)["ascii"] == "Calibri" and _fonts(english)["eastAsia"] == "宋体"
    assert _lang(english)["eastAsia"] == "zh-CN"


def test_word_tables_repeat_headers_and_never_split_rows(recorded: Run, tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    assert recorded("report", "--format", "docx", "-o", str(out), "--as-of", "2025-07-01").exit_code == 0
    doc = read(out)
    assert len(doc.tables) >= 3
    for table in doc.tables:
        rows = table._tbl.findall(f"{W}tr")
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
        assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)
        assert all(r.find(f"{W}trPr/{W}tblHeader") is None for r in rows[1:])
        # numbers right-aligned: the targets column of the first page's table
    glance = doc.tables[0]
    assert glance.rows[1].cells[2].paragraphs[0].alignment == 2  # WD_ALIGN_PARAGRAPH.RIGHT


def test_header_widths_hold_their_longest_word() -> None:
    from targetctl.render.docx import PAGE_WIDTH_CM, _widths, _word_width, header_text

    assert header_text("逾期未完成") == "逾期\n未完成" and header_text("进度") == "进度"
    assert _word_width("on-track") == _word_width("track")

    headers = ["target", "progress", "at this pace", "牵头单位"]
    widths = _widths(headers, [["a long title", "40%", "560", "区工业和信息化局"]], 0)
    assert widths[1] >= _word_width("progress") - 0.01 > _word_width("pace")
    assert _word_width("牵头单位") > _word_width("牵头")
    assert widths[3] >= _word_width("区工业和信") - 0.01  # a unit's name wraps after 5 characters at most
    assert abs(sum(widths) - PAGE_WIDTH_CM) < 0.02
    crowded = _widths(["title", *(["progress"] * 12)], [["t", *(["1,234,567,890 projects"] * 12)]], 0)
    assert all(w >= _word_width("progress") - 0.01 for w in crowded[1:])  # headers still whole


def test_chart_has_axes_units_months_and_negative_values_below_zero() -> None:
    import datetime as dt

    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib import dates as mdates
    from matplotlib import pyplot as plt

    from targetctl.render.chart import ChartSpec, _draw, chart_png

    days = [dt.date(2025, m, 28) for m in range(1, 7)]
    spec = ChartSpec(days, [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [None, -4.0, -12.0, None, None, None], "%", 6.0, "goal +6%")
    fig, ax = plt.subplots()
    _draw(ax, spec, mdates)
    fig.canvas.draw()
    low, high = ax.get_ylim()
    assert low < -12 < 6 < high  # the fall is drawn below the zero line
    assert ax.get_ylabel() == "%"
    assert any(t.get_text().startswith("-") for t in ax.get_yticklabels())
    assert next(t.get_text() for t in ax.get_xticklabels() if t.get_text()).startswith("2025-")
    assert "goal +6%" in [t.get_text() for t in ax.texts]
    plt.close(fig)
    data = chart_png(spec)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert data == chart_png(spec)  # the same chart gives the same bytes


def _big_plan(root: Path, n: int) -> None:
    """A synthetic plan whose target table runs over several pages, each title long enough to wrap."""
    (root / "sources").mkdir(parents=True)
    clauses = [f"第{i}项工作新增项目不少于{i + 10}个" for i in range(n)]
    (root / "sources" / "big.txt").write_text("，".join(clauses) + "。\n", encoding="utf-8")
    targets = "".join(
        f"""  - id: t-{i:02d}
    programme: area
    title: {{zh: 第{i}项工作围绕重点产业链条持续推进新增项目建设并按季度调度, en: Work item {i}}}
    kind: quantity
    comparator: at-least
    value: {i + 10}
    unit: projects
    quote: {clauses[i]}
"""
        for i in range(n)
    )
    (root / "big.yaml").write_text(
        f"""id: big-2025
title: {{zh: 大型测试计划, en: Big test plan}}
lead_unit: 测试牵头办公室
period: {{start: 2025-01-01, end: 2025-12-31}}
source: {{file: sources/big.txt, compiler: 测试}}
programmes:
  - id: area
    title: {{zh: 测试领域, en: Test area}}
targets:
{targets}""",
        encoding="utf-8",
    )


def _pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    return text.split("\f")


@pytest.mark.slow
@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("soffice", "pdftotext", "pdffonts")),
    reason="LibreOffice and poppler-utils are not installed (.ci/run installs them)",
)
def test_word_report_prints_as_a_reader_sees_it(run: Run, tmp_path: Path) -> None:
    root = tmp_path / "plans"
    _big_plan(root, 40)
    out = tmp_path / "report.docx"
    args = ("--plans", str(root), "--lang", "zh", "report", "--format", "docx", "-o", str(out), "--as-of", "2025-03-31")
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    done = to_pdf(out, tmp_path)
    pdf = tmp_path / "report.pdf"
    assert done.returncode == 0 and pdf.read_bytes().startswith(b"%PDF"), done.stderr
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, check=True, text=True).stdout
    # Debian's Noto CJK is one collection whose subsets are all named after its JP face, so
    # which regional forms are drawn is decided by the zh-CN mark, tested in the styles above.
    cjk = [line for line in fonts.splitlines() if "CJK" in line or "Han" in line or "Hei" in line]
    assert cjk and all(line.split()[-5] == "yes" for line in cjk)  # embedded
    pages = [p for p in _pdf_pages(pdf) if p.strip()]
    assert len(pages) >= 3
    table_pages = [p for p in pages if "t-" in p]
    assert len(table_pages) >= 2  # the target table runs over pages...
    assert all("牵头单位" in p and "应达进度" in p for p in table_pages)  # ...with its header on each
    for i in range(40):
        # a row is never split: its id and its status are on the same page, and on one page only
        with_id = [p for p in table_pages if f"t-{i:02d}" in p]
        assert len(with_id) == 1, f"t-{i:02d} on {len(with_id)} pages"


def test_tables_fit_the_page_without_breaking_a_word_or_a_number() -> None:
    from targetctl.render.docx import PAGE_WIDTH_CM, SIZES, _cell_width, _word_width, fit

    english = ["plan / programme", "lead unit", "targets", "achieved", "on-track", "at-risk", "behind"]
    english += ["missed", "no-data", "progress"]
    rows = [["Launching the specialised transformation campaign", "District office", "29", *["12"] * 6, "10%"]]
    widths, pt = fit(english, rows)
    assert sum(widths) <= PAGE_WIDTH_CM + 0.01 and pt in SIZES
    for i, header in enumerate(english):
        if i != 1:  # the lead unit's column may wrap its name, never a header word
            assert widths[i] >= _cell_width(rows[0][i], pt) - 0.01
        assert widths[i] >= max(_word_width(line, pt) for line in header.splitlines()) - 0.01
    numbers = ["target", "lead unit", "now", "goal", "progress", "expected", "at this pace", "status"]
    body = [
        [
            "Recruit talent\norg-recruit-top-university-talent",
            "Organisation dept",
            "5,000,000,000 people",
            "≥ 5,000,000,000 people",
            "100%",
            "5,000,000,000 people",
            "5,000,000,000",
            "on-track",
        ]
    ]
    widths, pt = fit(numbers, body)
    assert all(widths[i] >= _cell_width(body[0][i], pt) - 0.01 for i in (2, 3, 4, 5, 6, 7))


def test_chart_months_are_the_points_own_months() -> None:
    import datetime as dt

    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib import dates as mdates
    from matplotlib import pyplot as plt

    from targetctl.render.chart import ChartSpec, _draw

    days = [dt.date(2020, 3, 31), dt.date(2020, 4, 30), dt.date(2020, 5, 31), dt.date(2020, 6, 30)]
    fig, ax = plt.subplots()
    _draw(ax, ChartSpec(days, [1.0, 2.0, 3.0, 4.0], [1.0, None, 2.5, 3.0], "%"), mdates)
    fig.canvas.draw()
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2020-03", "2020-04", "2020-05", "2020-06"]
    plt.close(fig)
