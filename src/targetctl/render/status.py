"""Status as Rich tables, one line, or a stable JSON document."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from rich import box
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from targetctl.domain.kinds import rules
from targetctl.domain.model import Target
from targetctl.domain.problems import json_safe
from targetctl.domain.progress import ChartPoint, Progress, Rollup, sign
from targetctl.domain.records import JudgementRecord, ValueRecord
from targetctl.domain.summary import Changes, PeriodView, StatusReport
from targetctl.domain.vocabulary import STATUSES
from targetctl.render.common import literal
from targetctl.render.i18n import f as tf
from targetctl.render.i18n import t as tr
from targetctl.render.line import BAR as BAR  # the one line after `record`, without Rich: re-exported
from targetctl.render.line import bar as bar
from targetctl.render.line import expected_text as expected_text
from targetctl.render.line import percent_text as percent_text
from targetctl.render.line import status_line as status_line
from targetctl.render.line import value_text as value_text
from targetctl.render.overview import OVERVIEW_HINT as OVERVIEW_HINT  # the fast path renders the overview
from targetctl.render.overview import counts_text as counts_text
from targetctl.render.overview import day_line, overview_of
from targetctl.render.overview import rollup_text as rollup_text
from targetctl.render.show_view import STATE_STYLE as STATE_STYLE  # its one home, without Rich
from targetctl.render.status_rows import due_text as due_text  # shared with show, report and docx
from targetctl.render.status_rows import expected_cell as expected_cell
from targetctl.render.status_rows import plan_rows
from targetctl.render.status_rows import projection_text as projection_text
from targetctl.render.status_table import RATING_STYLE as RATING_STYLE  # the table view, without models
from targetctl.render.status_table import STYLE as STYLE
from targetctl.render.status_table import WIDE as WIDE
from targetctl.render.status_table import View as View
from targetctl.render.status_table import status_cell_of, tables_of


def status_cell(p: Progress, lang: str = "en") -> Text:
    return status_cell_of(p.status, p.judged.rating if p.judged else None, p.disagrees, p.overdue, lang)


def status_tables(
    report: StatusReport, lang: str = "en", width: int = 100, view: View | None = None
) -> list[RenderableType]:
    """One table per plan, grouped by programme: the wide layout from WIDE columns, else the
    compact one; where even that cannot fit without cutting an id or a number, a list.
    Targets needing attention come first; unless `view.show_all`, those with no data are a count."""
    return tables_of(
        [plan_rows(ps, lang) for ps in report.plans], summary_line(report, lang), lang, width, view or View()
    )


def overview(report: StatusReport, lang: str = "en") -> list[RenderableType]:
    """One line per plan, for a workspace too large to list target by target."""
    rows = [(ps.plan.id, ps.plan.title.get(lang), ps.rollup) for ps in report.plans]
    return overview_of(rows, report.rollup, report.day, lang)


def summary_line(report: StatusReport, lang: str = "en") -> str:
    return day_line(report.day, report.rollup, lang)


def _rollup_json(rollup: Rollup) -> dict[str, Any]:
    return {"targets": rollup.targets, "progress": rollup.progress, "counts": dict(rollup.counts)}


def target_json(p: Progress, plan_id: str, due: str | None, plan_lead: str | None = None) -> dict[str, Any]:
    t = p.target
    judged = p.judged
    return {
        "id": t.id,
        "plan": plan_id,
        "programme": t.programme,
        "kind": t.kind,
        "title": {"zh": t.title.zh, "en": t.title.en},
        "goal": rules(t).goal_json(),
        "lead_unit": t.lead_unit or plan_lead,
        "due": due,
        "open_ended": t.open_ended,
        "current": p.current,
        "expected": p.expected,
        "progress": p.fraction,
        "status": p.status,
        "last_update": p.last_update.isoformat() if p.last_update else None,
        "provisional": p.provisional,
        "overdue": p.overdue,
        "judged": None
        if judged is None
        else {"rating": judged.rating, "reason": judged.reason, "by": judged.by, "as_of": judged.as_of.isoformat()},
        "disagrees": p.disagrees,
        "projection": None
        if p.projection is None
        else {
            "at_due": p.projection.at_due,
            "needed_a_month": p.projection.needed_a_month,
            "off_track_since": p.projection.off_track_since.isoformat() if p.projection.off_track_since else None,
        },
    }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def status_json(report: StatusReport) -> str:
    plans = []
    for ps in report.plans:
        plans.append(
            {
                "id": ps.plan.id,
                "title": {"zh": ps.plan.title.zh, "en": ps.plan.title.en},
                "summary": _rollup_json(ps.rollup),
                "programmes": [
                    {
                        "id": b.programme.id,
                        "title": {"zh": b.programme.title.zh, "en": b.programme.title.en},
                        "depth": b.depth,
                        "summary": _rollup_json(b.rollup),
                    }
                    for b in ps.blocks
                ],
                "targets": [
                    target_json(p, ps.plan.id, _iso(ps.plan.deadline(p.target)), ps.plan.lead_unit)
                    for b in ps.blocks
                    for p in b.targets
                ],
            }
        )
    doc = {
        "format": "targetctl.status/1",
        "as_of": report.day.isoformat(),
        "statuses": list(STATUSES),
        "summary": _rollup_json(report.rollup),
        "plans": plans,
    }
    return json_safe(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"


def _period_name(day: dt.date, every: str, last: bool) -> str:
    name = f"{day.year} Q{(day.month - 1) // 3 + 1}" if every == "quarter" else f"{day:%Y-%m}"
    return f"{name}*" if last and day != _period_end(day, every) else name


def _period_end(day: dt.date, every: str) -> dt.date:
    month = (day.month + 2) // 3 * 3 if every == "quarter" else day.month
    following = dt.date(day.year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _cell(target: Target, point: ChartPoint | None, lang: str) -> Text:
    if point is None:
        return Text("")
    actual = point.actual if isinstance(point.actual, float | int) else None
    shown = value_text(target, actual, lang, unit=False) if actual is not None else "—"
    if point.expected is None:
        return Text(shown)
    wanted = expected_text(target, point.expected, lang, unit=False)
    behind = actual is not None and actual * sign(target) < point.expected * sign(target)
    return Text(f"{shown}/{wanted}", style="red" if behind else "")


def period_table(view: PeriodView, lang: str = "en", width: int = 100) -> list[RenderableType]:
    """One column per month or quarter, each 'actual/expected' at its end; as many of the
    latest periods as the width holds, the rest said in the caption."""
    if not view.rows:
        return [Text(tf("status.no_match", lang))]
    id_width = max(len(row.target.id) for row in view.rows)
    cells = [[_cell(row.target, row.points.get(d), lang) for d in view.ends] for row in view.rows]
    col = max((c.cell_len for line in cells for c in line), default=6)
    col = max(col, 8)
    fit = max(1, (width - id_width - 1) // (col + 2))
    shown = view.ends[-fit:]
    first = len(view.ends) - len(shown)
    caption = tf("status.period_caption", lang, every=tr(view.every, lang))
    if first:
        caption += "; " + tf("status.last_shown", lang, n=len(shown), m=len(view.ends))
    table = Table(caption=caption, box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column(tr("target", lang), no_wrap=True, min_width=id_width)
    for i, d in enumerate(shown):
        table.add_column(_period_name(d, view.every, i == len(shown) - 1), no_wrap=True, justify="right")
    for row, line in zip(view.rows, cells, strict=True):
        table.add_row(Text(row.target.id, style="cyan"), *line[first:])
    return [table]


def changes_view(ch: Changes, lang: str = "en") -> list[RenderableType]:
    """Status moves and records between two days: the body of a weekly or monthly briefing."""
    out: list[RenderableType] = [Text(tf("status.changes", lang, since=ch.since, day=ch.day), "bold")]
    moved = Table(title=tr("status changes", lang), box=box.SIMPLE_HEAD, pad_edge=False)
    for name in ("target", "was", "now"):
        moved.add_column(tr(name, lang), no_wrap=True)
    for _plan, target, was, now in ch.moved:
        moved.add_row(Text(target.id, style="cyan"), tr(was, lang), Text(tr(now, lang), style=STYLE[now]))
    if not ch.moved:
        moved.caption = tr("no status changed", lang)
    records = Table(title=tr("records", lang), box=box.SIMPLE_HEAD, pad_edge=False)
    records.add_column(tr("as of", lang), no_wrap=True)
    records.add_column(tr("target", lang), no_wrap=True)
    records.add_column(tr("value", lang), overflow="fold")
    records.add_column(tr("by", lang), no_wrap=True, overflow="ellipsis", max_width=14)
    records.add_column(tr("state", lang), no_wrap=True)
    for entry, target_id, state in ch.records:
        rec = entry.record
        as_of = rec.as_of if isinstance(rec, ValueRecord | JudgementRecord) else rec.recorded.date()
        if isinstance(rec, ValueRecord):
            about = ch.targets.get(target_id or "")
            what = value_text(about, rec.value, lang) if about else str(rec.value)
        elif isinstance(rec, JudgementRecord):
            what = tf("status.judged", lang, rating=tr(rec.rating, lang)) + f": {rec.reason}"
        else:
            what = f"{tr('void', lang)} {rec.void}: {rec.reason}"
        records.add_row(
            str(as_of),
            literal(target_id or "—"),
            literal(what),
            literal(rec.by),
            Text(tr(state, lang), style=STATE_STYLE[state]),
        )
    if not ch.records:
        records.caption = tr("no records", lang)
    return [*out, moved, records]
