"""Finding the table in a file a unit sends: what kind of file it is by its content (an old
Excel or WPS workbook, an .ods, an xlsx under another name), which sheet holds the table (an
instructions sheet may come first), and which row is its header (a title may be merged above)."""

from __future__ import annotations

import itertools
import zipfile
from collections.abc import Iterator, Mapping, Sequence, Set
from pathlib import Path
from typing import Any, Protocol, TypeVar

from targetctl.domain.messages import Msg
from targetctl.io.paths import error_at

MAX_TITLE_ROWS = 10
"""How many rows of one cell or none (a title, a date line, a blank) may stand above the header."""
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""A compound file: Excel 97-2003 (.xls), WPS (.et), or an xlsx with a password."""


class _Cell(Protocol):
    @property
    def text(self) -> str: ...


C = TypeVar("C", bound=_Cell)


def is_xlsx(path: Path) -> bool:
    """Whether the file is an xlsx, by its content where it says (a zip holding a workbook,
    whatever its name); an old or another kind of workbook is named, never read as text."""
    if path.name.startswith("~$"):  # what Excel and WPS leave beside a workbook they have open
        raise error_at(path, Msg("sheet.lock_file", name=path.name[2:]), line=0)
    try:
        with path.open("rb") as handle:
            head = handle.read(len(OLE2))
    except OSError as exc:
        raise error_at(path, Msg("sheet.cannot_read", reason=exc.strerror), line=0) from None
    if head == OLE2:
        raise error_at(path, Msg("sheet.old_workbook"), line=0, hint=Msg("sheet.save_xlsx"))
    if head.startswith(b"PK\x03\x04") and path.suffix.lower() != ".xlsx":
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (OSError, zipfile.BadZipFile):
            names = set()
        if "xl/workbook.xml" not in names:
            raise error_at(path, Msg("sheet.other_workbook"), line=0, hint=Msg("sheet.save_xlsx"))
        return True
    return path.suffix.lower() == ".xlsx"


def table_sheet(book: Any, names: Sequence[str], id_headers: Set[str]) -> Any:
    """The sheet named as an export names it, else the first sheet with a target id column
    among its first rows, else the first sheet."""
    for name in names:
        if name in book.sheetnames:
            return book[name]
    for sheet in book.worksheets:
        sheet.reset_dimensions()
        for row in sheet.iter_rows(max_row=MAX_TITLE_ROWS + 1, max_col=64, values_only=True):
            if any(isinstance(value, str) and value.strip().lower() in id_headers for value in row):
                return sheet
    return book.worksheets[0]


def header_row(
    path: Path, rows: Iterator[tuple[int, list[C]]], names: Mapping[str, Set[str]]
) -> tuple[tuple[int, list[C]], Iterator[tuple[int, list[C]]]]:
    """The header row and the rows after it: the first row with two cells or more, past up to
    MAX_TITLE_ROWS rows of one cell or none above it; joined with the row below when that one
    names columns under a group merged above them (目标编号 spanning both rows, 本期填报情况
    over 数值 and 截至日期). `names`: the column names the importer knows, by key ('id' first)."""
    first = next(rows, None)
    if first is None:
        raise error_at(path, Msg("sheet.empty"), line=0)
    for _ in range(MAX_TITLE_ROWS):
        if sum(1 for cell in first[1] if cell.text.strip()) > 1:
            break
        following = next(rows, None)
        if following is None:
            break
        first = following
    below = next(rows, None)
    if below is None:
        return first, rows
    known = {name for group in names.values() for name in group}
    said = [cell.text.strip().lower() for cell in first[1]]
    under = [cell.text.strip().lower() for cell in below[1]]
    ids = [i for i, text in enumerate(said) if text in names["id"]]
    if ids and not (ids[0] < len(under) and under[ids[0]]) and any(text in known for text in under):
        # each column named by the lower row where it names one, else by the merged cell above
        lower = [below[1][i] if i < len(under) and under[i] else None for i in range(max(len(said), len(under)))]
        cells = [cell or (first[1][i] if i < len(said) else below[1][i]) for i, cell in enumerate(lower)]
        return (below[0], cells), rows
    return first, itertools.chain([below], rows)
