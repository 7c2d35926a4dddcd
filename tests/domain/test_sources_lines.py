"""Where the source's lines and cells end, for trace's clauses (our own texts)."""

from __future__ import annotations

from targetctl.domain.sources import line_breaks, normalise, sentences


def test_a_line_or_a_cell_ends_a_clause() -> None:
    source = "某县2024年工作要点\n一、主要目标\n义务教育巩固率\t88.5\t90\n"
    parts = [s.text for s in sentences(normalise(source), line_breaks(source))]
    assert parts == ["某县2024年工作要点", "一、主要目标", "义务教育巩固率", "88.5", "90"]


def test_ocr_columns_broken_inside_sentences_keep_their_clauses_whole() -> None:
    source = "标题\n全年引进人\n才100名，新增项\n目不少于20个，力\n争完成投资50亿元\n"
    parts = [s.text for s in sentences(normalise(source), line_breaks(source))]
    assert parts[0].endswith("全年引进人才100名，") and parts[1] == "新增项目不少于20个，"
