"""`export`: targets with their status, and the records, as CSV, JSON, an xlsx workbook, or
typed Parquet tables for a data warehouse (see docs/warehouse.md).

The target sheet follows the layout of government target-responsibility sheets
(序号 / 目标任务 / 牵头单位 / 配合单位 / 目标值 / 完成情况 / 进度 / 状态), with the
target id and two columns to fill in: 本期填报 (the new value) and 填报截至日期 (its
as-of date), which `import` reads back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from targetctl import workspace
from targetctl.commands import Context, Output
from targetctl.domain.ledger import Ledger
from targetctl.domain.model import Plan
from targetctl.domain.summary import Filters, StatusReport
from targetctl.io import clock
from targetctl.io.files import write_atomic
from targetctl.io.spreadsheets import RECORD_COLUMNS, TARGET_COLUMNS, header, to_csv, write_xlsx
from targetctl.render.export import csv_rows, record_rows, target_rows, to_json
from targetctl.render.i18n import t as tr


def export(
    root: Path,
    fmt: str,
    sheet: str,
    day: dt.date,
    plan: str | None,
    lang: str,
    output: Path | None,
    made: dt.datetime | None = None,
) -> str:
    """Write the export to `output` (required for xlsx and parquet) and return the text for
    csv/json; `made`: when (default: now), which an xlsx records."""
    with_records = fmt != "csv" or sheet == "records"
    ws = workspace.load(root, as_of=day, history=with_records)
    report = ws.status(day, Filters(plan=plan))
    ledger = ws.ledger
    if fmt == "parquet":
        assert output is not None
        _parquet(output, report, [lp.plan for lp in ws.plans if plan is None or lp.plan.id == plan], ledger)
        return ""
    records = record_rows(ledger, lang, day) if with_records else []
    if fmt == "xlsx":
        assert output is not None
        statuses = [p.status for p in report.progresses()]
        titles = "；".join(ps.plan.title.get(lang) for ps in report.plans)
        print_title = f"{titles} · {tr('as of', lang)} {day}"
        made = (made or clock.now()).astimezone(dt.timezone.utc)
        write_xlsx(output, target_rows(report, lang), statuses, records, lang, print_title, day, made)
        return ""
    if fmt == "json":
        text = to_json(report, records)
    elif sheet == "targets":
        text = to_csv(header(TARGET_COLUMNS, lang), csv_rows(target_rows(report, lang)))
    else:
        text = to_csv(header(RECORD_COLUMNS, lang), records)
    if output is not None:
        write_atomic(output, text.encode("utf-8-sig" if fmt == "csv" else "utf-8"))
    return text


def _parquet(output: Path, report: StatusReport, plans: list[Plan], ledger: Ledger) -> None:
    from targetctl.domain.warehouse import programme_rows, record_rows
    from targetctl.domain.warehouse import target_rows as warehouse_targets
    from targetctl.io.parquet import write_dataset

    write_dataset(
        output,
        {
            "targets": warehouse_targets(report),
            "records": record_rows(plans, ledger),
            "programmes": programme_rows(plans),
        },
    )


def run(ctx: Context, fmt: str, sheet: str, day: dt.date | None, plan: str | None, output: Path | None) -> Output:
    """The export as of `day` (default: the context's today). Spreadsheets go to Chinese
    offices: their headers are Chinese unless a language was asked for, whatever the locale
    of the machine that makes them."""
    lang = ctx.lang if fmt == "json" or ctx.lang_asked else "zh"
    text = export(ctx.plans, fmt, sheet, day or ctx.today, plan, lang, output, ctx.now)
    return Output(text if output is None else "")
