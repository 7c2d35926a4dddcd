"""Spreadsheets in and out: `export` (CSV, JSON, xlsx) and `import` (CSV, xlsx).

The target sheet follows the layout of government target-responsibility sheets
(序号 / 目标任务 / 牵头单位 / 配合单位 / 目标值 / 完成情况 / 进度 / 状态), with the
target id and two columns to fill in: 本期填报 (the new value) and 填报截至日期 (its
as-of date). Importing that sheet back records every row whose new value is filled
in. A simpler template works too: 目标编号, 数值, 截至日期 (and optionally 备注, 佐证,
填报人, 初步数). Every row is checked before anything is written.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import gc
import importlib
import io
import itertools
import json
import sys
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from targetctl.commands.status import StatusReport
from targetctl.domain.model import NumericBase, Target
from targetctl.domain.problems import Problem, TargetctlError, clean, display_path, json_safe
from targetctl.domain.progress import Progress, effective
from targetctl.domain.records import BadValue, ValueRecord, implausible, lowered, outside_period, parse_day, value_for
from targetctl.io.files import write_atomic, write_failed
from targetctl.io.pydantic_errors import suggest
from targetctl.io.recordlog import append_all, log_path
from targetctl.render.common import goal
from targetctl.render.i18n import t as tr
from targetctl.workspace.ledger import Ledger
from targetctl.workspace.loading import LoadedPlan, Workspace, load_workspace

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
VOIDED = {tr("voided", "en"), tr("voided", "zh")}
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
    loses control characters and, where a spreadsheet would run it as a formula, gets a
    leading apostrophe (`read_table` takes it off again)."""
    if value is None or isinstance(value, bool | int | float):
        return value
    text = clean(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _uncell(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


def _header(columns: list[tuple[str, str, str]], lang: str) -> list[str]:
    return [zh if lang == "zh" else en for _, zh, en in columns]


def _value(target: Target, value: float | str | None, lang: str) -> str:
    from targetctl.render.status import value_text

    return "" if value is None else value_text(target, value, lang)


def target_rows(report: StatusReport, lang: str) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for ps in report.plans:
        for block in ps.blocks:
            for p in block.targets:
                rows.append(_target_row(len(rows) + 1, ps.plan.lead_unit, p, lang))
    return rows


def _target_row(seq: int, plan_lead: str | None, p: Progress, lang: str) -> list[Any]:
    t = p.target
    return [
        seq,
        t.id,
        t.title.get(lang),
        t.lead_unit or plan_lead or "",
        "、".join(t.supporting_units),
        goal(t, lang),
        _value(t, p.current, lang),
        "" if p.fraction is None else f"{p.fraction * 100:.0f}%",
        tr(p.status, lang),
        str(p.last_update or ""),
        "",
        "",
        "",
    ]


def record_rows(ledger: Ledger, lang: str, day: dt.date | None = None) -> list[list[Any]]:
    """Every value record of a ledger read with its history, oldest first, marked as `show` marks it."""
    marks = ledger.marks(day)
    rows = []
    for tid, history in ledger.histories.items():
        for entry in history.values:
            rec = entry.record
            assert isinstance(rec, ValueRecord)
            state = marks[rec.id]
            value = rec.value if isinstance(rec.value, str) else _plain_number(rec.value)
            when, provisional = rec.recorded.isoformat(), "yes" if rec.provisional else ""
            row = [when, rec.id, tid, rec.as_of.isoformat(), value, rec.by, provisional]
            rows.append([*row, rec.note or "", rec.evidence or "", tr(state, lang)])
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


def _plain_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def to_csv(header: list[str], rows: list[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return out.getvalue()


def to_json(report: StatusReport, records: list[list[Any]]) -> str:
    from targetctl.render.status import status_json

    doc = json.loads(status_json(report))
    doc["format"] = "targetctl.export/1"
    doc["records"] = [dict(zip([k for k, _, _ in RECORD_COLUMNS], row, strict=True)) for row in records]
    return json_safe(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"


def openpyxl_module() -> Any:
    try:
        import openpyxl
    except ImportError:
        raise TargetctlError.plain(
            "xlsx needs the optional openpyxl package", "install it with: pip install 'targetctl[xlsx]'"
        ) from None
    return openpyxl


def to_xlsx(path: Path, report: StatusReport, records: list[list[Any]], lang: str) -> None:
    openpyxl = openpyxl_module()
    from openpyxl.styles import Alignment, Font, PatternFill

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "目标任务" if lang == "zh" else "Targets"
    sheet.append(_header(TARGET_COLUMNS, lang))
    statuses = [p.status for ps in report.plans for b in ps.blocks for p in b.targets]
    for row, status in zip(target_rows(report, lang), statuses, strict=True):
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
    log.append(_header(RECORD_COLUMNS, lang))
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


def export(root: Path, fmt: str, sheet: str, day: dt.date, plan: str | None, lang: str, output: Path | None) -> str:
    """Write the export to `output` (required for xlsx) and return the text for csv/json."""
    from targetctl.commands.status import Filters, check_filters, load, status_report

    with_records = fmt != "csv" or sheet == "records"
    ws, ledger = load(root, day, history=with_records)
    filters = Filters(plan=plan)
    check_filters(ws, filters)
    report = status_report(ws, ledger, day, filters)
    records = record_rows(ledger, lang, day) if with_records else []
    if fmt == "xlsx":
        assert output is not None
        to_xlsx(output, report, records, lang)
        return ""
    if fmt == "json":
        text = to_json(report, records)
    elif sheet == "targets":
        text = to_csv(_header(TARGET_COLUMNS, lang), target_rows(report, lang))
    else:
        text = to_csv(_header(RECORD_COLUMNS, lang), records)
    if output is not None:
        write_atomic(output, text.encode("utf-8-sig" if fmt == "csv" else "utf-8"))
    return text


@dataclass
class Import:
    records: list[tuple[LoadedPlan, ValueRecord]]
    rows: int
    skipped: int = 0  # rows already in a log, or voided there: importing them again changes nothing


def _known(ws: Workspace) -> tuple[Ledger, set[str], set[tuple[str, dt.date, float | str, bool]]]:
    """The logs read in full, the ids of their records, and what each value record says, voided or not."""
    from targetctl.workspace.ledger import read_ledger

    ledger = read_ledger(ws, history=True)
    ids = {e.record.id for h in ledger.histories.values() for e in h.values + h.judgements} | set(ledger.voids)
    said = {(r.target, r.as_of, r.value, r.provisional) for h in ledger.histories.values() for r in h.value_records()}
    return ledger, ids, said


def read_table(path: Path) -> list[list[str]]:
    """The cells of a CSV file (UTF-8, with or without BOM) or of the first xlsx sheet, as text."""
    if path.suffix.lower() == ".xlsx":
        openpyxl = openpyxl_module()
        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a broken file
            raise TargetctlError.at(path, f"cannot read the spreadsheet: {exc}", line=0) from None
        sheet = book.worksheets[0]
        return [[_uncell(_cell_text(c)) for c in row] for row in sheet.iter_rows(values_only=True)]
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise TargetctlError.at(path, "not UTF-8 text", line=0, hint="save the CSV as UTF-8") from None
    except OSError as exc:
        raise TargetctlError.at(path, f"cannot read: {exc.strerror}", line=0) from None
    return [[_uncell(c) for c in row] for row in csv.reader(io.StringIO(text))]


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


def plan_import(root: Path, path: Path, *, by: str, today: dt.date, confirm: bool = False) -> Import:
    """Check every row of the file; the records to write, or an error listing every bad row.
    A value far outside what its target allows is a bad row unless `confirm`."""
    from targetctl.commands.record import new_id, now

    table = read_table(path)
    shown = display_path(path)
    if not table:
        raise TargetctlError.at(path, "the file is empty", line=0)
    if len(table) > MAX_IMPORT_ROWS:
        raise TargetctlError.at(path, f"more than {MAX_IMPORT_ROWS} rows", line=0, hint="split the file")
    columns = _columns(table[0], shown)
    ws = load_workspace(root)
    ws.raise_problems()
    problems: list[Problem] = []
    records: list[tuple[LoadedPlan, ValueRecord]] = []
    stamp = now()
    ledger, ids, said = _known(ws)
    skipped = 0
    row_of: dict[str, int] = {}  # record id -> its row

    def bad_at(row_number: int, key: str, why: str) -> None:
        header = table[0][columns[key]] if key in columns else key
        where = f"row {row_number}, column '{header}'"
        problems.append(Problem(shown, row_number, columns.get(key, 0) + 1, f"{where}: {why}"))

    for number_, row in enumerate(table[1:], 2):
        cell = {key: (row[i].strip() if i < len(row) else "") for key, i in columns.items()}
        if not cell["value"]:
            continue
        if cell.get("rid") in ids or cell.get("state") in VOIDED:
            skipped += 1  # a row of the records export: never a second copy, never a voided value back
            continue

        def bad(key: str, why: str, row_number: int = number_) -> None:
            bad_at(row_number, key, why)

        found = ws.targets.get(cell["id"])
        if found is None:
            hint = suggest(cell["id"], ws.targets)
            bad("id", f"unknown target '{cell['id']}'" + (f"; {hint}" if hint else ""))
            continue
        lp, target = found
        try:
            value = value_for(target, cell["value"])
        except BadValue as exc:
            bad("value", str(exc))
            continue
        far = implausible(target, value)
        if far and not confirm:
            bad("value", f"{far}: is that right? If it is, import again with --confirm")
            continue
        try:
            day = parse_day(cell["as_of"]) if cell["as_of"] else None
        except ValueError:
            bad("as_of", f"'{cell['as_of']}' is not a date; write YYYY-MM-DD")
            continue
        if day is None:
            bad("as_of", "the date the value is as of is missing")
            continue
        outside = f"date {day} is in the future" if day > today else outside_period(lp.plan, day)
        if outside:
            bad("as_of", outside)
            continue
        provisional = cell.get("provisional", "").lower() in {"yes", "true", "1", "是", "y"}
        if (target.id, day, value, provisional) in said:
            skipped += 1  # the same file imported again, or a value voided since
            continue
        said.add((target.id, day, value, provisional))
        new = new_id()
        row_of[new] = number_
        records.append(
            (
                lp,
                ValueRecord(
                    id=new,
                    type="value",
                    target=target.id,
                    as_of=day,
                    value=value,
                    provisional=provisional,
                    note=cell.get("note") or None,
                    evidence=cell.get("evidence") or None,
                    recorded=stamp,
                    by=cell.get("by") or by,
                ),
            )
        )
    for record, why in _lowered([r for _, r in records], ledger, ws):
        bad_at(row_of[record.id], "value", f"{why}; if the earlier figure was wrong, use 'record --correct'")
    if problems:
        raise TargetctlError(sorted(problems, key=lambda p: p.line))
    return Import(records, len(table) - 1, skipped)


def _lowered(new: list[ValueRecord], ledger: Ledger, ws: Workspace) -> Iterator[tuple[ValueRecord, str]]:
    """The new records that would lower a running total below the value in effect before them,
    from the log or from the new records themselves (the rule `record` applies, see `lowered`)."""
    by_target: dict[str, list[ValueRecord]] = {}
    for record in new:
        by_target.setdefault(record.target, []).append(record)
    ids, voided = {r.id for r in new}, ledger.voided
    for tid, records in by_target.items():
        target = ws.targets[tid][1]
        if not (isinstance(target, NumericBase) and target.measure == "cumulative"):
            continue
        values = effective([*ledger.history(tid).value_records(), *records], voided)
        for before, record in itertools.pairwise(values):
            why = lowered(target, [before], record.value, record.as_of, record.provisional)
            if record.id in ids and why:
                yield record, why


def _columns(header: list[str], shown: str) -> dict[str, int]:
    columns: dict[str, int] = {}
    for i, name in enumerate(header):
        for key, names in IMPORT_HEADERS.items():
            if name.strip().lower() in names and key not in columns:
                columns[key] = i
    missing = [k for k in ("id", "value", "as_of") if k not in columns]
    if missing:
        needed = {"id": "目标编号", "value": "本期填报 or 数值", "as_of": "填报截至日期 or 截至日期"}
        raise TargetctlError(
            [
                Problem(shown, 1, 1, f"no column for {needed[k]}", "use the layout `targetctl export` writes")
                for k in missing
            ]
        )
    return columns


def write_import(root: Path, plan: Import) -> int:
    """Append the checked records: one write per plan's log, all of them or none."""
    by_log: dict[Path, list[ValueRecord]] = {}
    ids: dict[Path, str] = {}
    ws = Workspace(root)
    for lp, record in plan.records:
        path = log_path(ws.records_dir, lp.plan.id)
        by_log.setdefault(path, []).append(record)
        ids[path] = lp.plan.id
    append_all([(path, records, ids[path]) for path, records in by_log.items()])
    return len(plan.records)
