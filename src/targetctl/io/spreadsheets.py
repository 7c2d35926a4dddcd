"""Spreadsheets: the sheet layouts, cells that are only ever data, CSV and xlsx in and out."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import errno
import gc
import importlib
import io
import re
import sys
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from targetctl.domain.messages import Msg
from targetctl.domain.problems import TargetctlError, xml_text
from targetctl.domain.records import written_day
from targetctl.io.files import write_atomic, write_failed
from targetctl.io.paths import error_at
from targetctl.io.sheetfind import header_row, is_xlsx, table_sheet
from targetctl.io.xlsx_layout import record_cells, record_header, wrap_rows

# (key, Chinese header, English header)
TARGET_COLUMNS = [
    ("seq", "序号", "No."),
    ("id", "目标编号", "Target id"),
    ("title", "目标任务", "Target"),
    ("lead", "牵头单位", "Lead unit"),
    ("support", "配合单位", "Supporting units"),
    ("goal", "目标值", "Goal"),
    ("current", "完成情况", "Current value"),
    ("unit", "单位", "Unit"),
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


# what import reads, checked as it streams: data rows (the header not counted), columns, a
# cell's characters (Excel's own limit is 32,767), a CSV's bytes, and an xlsx's unpacked parts
MAX_IMPORT_ROWS = 100_000
MAX_COLUMNS = 64
MAX_CELLS = 2_000_000
MAX_CELL_CHARS = 131_072
CSV_FIELD_BYTES = 1024 * 1024  # past this a cell is refused without reading it whole
MAX_CSV_BYTES = 128 * 1024 * 1024
MAX_XLSX_BYTES = 256 * 1024 * 1024
MAX_SHARED_STRINGS_BYTES = 8 * 1024 * 1024  # openpyxl reads about 1 MB of them a second
MAX_ZIP_RATIO = 200


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
        raise TargetctlError.plain(Msg("sheet.needs_openpyxl"), Msg("sheet.install_openpyxl")) from None
    return openpyxl


def write_xlsx(
    path: Path,
    targets: list[list[Any]],
    statuses: Sequence[str],
    records: list[list[Any]],
    lang: str,
    print_title: str = "",
    as_of: dt.date | None = None,
    made: dt.datetime | None = None,
    signed: Sequence[bool] = (),
) -> None:
    """The targets sheet (numbers as numbers with their formats, status cells in the status
    colour, set up to print: landscape A4 one page wide, the header on every page, a title with
    the plan and the as-of day) and the records sheet."""
    openpyxl = openpyxl_module()
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    if as_of is not None:  # import checks the shown status and progress against this day's
        book.properties.subject = f"{EXPORT_MARK}{as_of.isoformat()}" + (f" made {made.isoformat()}" if made else "")
    sheet = book.active
    sheet.title = TARGET_SHEETS[0] if lang == "zh" else TARGET_SHEETS[1]
    keys = [key for key, _, _ in TARGET_COLUMNS]
    sheet.append(header(TARGET_COLUMNS, lang))
    status_column = keys.index("status") + 1
    for index, (row, status) in enumerate(zip(targets, statuses, strict=True)):
        sheet.append([None] * len(row))
        _typed_row(sheet, sheet.max_row, dict(zip(keys, row, strict=True)), keys, signed[index] if signed else True)
        sheet.cell(row=sheet.max_row, column=status_column).fill = PatternFill("solid", fgColor=STATUS_FILL[status])
    longest_id = max((len(str(row[keys.index("id")])) for row in targets), default=0)
    widths = {"seq": 5, "id": min(36, max(26, longest_id + 2)), "title": 36, "lead": 14, "support": 14, "goal": 16}
    widths |= {"current": 11, "unit": 7, "progress": 10, "status": 9, "updated": 11, "new_value": 10, "new_date": 12}
    widths |= {"note": 16}
    for column, key in enumerate(keys, 1):
        sheet.column_dimensions[get_column_letter(column)].width = widths[key]
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    wrapped = {keys.index(k): widths[k] for k in ("id", "title", "lead", "support", "goal")}
    wrap_rows(sheet, wrapped, Alignment)
    _print_setup(sheet, print_title, len(targets) + 1)
    units = {row[keys.index("id")]: row[keys.index("unit")] for row in targets}
    log = book.create_sheet("进度记录" if lang == "zh" else "Records")
    record_keys = [key for key, _, _ in RECORD_COLUMNS]
    log.append(record_header(header(RECORD_COLUMNS, lang), record_keys, lang))
    for record_row in records:
        typed = record_cells(record_row, record_keys, units)
        log.append([None] * len(typed))
        for column, value in enumerate(typed, 1):
            cell = log.cell(row=log.max_row, column=column)
            _text_or_number(cell, value)
            if isinstance(value, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm:ss" if column == 1 else "yyyy-mm-dd"
    log_widths = [20, 14, widths["id"], 11, 12, 7, 12, 8, 30, 30, 10]  # an id as wide as on the targets sheet
    for column, width in enumerate(log_widths, 1):
        log.column_dimensions[get_column_letter(column)].width = width
    wrap_rows(log, {2: log_widths[2], 6: log_widths[6], 8: log_widths[8], 9: log_widths[9]}, Alignment)
    _print_setup(log, print_title, len(records) + 1)
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


def _text_or_number(cell: Any, value: object) -> None:
    """A cell that is only ever data: a number stays a number; text is a string cell, which no
    spreadsheet runs as a formula; one that starts like a formula is also marked quote-prefixed
    (Excel's own mark, shown as nothing), never given a typed apostrophe."""
    if value is None or isinstance(value, bool | int | float | dt.date):
        cell.value = value
        return
    text = xml_text(value)
    cell.value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_START):
        cell.quotePrefix = True


