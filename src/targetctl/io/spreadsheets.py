"""Spreadsheets: the sheet layouts, cells that are only ever data, CSV and xlsx in and out."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import gc
import importlib
import io
import sys
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any

from targetctl.domain.problems import TargetctlError, xml_text
from targetctl.io.files import write_atomic, write_failed
from targetctl.io.paths import error_at

# (key, Chinese header, English header)
TARGET_COLUMNS = [
    ("seq", "序号", "No."),
    ("id", "目标编号", "Target id"),
    ("title", "目标任务", "Target"),
    ("lead", "牵头单位", "Lead unit"),
    ("support", "配合单位", "Supporting units"),
    ("goal", "目标值", "Goal"),
    ("current", "完成情况", "Current value"),
    ("progress", "进度", "Progress"),
    ("status", "状态", "Status"),
    ("updated", "更新日期", "Last update"),
    ("new_value", "本期填报", "New value"),
    ("new_date", "填报截至日期", "New value as of"),
    ("note", "备注", "Note"),
]


RECORD_COLUMNS = [
    ("recorded", "填报时间", "Recorded"),
    ("rid", "记录编号", "Record id"),
    ("id", "目标编号", "Target id"),
    ("as_of", "截至日期", "As of"),
    ("value", "数值", "Value"),
    ("by", "填报人", "By"),
    ("provisional", "初步数", "Provisional"),
    ("note", "备注", "Note"),
    ("evidence", "佐证", "Evidence"),
    ("state", "记录状态", "State"),
]


# headers the importer understands, in either language and either layout
IMPORT_HEADERS = {
    "id": {"目标编号", "target id", "target"},
    "value": {"本期填报", "new value", "数值", "value"},
    "as_of": {"填报截至日期", "new value as of", "截至日期", "as of", "as_of", "date"},
    "note": {"备注", "note"},
    "evidence": {"佐证", "evidence"},
    "by": {"填报人", "by"},
    "provisional": {"初步数", "provisional"},
    # only in the records export: a row with a record id is that record, already in a log
    "rid": {"记录编号", "record id"},
    "state": {"记录状态", "state"},
}


STATUS_FILL = {
    "achieved": "C6EFCE",
    "on-track": "E2EFDA",
    "at-risk": "FFEB9C",
    "behind": "F8CBAD",
    "missed": "FF9B9B",
    "not-started": "EDEDED",
    "no-data": "EDEDED",
}


MAX_IMPORT_ROWS = 100_000


# what makes a spreadsheet read a cell as a formula (OWASP CSV injection)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A spreadsheet cell that is only ever data: numbers stay numbers (so that they sum); text
    shows control characters and what XML cannot hold as \\u escapes (`xml_text`, the rule of
    every XML writer) and, where a spreadsheet would run it as a formula, gets a leading
    apostrophe (`read_table` takes it off again)."""
    if value is None or isinstance(value, bool | int | float):
        return value
    text = xml_text(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def uncell(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


def header(columns: list[tuple[str, str, str]], lang: str) -> list[str]:
    return [zh if lang == "zh" else en for _, zh, en in columns]


def to_csv(header: list[str], rows: list[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return out.getvalue()


def openpyxl_module() -> Any:
    try:
        import openpyxl
    except ImportError:
        raise TargetctlError.plain(
            "xlsx needs the optional openpyxl package", "install it with: pip install 'targetctl[xlsx]'"
        ) from None
    return openpyxl


def write_xlsx(
    path: Path, targets: list[list[Any]], statuses: Sequence[str], records: list[list[Any]], lang: str
) -> None:
    """The targets sheet (its status cells filled in the status colour) and the records sheet."""
    openpyxl = openpyxl_module()
    from openpyxl.styles import Alignment, Font, PatternFill

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "目标任务" if lang == "zh" else "Targets"
    sheet.append(header(TARGET_COLUMNS, lang))
    for row, status in zip(targets, statuses, strict=True):
        sheet.append([safe_cell(v) for v in row])
        sheet.cell(row=sheet.max_row, column=9).fill = PatternFill("solid", fgColor=STATUS_FILL[status])
    widths = [6, 30, 40, 16, 16, 16, 16, 8, 12, 12, 12, 14, 20]
    for column, width in enumerate(widths, 1):
        sheet.column_dimensions[openpyxl.utils.get_column_letter(column)].width = width
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=2):
        row[2].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "C2"
    log = book.create_sheet("进度记录" if lang == "zh" else "Records")
    log.append(header(RECORD_COLUMNS, lang))
    for record_row in records:
        log.append([safe_cell(v) for v in record_row])
    for column, width in enumerate([26, 14, 30, 12, 12, 12, 8, 30, 30, 10], 1):
        log.column_dimensions[openpyxl.utils.get_column_letter(column)].width = width
    data = io.BytesIO()  # saved whole in memory first: a failed write leaves no zip half-closed
    failures: tuple[type[Exception], ...] = (OSError,)
    with suppress(ImportError):  # openpyxl writes through lxml when it is installed
        failures += (importlib.import_module("lxml.etree").SerialisationError,)
    failure: OSError | None = None
    try:
        book.save(data)  # openpyxl still writes each sheet to a temporary file first
    except failures as exc:
        failure = OSError(exc.errno, exc.strerror) if isinstance(exc, OSError) else OSError(errno.EIO, str(exc))
    if failure is not None:
        del book
        _collect_quietly()
        raise write_failed(path, failure)
    write_atomic(path, data.getvalue())


def _collect_quietly() -> None:
    """openpyxl's half-written sheet streams fail once more as they are collected: not news."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _: None
    try:
        gc.collect()
    finally:
        sys.unraisablehook = hook


def read_table(path: Path) -> list[list[str]]:
    """The cells of a CSV file (UTF-8, with or without BOM) or of the first xlsx sheet, as text."""
    if path.suffix.lower() == ".xlsx":
        openpyxl = openpyxl_module()
        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a broken file
            raise error_at(path, f"cannot read the spreadsheet: {exc}", line=0) from None
        sheet = book.worksheets[0]
        return [[uncell(_cell_text(c)) for c in row] for row in sheet.iter_rows(values_only=True)]
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise error_at(path, "not UTF-8 text", line=0, hint="save the CSV as UTF-8") from None
    except OSError as exc:
        raise error_at(path, f"cannot read: {exc.strerror}", line=0) from None
    return [[uncell(c) for c in row] for row in csv.reader(io.StringIO(text))]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
