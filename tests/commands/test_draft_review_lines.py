"""The review page cuts the source where its lines and table cells end (our own texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Run
from tests.render.test_review import Spans

WORK_POINTS = "某县2024年工作要点\n一、主要目标\n新建公园5个。\n二、重点任务\n完成道路改造3条。\n"


def _spans(run: Run, tmp_path: Path, name: str) -> list[tuple[str, str, list[str]]]:
    result = run("draft", name, "--id", "x", "--review", "s.html")
    assert result.exit_code == 0, result.output
    page = Spans()
    page.feed((tmp_path / "s.html").read_text(encoding="utf-8"))
    return page.spans


def test_a_line_break_ends_a_clause_on_the_review_page(run: Run, tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(WORK_POINTS, encoding="utf-8")
    spans = _spans(run, tmp_path, "x.txt")
    texts = [text for _, text, _ in spans]
    assert not any("工作要点" in t and "主要目标" in t for t in texts), texts
    assert [kind for kind, text, _ in spans if "主要目标" in text or "重点任务" in text] == ["programme", "programme"]
    park = next(s for s in spans if "新建公园5个" in s[1])
    assert park[0] == "target"


def test_table_cells_stay_apart_and_each_number_links_to_its_own_target(run: Run, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("某县2024年教育工作要点")
    document.add_paragraph("一、主要目标")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([("指标", "2023年", "2024年目标"), ("义务教育巩固率（%）", "88.5", "90")]):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    document.add_paragraph("新建幼儿园3所，新增学位600个。")
    document.save(str(tmp_path / "doc.docx"))
    spans = _spans(run, tmp_path, "doc.docx")
    assert not [text for _, text, _ in spans if "88.590" in text]
    assert [text for _, text, _ in spans if text.startswith("88.5")] == ["88.5"]
    school = next(s for s in spans if "新建幼儿园3所" in s[1])
    places = next(s for s in spans if "新增学位600个" in s[1])
    assert school[2] and places[2] and school[2] != places[2]


def test_two_numbers_of_one_clause_link_to_their_own_targets(run: Run, tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("某县2024年工作要点\n一、主要目标\n新建幼儿园3所、小学2所。\n", encoding="utf-8")
    spans = _spans(run, tmp_path, "x.txt")
    clause = next(s for s in spans if "新建幼儿园3所" in s[1])
    assert clause[2] == ["#x-t01", "#x-t02"]