def _typed_row(sheet: Any, number: int, row: dict[str, Any], keys: list[str], signed: bool) -> None:
    """`signed`: the value is a change (a growth), shown with its sign as the CLI shows it."""
    for column, key in enumerate(keys, 1):
        cell = sheet.cell(row=number, column=column)
        value = row[key]
        if key == "current" and isinstance(value, int | float) and row["unit"] == "%":
            cell.value = value / 100  # a rate in a percent cell: 9.5% holds 0.095, as Excel keeps it
            cell.number_format = "+0.0%;-0.0%;0.0%" if signed else "0.0%"
            continue
        _text_or_number(cell, value)
        if key == "current" and isinstance(value, int | float):
            cell.number_format = "#,##0" if float(value).is_integer() else "#,##0.0#"
        elif key == "progress" and value is not None:
            cell.number_format = "0.0%"
        elif key in ("updated", "new_date"):
            cell.number_format = "yyyy-mm-dd"


def _print_setup(sheet: Any, title: str, rows: int) -> None:
    """Landscape A4, one page wide, the header row on every page, panes frozen below it, an
    autofilter on it, and a print title with the plan and the as-of day."""
    from openpyxl.utils import get_column_letter

    last = get_column_letter(sheet.max_column)
    sheet.freeze_panes = "C2" if sheet.max_column > 6 else "A2"
    sheet.auto_filter.ref = f"A1:{last}{max(rows, 1)}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = True
    if title:
        sheet.oddHeader.center.text = xml_text(title).replace("&", "&&")
    sheet.oddFooter.center.text = "&P / &N"


def _collect_quietly() -> None:
    """openpyxl's half-written sheet streams fail once more as they are collected: not news."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _: None
    try:
        gc.collect()
    finally:
        sys.unraisablehook = hook


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell as read: its text, where it is (`Sheet1!E5`, or `E5` in a CSV), and what the
    spreadsheet knew about it: a number's value and percent format, a date cell's day."""

    text: str
    where: str
    percent: bool = False
    number: float | None = None
    day: dt.date | None = None


@dataclass
class Table:
    """A file's header row, then its other rows streamed as (row number, cells); `encoding`
    names a CSV's encoding when it was not UTF-8."""

    header: list[Cell]
    rows: Iterator[tuple[int, list[Cell]]]
    encoding: str | None = None
    exported: Exported | None = None  # what an xlsx `export` says of itself
    header_line: int = 1  # below the title rows a sheet may have above its header


