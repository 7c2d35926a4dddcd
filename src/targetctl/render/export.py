"""Export rows and the export's JSON document, from a status report and a ledger."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from targetctl.domain.ledger import Ledger
from targetctl.domain.model import Target
from targetctl.domain.problems import json_safe
from targetctl.domain.progress import Progress
from targetctl.domain.records import ValueRecord
from targetctl.domain.summary import StatusReport
from targetctl.render.common import goal, unit_text
from targetctl.render.i18n import t as tr
from targetctl.render.status import percent_text, status_json, value_text

RECORD_KEYS = ["recorded", "rid", "id", "as_of", "value", "by", "provisional", "note", "evidence", "state"]


def _value(target: Target, value: float | str | None, lang: str) -> str:
    return "" if value is None else value_text(target, value, lang)


def sheet_goal(target: Target, lang: str) -> str:
    """The goal as people write it in a sheet: '≥ 650 个', '+11%', '1,000–2,000 亩' ('=' left out)."""
    text = goal(target, lang)
    return text[2:] if text.startswith("= ") else text


def sheet_current(value: float | str | None, lang: str) -> float | str | None:
    """The current value as a spreadsheet holds it: a number in the target's unit (its unit
    in the next column; the xlsx shows a rate in a percent cell), a milestone's state in words."""
    if value is None:
        return None
    return tr(value, lang) if isinstance(value, str) else value


def target_rows(report: StatusReport, lang: str) -> list[list[Any]]:
    """The targets sheet: numbers as numbers (the current value, progress as a fraction, the
    last update as a date), the goal as people write it, the unit in its own column."""
    rows: list[list[Any]] = []
    for ps in report.plans:
        for block in ps.blocks:
            for p in block.targets:
                rows.append(_target_row(len(rows) + 1, ps.plan.lead_unit, p, lang))
    return rows


def csv_rows(rows: list[list[Any]]) -> list[list[Any]]:
    """The targets sheet as CSV: progress as the percent Excel reads back as a number (40%)."""
    return [[percent_text(v) if i == PROGRESS and isinstance(v, float) else v for i, v in enumerate(r)] for r in rows]


PROGRESS = 8
"""The progress column of the targets sheet (after the current value and its unit)."""


def _target_row(seq: int, plan_lead: str | None, p: Progress, lang: str) -> list[Any]:
    t = p.target
    return [
        seq,
        t.id,
        t.title.get(lang),
        t.lead_unit or plan_lead or "",
        "、".join(t.supporting_units),
        sheet_goal(t, lang),
        sheet_current(p.current, lang),
        unit_text(t, lang),
        p.fraction,
        tr(p.status, lang),
        p.last_update,
        None,
        None,
        None,
    ]


def record_rows(ledger: Ledger, lang: str, day: dt.date | None = None) -> list[list[Any]]:
    """Every value record of a ledger read with its history, oldest first, marked as `show` marks it."""
    marks = ledger.marks(day)
    rows = []
    order: list[tuple[dt.datetime, str, int]] = []
    for tid, history in ledger.histories.items():
        for entry in history.values:
            rec = entry.record
            assert isinstance(rec, ValueRecord)
            state = marks[rec.id]
            value = rec.value if isinstance(rec.value, str) else _plain_number(rec.value)
            when, provisional = rec.recorded.isoformat(), "yes" if rec.provisional else ""
            row = [when, rec.id, tid, rec.as_of.isoformat(), value, rec.by, provisional]
            order.append((rec.recorded, str(entry.path), entry.line))
            rows.append([*row, rec.note or "", rec.evidence or "", tr(state, lang)])
    # in the logs' own order: records stamped in the same second keep which came later
    return [row for _, row in sorted(zip(order, rows, strict=True), key=lambda pair: pair[0])]


def _plain_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def to_json(report: StatusReport, records: list[list[Any]]) -> str:
    doc = json.loads(status_json(report))
    doc["format"] = "targetctl.export/1"
    doc["records"] = [dict(zip(RECORD_KEYS, row, strict=True)) for row in records]
    return json_safe(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"
