"""`export`: targets with their status, and the records, as CSV, JSON, an xlsx workbook, or
typed Parquet tables for a data warehouse (see docs/warehouse.md).

The target sheet follows the layout of government target-responsibility sheets
(序号 / 目标任务 / 牵头单位 / 配合单位 / 目标值 / 完成情况 / 进度 / 状态), with the
target id and two columns to fill in: 本期填报 (the new value) and 填报截至日期 (its
as-of date), which `import` reads back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from targetctl import workspace
from targetctl.commands import Context, Output
from targetctl.domain.ledger import Ledger
from targetctl.domain.model import Plan
from targetctl.domain.summary import Filters, StatusReport
from targetctl.io.files import write_atomic
from targetctl.io.spreadsheets import RECORD_COLUMNS, TARGET_COLUMNS, header, to_csv, write_xlsx
from targetctl.render.export import csv_rows, record_rows, target_rows, to_json
from targetctl.render.formats import Renderers, Screen
from targetctl.render.i18n import t as tr


@dataclass(frozen=True)
class Exported:
    """What the renderers of `export` are given: the status, the workspace read for it, the
    record rows (when read) and where to write."""

    ws: workspace.Workspace
    report: StatusReport
    records: list[list[Any]]
    sheet: str
    day: dt.date
    plan: str | None
    output: Path | None
    made: dt.datetime


RENDERERS: Renderers[Exported, str] = Renderers("export")
"""Each returns the text to print, or writes its file (xlsx, parquet: -o is required) and returns ''."""


@RENDERERS.register("csv")
def _csv(data: Exported, screen: Screen) -> str:
    if data.sheet == "targets":
        return to_csv(header(TARGET_COLUMNS, screen.lang), csv_rows(target_rows(data.report, screen.lang)))
    return to_csv(header(RECORD_COLUMNS, screen.lang), data.records)


@RENDERERS.register("json")
def _json(data: Exported, _screen: Screen) -> str:
    return to_json(data.report, data.records)


@RENDERERS.register("xlsx")
def _xlsx(data: Exported, screen: Screen) -> str:
    assert data.output is not None
    lang, report = screen.lang, data.report
    statuses = [p.status for p in report.progresses()]
    titles = "；".join(ps.plan.title.get(lang) for ps in report.plans)
    print_title = f"{titles} · {tr('as of', lang)} {data.day}"
    made = data.made.astimezone(dt.timezone.utc)
    write_xlsx(data.output, target_rows(report, lang), statuses, data.records, lang, print_title, data.day, made)
    return ""


@RENDERERS.register("parquet")
def _parquet_tables(data: Exported, _screen: Screen) -> str:
    assert data.output is not None
    plans = [lp.plan for lp in data.ws.plans if data.plan is None or lp.plan.id == data.plan]
    _parquet(data.output, data.report, plans, data.ws.ledger)
    return ""


def export(
    root: workspace.Roots,
    fmt: str,
    sheet: str,
    day: dt.date,
    plan: str | None,
    lang: str,
    output: Path | None,
    made: dt.datetime | None = None,
) -> str:
    """Write the export to `output` (required for xlsx and parquet) and return the text for
    csv/json; `made`: when (default: the library's reading of the clock), which an xlsx records."""
    with_records = fmt != "csv" or sheet == "records"
    ws = workspace.load(root, as_of=day, history=with_records)
    report = ws.status(day, Filters(plan=plan))
    records = record_rows(ws.ledger, lang, day) if with_records and fmt != "parquet" else []
    text = RENDERERS.render(
        fmt, Exported(ws, report, records, sheet, day, plan, output, made or workspace.moment()), _Page(lang)
    )
    if output is not None and fmt in ("csv", "json"):
        write_atomic(output, text.encode("utf-8-sig" if fmt == "csv" else "utf-8"))
    return text


@dataclass(frozen=True)
class _Page:
    """A file's look: only its language (no terminal width or colour)."""

    lang: str
    width: int = 0
    color: bool = False


def _parquet(output: Path, report: StatusReport, plans: list[Plan], ledger: Ledger) -> None:
    from targetctl.domain.warehouse import Row, Table, programme_rows, record_rows
    from targetctl.domain.warehouse import target_rows as warehouse_targets
    from targetctl.io.parquet import write_dataset

    tables: dict[Table, dict[str, list[Row]]] = {
        "targets": warehouse_targets(report),
        "records": record_rows(plans, ledger),
        "programmes": programme_rows(plans),
    }
    for parts in tables.values():  # a plan with no rows still has a (typed, empty) part in each table
        for plan in plans:
            parts.setdefault(plan.id, [])
    write_dataset(output, tables)


def run(ctx: Context, fmt: str, sheet: str, day: dt.date | None, plan: str | None, output: Path | None) -> Output:
    """The export as of `day` (default: the context's today). Spreadsheets go to Chinese
    offices: their headers are Chinese unless a language was asked for, whatever the locale
    of the machine that makes them."""
    lang = ctx.lang if fmt == "json" or ctx.lang_asked else "zh"
    text = export(ctx.plans, fmt, sheet, day or ctx.today, plan, lang, output, ctx.now)
    return Output(text if output is None else "")