@contextmanager
def open_table(path: Path) -> Iterator[Table]:
    """A CSV (UTF-8, GB18030 or UTF-16, comma or tab separated) or the first xlsx sheet, read a
    row at a time: every limit is checked as it streams, so a hostile file is refused early."""
    with ExitStack() as stack:
        made = None
        if is_xlsx(path):
            rows, made = _xlsx_rows(path, stack)
            encoding = None
        else:
            encoding = _encoding(path)
            rows = _csv_rows(path, encoding, stack)
        counted = _counted(path, rows)
        first, counted = header_row(path, counted, IMPORT_HEADERS)
        yield Table(first[1], counted, "GB18030" if encoding == "gb18030" else None, made, first[0])


def read_table(path: Path) -> list[list[str]]:
    """Every cell of a file as text (for tests and small files)."""
    with open_table(path) as table:
        return [[c.text for c in table.header], *([c.text for c in row] for _, row in table.rows)]


def _counted(path: Path, rows: Iterator[tuple[int, list[Cell]]]) -> Iterator[tuple[int, list[Cell]]]:
    cells = 0
    for count, (number, row) in enumerate(rows):
        cells += len(row)
        if count > MAX_IMPORT_ROWS:  # the header is row 0 of the count: it is not a data row
            raise error_at(
                path, Msg("sheet.too_many_rows", limit=MAX_IMPORT_ROWS), line=number, hint=Msg("sheet.split")
            )
        if cells > MAX_CELLS:
            raise error_at(path, Msg("sheet.too_many_cells", limit=MAX_CELLS), line=number, hint=Msg("sheet.split"))
        yield number, row


