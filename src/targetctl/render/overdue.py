"""`overdue`: per lead unit, the targets whose report is overdue."""

from __future__ import annotations

import datetime as dt
import json

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from targetctl.domain.model import Plan
from targetctl.domain.problems import json_safe
from targetctl.domain.progress import CADENCE_DAYS, Progress
from targetctl.render.common import literal
from targetctl.render.i18n import f as tf
from targetctl.render.i18n import t as tr


def overdue_tables(
    day: dt.date, groups: dict[str, list[tuple[Plan, Progress]]], lang: str = "en"
) -> list[RenderableType]:
    if not groups:
        return [Text(tf("As of {day}: no report is overdue.", lang, day=day))]
    out: list[RenderableType] = []
    for unit, rows in groups.items():
        table = Table(title=literal(unit or tr("(lead unit not given)", lang)), title_justify="left")
        for name in ("plan", "target", "cadence", "last report", "days since"):
            table.add_column(tr(name, lang), overflow="fold")
        for plan, p in rows:
            since = (day - (p.last_update or plan.period.start)).days
            table.add_row(
                plan.id,
                literal(p.target.id),
                tr(p.target.cadence, lang) if p.target.cadence else "",
                str(p.last_update or tr("never", lang)),
                str(since),
            )
        out.append(table)
    total = sum(len(rows) for rows in groups.values())
    template = "As of {day}: {n} overdue report(s) in {units} lead unit(s)."
    out.append(Text(tf(template, lang, day=day, n=total, units=len(groups))))
    return out


def overdue_json(day: dt.date, groups: dict[str, list[tuple[Plan, Progress]]]) -> str:
    doc = {
        "format": "targetctl.overdue/1",
        "as_of": day.isoformat(),
        "lead_units": [
            {
                "lead_unit": unit or None,
                "targets": [
                    {
                        "plan": plan.id,
                        "target": p.target.id,
                        "cadence": p.target.cadence,
                        "cadence_days": CADENCE_DAYS[p.target.cadence] if p.target.cadence else None,
                        "last_report": p.last_update.isoformat() if p.last_update else None,
                    }
                    for plan, p in rows
                ],
            }
            for unit, rows in groups.items()
        ],
    }
    return json_safe(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"
