"""How the exported workbook prints: wrapped columns with rows tall enough for them, and the
records sheet's cells typed (its times and days as dates, its values with their unit)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any


def text_units(text: str) -> int:
    """How many widths of '0' a text takes in a cell: a Chinese character takes two."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def wrap_rows(sheet: Any, wrapped: Mapping[int, float], alignment: Any) -> None:
    """Wrap the text of the columns `wrapped` (index: width) and make each row tall enough for
    its longest cell: no spreadsheet measures a row itself when the file is printed unopened."""
    for row in sheet.iter_rows(min_row=2):
        lines = 1
        for index, width in wrapped.items():
            row[index].alignment = alignment(wrap_text=True, vertical="top")
            text = "" if row[index].value is None else str(row[index].value)
            room = max(1, int(width) - 1)
            lines = max(lines, sum(max(1, -(-text_units(part) // room)) for part in text.split("\n")))
        if lines > 1:
            sheet.row_dimensions[row[0].row].height = 15 * lines


def record_header(names: list[str], keys: list[str], lang: str) -> list[str]:
    """The records sheet's header: the csv's (`names`), the time named in UTC, a unit after the value."""
    names = list(names)
    names[keys.index("recorded")] += "（UTC）" if lang == "zh" else " (UTC)"
    at = keys.index("value") + 1
    return [*names[:at], "单位" if lang == "zh" else "Unit", *names[at:]]


def record_cells(row: list[Any], keys: list[str], units: Mapping[Any, Any]) -> list[Any]:
    """A record row as typed cells: its time in UTC and its as-of day as dates, its target's unit."""
    out = list(row)
    recorded = dt.datetime.fromisoformat(str(row[keys.index("recorded")]))
    if recorded.tzinfo is not None:
        recorded = recorded.astimezone(dt.timezone.utc).replace(tzinfo=None)
    out[keys.index("recorded")] = recorded
    as_of = dt.date.fromisoformat(str(row[keys.index("as_of")]))
    out[keys.index("as_of")] = dt.datetime(as_of.year, as_of.month, as_of.day)
    at = keys.index("value") + 1
    return [*out[:at], units.get(row[keys.index("id")], ""), *out[at:]]