def _letter(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _too_long(path: Path, where: str, line: int) -> TargetctlError:
    return error_at(
        path, Msg("sheet.cell_too_long", where=where, limit=MAX_CELL_CHARS), line=line, hint=Msg("sheet.shorten")
    )


EXPORT_MARK = "targetctl export as of "
"""The start of the subject an xlsx export is given, with the day its shown columns are for."""
TARGET_SHEETS = ("目标任务", "Targets")


@dataclass(frozen=True)
class Exported:
    """What an xlsx export records of itself: the day its shown columns are for, and when it was
    made (the records written since do not count against what it showed)."""

    day: dt.date
    made: dt.datetime | None = None


def _xlsx_rows(path: Path, stack: ExitStack) -> tuple[Iterator[tuple[int, list[Cell]]], Exported | None]:
    """The rows of the targets sheet an export wrote (wherever it was moved to), else of the
    first sheet; and the day the export's shown columns are for, when it says."""
    openpyxl = openpyxl_module()
    _check_zip(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise error_at(path, Msg("sheet.unreadable", reason=str(exc)), line=0) from None
    stack.callback(book.close)
    sheet = table_sheet(book, TARGET_SHEETS, IMPORT_HEADERS["id"])
    sheet.reset_dimensions()  # the <dimension> tag may be wrong: read every row there is
    raw = None
    if _has_formulas(path):  # a formula saved without its result reads as an empty cell: read them too
        formulas = openpyxl.load_workbook(path, read_only=True, data_only=False)
        stack.callback(formulas.close)
        raw = formulas[sheet.title]
        raw.reset_dimensions()
    return _sheet_rows(path, sheet, raw), exported(str(getattr(book.properties, "subject", None) or ""))


def exported(subject: str) -> Exported | None:
    """The day and the moment an xlsx export says it was made for and at, from its subject."""
    found = re.fullmatch(rf"{re.escape(EXPORT_MARK)}(\d{{4}}-\d\d-\d\d)(?: made (\S+))?", subject.strip())
    if found is None:
        return None
    try:
        made = dt.datetime.fromisoformat(found[2]) if found[2] else None
        return Exported(dt.date.fromisoformat(found[1]), made if made is None or made.tzinfo else None)
    except ValueError:
        return None


def _has_formulas(path: Path) -> bool:
    """Whether any sheet of the workbook holds a formula (an <f> element), read as it streams."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                with archive.open(name) as member:
                    tail = b""
                    while chunk := member.read(1 << 20):
                        if re.search(rb"<(?:\w+:)?f[\s>/]", tail + chunk):
                            return True
                        tail = chunk[-16:]
    return False


def _sheet_rows(path: Path, sheet: Any, raw: Any = None) -> Iterator[tuple[int, list[Cell]]]:
    """The sheet's rows; `raw`: the same sheet read with its formulas, where it has any."""
    title = sheet.title
    formulas = raw.iter_rows() if raw is not None else None
    try:
        for number, row in enumerate(sheet.iter_rows(), 1):
            if len(row) > MAX_COLUMNS:
                raise error_at(path, Msg("sheet.too_many_columns", row=number, limit=MAX_COLUMNS), line=number)
            cells = [_cell(path, f"{title}!{_letter(i)}{number}", c, number) for i, c in enumerate(row, 1)]
            for i, written in enumerate(next(formulas, ()) if formulas is not None else (), 1):
                formula = getattr(written, "value", None)
                if isinstance(formula, str) and formula.startswith("=") and i <= len(cells) and not cells[i - 1].text:
                    where = f"{title}!{_letter(i)}{number}"
                    hint = Msg("sheet.formula_hint")
                    raise error_at(path, Msg("sheet.formula_no_value", where=where), line=number, hint=hint)
            yield number, cells
    except TargetctlError:
        raise
    except Exception as exc:  # a broken sheet is found as it streams
        raise error_at(path, Msg("sheet.unreadable", reason=str(exc)), line=0) from None


def _cell(path: Path, where: str, cell: Any, line: int) -> Cell:
    value = getattr(cell, "value", None)
    if value is None:
        return Cell("", where)
    if isinstance(value, dt.datetime | dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        return Cell(day.isoformat(), where, day=day)
    if isinstance(value, bool):
        return Cell(str(value), where)
    if isinstance(value, int | float):
        # as Excel shows it: to 15 significant digits (649.9999999999999 is 650)
        number = float(f"{float(value):.15g}")
        text = str(int(number)) if number.is_integer() else repr(number)
        return Cell(text, where, "%" in str(getattr(cell, "number_format", "")), number)
    text = str(value)
    if len(text) > MAX_CELL_CHARS:
        raise _too_long(path, where, line)
    return Cell(uncell(text), where)


def _check_zip(path: Path) -> None:
    """Refuse a zip bomb by the sizes its directory declares, before anything is unpacked
    (zipfile itself stops reading a member at its declared size)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (OSError, zipfile.BadZipFile) as exc:
        raise error_at(path, Msg("sheet.unreadable", reason=str(exc)), line=0) from None
    total = sum(m.file_size for m in members)
    if total > MAX_XLSX_BYTES or any(
        m.file_size > 1024 * 1024 and m.file_size > MAX_ZIP_RATIO * max(m.compress_size, 1) for m in members
    ):
        raise error_at(
            path,
            Msg("sheet.zip_bomb", total=total, ratio=MAX_ZIP_RATIO, limit=MAX_XLSX_BYTES),
            line=0,
            hint=Msg("sheet.save_again"),
        )
    shared = sum(m.file_size for m in members if m.filename.lower().endswith("sharedstrings.xml"))
    if shared > MAX_SHARED_STRINGS_BYTES:
        raise error_at(
            path,
            Msg("sheet.shared_strings", size=shared, limit=MAX_SHARED_STRINGS_BYTES),
            line=0,
            hint=Msg("sheet.split_file"),
        )


def _encoding(path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with its BOM (Excel's "Unicode text"), else GB18030
    (Excel's CSV on Chinese Windows): the first that decodes the whole file."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError as exc:
        raise error_at(path, Msg("sheet.cannot_read", reason=exc.strerror), line=0) from None
    if size > MAX_CSV_BYTES:
        raise error_at(path, Msg("sheet.csv_too_large", limit=MAX_CSV_BYTES), line=0, hint=Msg("sheet.split_file"))
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for encoding in ("utf-8", "gb18030"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(1024 * 1024):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        except OSError as exc:
            raise error_at(path, Msg("sheet.cannot_read", reason=exc.strerror), line=0) from None
        return encoding
    raise error_at(path, Msg("sheet.not_text"), line=0, hint=Msg("sheet.save_utf8"))


class _Bounded(io.RawIOBase):
    """A file read only up to the byte limit, counted as it is read (the file may grow)."""

    def __init__(self, path: Path) -> None:
        self.handle = path.open("rb")
        self.left = MAX_CSV_BYTES

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.handle.read(min(len(buffer), self.left + 1))
        self.left -= len(data)
        if self.left < 0:
            raise OSError(errno.EFBIG, f"the file is larger than {MAX_CSV_BYTES:,} bytes")
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.handle.close()
        super().close()


def _csv_rows(path: Path, encoding: str, stack: ExitStack) -> Iterator[tuple[int, list[Cell]]]:
    try:
        raw = _Bounded(path)
    except OSError as exc:
        raise error_at(path, Msg("sheet.cannot_read", reason=exc.strerror), line=0) from None
    text = stack.enter_context(io.TextIOWrapper(io.BufferedReader(raw), encoding=encoding, newline=""))
    with path.open("rb") as handle:  # Excel's "Unicode text" is tab separated
        first = handle.read(64 * 1024).decode(encoding, errors="replace").split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    return _csv_cells(path, csv.reader(text, delimiter=delimiter))


def _csv_cells(path: Path, reader: Iterator[list[str]]) -> Iterator[tuple[int, list[Cell]]]:
    old = csv.field_size_limit()
    number = 0
    try:
        csv.field_size_limit(CSV_FIELD_BYTES)
        for number, row in enumerate(reader, 1):
            if len(row) > MAX_COLUMNS:
                raise error_at(path, Msg("sheet.too_many_columns", row=number, limit=MAX_COLUMNS), line=number)
            cells = []
            for column, text in enumerate(row, 1):
                where = f"{_letter(column)}{number}"
                if len(text) > MAX_CELL_CHARS:
                    raise _too_long(path, where, number)
                cells.append(Cell(uncell(text), where))
            csv.field_size_limit(old)
            yield number, cells
            csv.field_size_limit(CSV_FIELD_BYTES)
    except csv.Error as exc:
        if "field limit" not in str(exc):
            raise error_at(path, Msg("sheet.not_csv", row=number + 1, reason=str(exc)), line=number + 1) from None
        raise error_at(
            path, Msg("sheet.csv_cell_too_long", row=number + 1, limit=MAX_CELL_CHARS), line=number + 1
        ) from None
    except UnicodeDecodeError:  # it decoded whole a moment ago
        raise error_at(path, Msg("sheet.changed"), line=0, hint=Msg("sheet.import_again")) from None
    except OSError as exc:
        raise error_at(
            path, Msg("sheet.os_error", reason=exc.strerror or str(exc)), line=0, hint=Msg("sheet.split_file")
        ) from None
    finally:
        csv.field_size_limit(old)


_EXCEL_EPOCH = dt.date(1899, 12, 30)


def office_day(cell: Cell) -> dt.date:
    """The day a cell holds, written as offices write it: a date cell, an Excel serial number,
    2020-06-30, 2020/6/30, 2020-6-30, 2020.6.30 or 2020年6月30日 (ValueError otherwise)."""
    if cell.day is not None:
        return cell.day
    text = unicodedata.normalize("NFKC", cell.text).strip()
    serial = cell.number if cell.number is not None else (float(text) if text.isdigit() and len(text) <= 5 else None)
    if serial is not None:
        if not (serial.is_integer() and 20_000 <= serial < 100_000):  # 1954 to 2173: 2025 alone is a year
            raise ValueError(text)
        return _EXCEL_EPOCH + dt.timedelta(days=int(serial))
    return written_day(text)
