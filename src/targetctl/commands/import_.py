"""`import`: record many values at once from a spreadsheet (CSV or xlsx).

Importing the sheet `export` writes records every row whose new value is filled in. A
simpler template works too: 目标编号, 数值, 截至日期 (and optionally 备注, 佐证, 填报人,
初步数). Every row is checked before anything is written, and a row already in a log,
or voided there, is skipped: importing the same file twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from targetctl import workspace
from targetctl.commands import Context, Output
from targetctl.domain.ledger import Ledger
from targetctl.domain.model import NumericBase
from targetctl.domain.problems import Problem, TargetctlError
from targetctl.domain.progress import effective
from targetctl.domain.records import BadValue, ValueRecord, implausible, lowered, outside_period, parse_day, value_for
from targetctl.domain.suggest import suggest
from targetctl.io.paths import display_path, error_at
from targetctl.io.plans import LoadedPlan
from targetctl.io.recordlog import append_all, log_path
from targetctl.io.spreadsheets import IMPORT_HEADERS, MAX_IMPORT_ROWS, read_table
from targetctl.render.i18n import f
from targetctl.render.i18n import t as tr
from targetctl.workspace import Workspace
from targetctl.workspace.writing import default_author, new_id, now

VOIDED = {tr("voided", "en"), tr("voided", "zh")}


@dataclass
class Import:
    records: list[tuple[LoadedPlan, ValueRecord]]
    rows: int
    skipped: int = 0  # rows already in a log, or voided there: importing them again changes nothing


def _known(ws: Workspace) -> tuple[Ledger, set[str], set[tuple[str, dt.date, float | str, bool]]]:
    """The logs read in full, the ids of their records, and what each value record says, voided or not."""
    ledger = ws.read_records(history=True)
    ids = {e.record.id for h in ledger.histories.values() for e in h.values + h.judgements} | set(ledger.voids)
    said = {(r.target, r.as_of, r.value, r.provisional) for h in ledger.histories.values() for r in h.value_records()}
    return ledger, ids, said


def plan_import(root: Path, path: Path, *, by: str, today: dt.date, confirm: bool = False) -> Import:
    """Check every row of the file; the records to write, or an error listing every bad row.
    A value far outside what its target allows is a bad row unless `confirm`."""
    table = read_table(path)
    shown = display_path(path)
    if not table:
        raise error_at(path, "the file is empty", line=0)
    if len(table) > MAX_IMPORT_ROWS:
        raise error_at(path, f"more than {MAX_IMPORT_ROWS} rows", line=0, hint="split the file")
    columns = _columns(table[0], shown)
    ws = workspace.load(root, records=False)
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


def run(ctx: Context, file: Path, *, by: str | None, dry_run: bool = False, confirm: bool = False) -> Output:
    planned = plan_import(ctx.plans, file, by=by or default_author(), today=ctx.today, confirm=confirm)
    written = 0 if dry_run else write_import(ctx.plans, planned)
    text = f("{n} rows read, {m} values recorded", ctx.lang, n=planned.rows, m=written) + "\n"
    if planned.skipped:
        text += f("{k} rows skipped: already recorded, or voided", ctx.lang, k=planned.skipped) + "\n"
    return Output(text)
