"""The text of a .docx body in reading order: paragraphs, and each table in its place.

A table row is one line with its cells separated by tabs, one cell per column of the layout
grid; a merged cell's text is taken once, at its first column and first row, so an indicator
table's columns stay aligned for the drafting rules (domain/drafting/tables.py).
"""

from __future__ import annotations

from typing import Any

CELL_SEPARATOR = "\t"


def _cell_text(cell: Any) -> str:
    return "".join(cell.text.split())


def table_lines(table: Any) -> list[str]:
    seen: set[int] = set()
    alive: list[Any] = []  # the cell elements seen, kept so that no id is reused while reading
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            key = id(cell._tc)
            cells.append("" if key in seen else _cell_text(cell))
            seen.add(key)
            alive.append(cell._tc)
        if any(cells):
            lines.append(CELL_SEPARATOR.join(cells))
    return lines


def docx_lines(document: Any) -> list[str]:
    """Paragraphs and table rows of `document` (a python-docx Document) in the order they stand."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            lines.extend(table_lines(Table(child, document)))
    return lines
