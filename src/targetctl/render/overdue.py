"""`overdue`: per lead unit, the targets whose report is overdue."""

from __future__ import annotations

import datetime as dt
import json

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from targetctl.domain.model import Plan
from targetctl.domain.problems import json_safe
from targetctl.domain.progress import CADENCE_DAYS, Progress
from targetctl.domain.summary import Unit
from targetctl.render.cjk import wrap_parts
from targetctl.render.common import fits, literal
from targetctl.render.i18n import f as tf
from targetctl.render.i18n import t as tr


def overdue_tables(
    day: dt.date, groups: dict[Unit, list[tuple[Plan, Progress]]], lang: str = "en", width: int = 100
) -> list[RenderableType]:
    if not groups:
        return [Text(tf("overdue.none", lang, day=day))]
    out: list[RenderableType] = []
    for (unit, folder), rows in groups.items():
        title = literal(unit or tr("(lead unit not given)", lang))
        if folder:
            title += Text("  ") + literal(folder, "dim")
        table = Table(title=title, title_justify="left")
        for name in ("plan", "target", "cadence", "last report", "days since"):
            table.add_column(tr(name, lang), overflow="fold")
        facts = []
        for plan, p in rows:
            since = (day - (p.last_update or plan.period.start)).days
            cadence = tr(p.target.cadence, lang) if p.target.cadence else ""
            last = str(p.last_update or tr("never", lang))
            table.add_row(plan.id, literal(p.target.id), cadence, last, str(since))
            facts.append((plan.id, p.target.id, cadence, last, since))
        if fits(table, width):
            out.append(table)
            continue
        # too narrow for the table without breaking an id: a list, each id on its own line
        heading = title.copy()
        heading.stylize("bold")
        lines: list[RenderableType] = [heading]
        for plan_id, target_id, cadence, last, since in facts:
            lines.append(Text("  ") + literal(target_id, "cyan"))
            parts = [plan_id, cadence, f"{tr('last report', lang)} {last}", f"{tr('days since', lang)} {since}"]
            lines.extend(literal(line) for line in wrap_parts([part for part in parts if part], width, "    "))
        out.append(Group(*lines))
    total = sum(len(rows) for rows in groups.values())
    template = "overdue.summary"
    out.append(Text(tf(template, lang, day=day, n=total, units=len(groups))))
    return out


def overdue_json(day: dt.date, groups: dict[Unit, list[tuple[Plan, Progress]]]) -> str:
    doc = {
        "format": "targetctl.overdue/1",
        "as_of": day.isoformat(),
        "lead_units": [
            {
                "lead_unit": unit or None,
                "folder": folder or None,  # only where the workspace has several plans folders
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
            for (unit, folder), rows in groups.items()
        ],
    }
    return json_safe(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"
