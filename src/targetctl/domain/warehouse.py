"""Typed tables for a data warehouse: targets (with their status as of a day), every record
with its mark, and programmes. Numbers are numbers, dates are dates, units are a column;
no translated display text (statuses and kinds are the plan file's own keywords).

`SCHEMA` is the one definition of the columns and their types: the Parquet writer builds
its schema from it and docs/warehouse.md is checked against it by a test.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from targetctl.domain.kinds import rules
from targetctl.domain.ledger import Ledger
from targetctl.domain.model import Plan, Programme
from targetctl.domain.progress import band, goal_value, sign
from targetctl.domain.records import JudgementRecord, ValueRecord, VoidRecord, target_unit
from targetctl.domain.summary import StatusReport

ColumnType = Literal["string", "double", "date", "timestamp", "bool", "int", "strings"]
Table = Literal["targets", "records", "programmes"]
TABLES: tuple[Table, ...] = ("targets", "records", "programmes")

# Every table is partitioned by `plan` (the plan id), which is therefore not a column of the files.
SCHEMA: dict[Table, dict[str, ColumnType]] = {
    "targets": {
        "target": "string",
        "programme": "string",
        "kind": "string",
        "title_zh": "string",
        "title_en": "string",
        "folder": "string",
        "lead_unit": "string",
        "supporting_units": "strings",
        "unit": "string",
        "comparator": "string",
        "direction": "string",
        "goal": "double",
        "goal_low": "double",
        "goal_high": "double",
        "due": "date",
        "open_ended": "bool",
        "as_of": "date",
        "status": "string",
        "value": "double",
        "state": "string",
        "expected": "double",
        "progress": "double",
        "last_update": "date",
        "report_overdue": "bool",
        "rating": "string",
        "quote": "string",
    },
    "records": {
        "record": "string",
        "type": "string",
        "target": "string",
        "as_of": "date",
        "recorded": "timestamp",
        "value": "double",
        "state": "string",
        "unit": "string",
        "provisional": "bool",
        "correction": "bool",
        "rating": "string",
        "voids": "string",
        "reason": "string",
        "recorded_by": "string",
        "note": "string",
        "evidence": "string",
        "mark": "string",
    },
    "programmes": {
        "programme": "string",
        "parent": "string",
        "depth": "int",
        "title_zh": "string",
        "title_en": "string",
        "quote": "string",
    },
}

Row = dict[str, Any]


def target_rows(report: StatusReport, folder: str | None = None) -> dict[str, list[Row]]:
    """One row per target, by plan id, with its status as of the report's day; `folder` is the
    plans folder the plans were read from, as named (two districts' units of one name are two
    bodies, told apart by it)."""
    out: dict[str, list[Row]] = {}
    for ps in report.plans:
        plan = ps.plan
        rows = out.setdefault(plan.id, [])
        for block in ps.blocks:
            for p in block.targets:
                t = p.target
                numeric = rules(t).numeric
                comparator = getattr(t, "comparator", None)
                limits = band(t)  # in the comparator's sense: the size of a fall, for a decrease
                low, high = sorted(float(v) * sign(t) for v in limits) if limits else (None, None)
                rows.append(
                    {
                        "target": t.id,
                        "programme": t.programme,
                        "kind": t.kind,
                        "title_zh": t.title.zh,
                        "title_en": t.title.en,
                        "folder": folder,
                        "lead_unit": t.lead_unit or plan.lead_unit,
                        "supporting_units": list(t.supporting_units),
                        "unit": target_unit(t) if numeric else None,
                        "comparator": comparator,
                        "direction": None if comparator is None else "decrease" if sign(t) < 0 else "increase",
                        "goal": goal_value(t),
                        "goal_low": low,
                        "goal_high": high,
                        "due": None if t.open_ended else plan.due(t),
                        "open_ended": t.open_ended,
                        "as_of": report.day,
                        "status": p.status,
                        "value": float(p.current) if isinstance(p.current, int | float) else None,
                        "state": p.current if isinstance(p.current, str) else None,
                        "expected": p.expected,
                        "progress": p.fraction,
                        "last_update": p.last_update,
                        "report_overdue": p.overdue,
                        "rating": p.judged.rating if p.judged else None,
                        "quote": t.quote,
                    }
                )
    return out


def record_rows(plans: list[Plan], ledger: Ledger, day: dt.date | None = None) -> dict[str, list[Row]]:
    """Every record read with history, by plan id, marked by the ledger's one rule (`marks`) as
    of `day`, the day of the targets' status: a value as of a later day is "after as-of"."""
    plan_of = {t.id: plan for plan in plans for t in plan.targets}
    targets = {t.id: t for plan in plans for t in plan.targets}
    marks = ledger.marks(day)
    out: dict[str, list[Row]] = {plan.id: [] for plan in plans}
    target_of: dict[str, str] = {}
    entries = []
    for owner_id, history in ledger.histories.items():
        for entry in [*history.values, *history.judgements]:
            target_of[entry.record.id] = owner_id
            entries.append(entry)
    entries += list(ledger.voids.values())
    order: dict[str, tuple[dt.datetime, str, int]] = {}
    for entry in entries:
        rec = entry.record
        owner = rec.target if isinstance(rec, ValueRecord | JudgementRecord) else target_of.get(rec.void)
        if owner is None or owner not in plan_of:
            continue
        tid = owner
        row: Row = dict.fromkeys(SCHEMA["records"])
        row.update(
            record=rec.id,
            type=rec.type,
            target=tid,
            recorded=rec.recorded.astimezone(dt.timezone.utc),
            recorded_by=rec.by,
            mark=marks.get(rec.id),
            provisional=False,
            correction=False,
        )
        if isinstance(rec, ValueRecord):
            row.update(
                as_of=rec.as_of,
                value=None if isinstance(rec.value, str) else float(rec.value),
                state=rec.value if isinstance(rec.value, str) else None,
                unit=None if isinstance(rec.value, str) else target_unit(targets[tid]),
                provisional=rec.provisional,
                correction=rec.correction,
                note=rec.note,
                evidence=rec.evidence,
            )
        elif isinstance(rec, JudgementRecord):
            row.update(as_of=rec.as_of, rating=rec.rating, reason=rec.reason)
        elif isinstance(rec, VoidRecord):
            row.update(voids=rec.void, reason=rec.reason)
        out[plan_of[tid].id].append(row)
        order[rec.id] = (row["recorded"], str(entry.path), entry.line)
    for rows in out.values():
        rows.sort(key=lambda r: order[r["record"]])  # the logs' own order within a second
    return out


def programme_rows(plans: list[Plan]) -> dict[str, list[Row]]:
    """Every programme of every plan, with its parent (None at the top) and depth."""
    out: dict[str, list[Row]] = {}
    for plan in plans:
        rows = out.setdefault(plan.id, [])

        def walk(programmes: list[Programme], parent: str | None, depth: int, rows: list[Row] = rows) -> None:
            for prog in programmes:
                rows.append(
                    {
                        "programme": prog.id,
                        "parent": parent,
                        "depth": depth,
                        "title_zh": prog.title.zh,
                        "title_en": prog.title.en,
                        "quote": prog.quote,
                    }
                )
                walk(prog.programmes, prog.id, depth + 1)

        walk(plan.programmes, None, 0)
    return out


def plan_tables(plan: Plan, report: StatusReport, ledger: Ledger, folder: str | None = None) -> dict[Table, list[Row]]:
    """One plan's rows of every table, from its status and its records read with history
    (the export writes a plan at a time, so that a province's records are never all in memory),
    read from the plans folder named `folder`."""
    return {
        "targets": target_rows(report, folder).get(plan.id, []),
        "records": record_rows([plan], ledger, report.day)[plan.id],
        "programmes": programme_rows([plan])[plan.id],
    }
