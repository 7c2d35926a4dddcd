"""The data of a progress report: status as of a day, with each numeric target's month chart,
and the at-a-glance summary by plan and programme."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from targetctl.domain.ledger import Ledger
from targetctl.domain.model import Plan, Programme, Target
from targetctl.domain.progress import ChartPoint, Progress, chart_points, effective
from targetctl.domain.summary import Filters, PlanStatus, StatusReport, check_filters, status_report
from targetctl.domain.vocabulary import Status


@dataclass
class Row:
    progress: Progress
    depth: int
    chart: list[ChartPoint] = field(default_factory=list)


@dataclass
class Section:
    plan: PlanStatus
    blocks: list[tuple[Programme, int, list[Row]]]


GLANCE: tuple[Status, ...] = ("achieved", "on-track", "at-risk", "behind", "missed", "no-data")
"""The statuses a report's first page counts, in this order."""


@dataclass
class GlanceRow:
    """One line of a report's first page: a plan or top-level programme and its counts."""

    title: str
    depth: int
    targets: int
    counts: dict[Status, int]
    progress: float | None
    lead_units: list[str] = field(default_factory=list)


ATTENTION: tuple[Status, ...] = ("missed", "behind", "at-risk")
"""The statuses a report lists under what needs attention, worst first."""


@dataclass
class Attention:
    """A target a reader must look at: its progress, who leads it, and how far it is from where it should be."""

    progress: Progress
    lead_unit: str | None
    gap: float | None
    """Expected by now minus the latest value (in the target's unit); None where either is unknown."""


@dataclass
class ReportData:
    report: StatusReport
    sections: list[Section]
    generated: dt.datetime


def report_data(
    plans: list[Plan], ledger: Ledger, day: dt.date, plan: str | None, generated: dt.datetime
) -> ReportData:
    """Status as of `day` plus, for each numeric target, its actual and expected by month,
    from a ledger read with history."""
    filters = Filters(plan=plan)
    check_filters(plans, filters)
    report = status_report(plans, ledger, day, filters)
    by_id = {p.id: p for p in plans}
    sections = []
    for ps in report.plans:
        blocks = []
        for block in ps.blocks:
            rows = []
            for p in block.targets:
                values = effective(ledger.history(p.target.id).value_records(), ledger.voided)
                rows.append(Row(p, block.depth, chart_points(by_id[ps.plan.id], p.target, values, day)))
            blocks.append((block.programme, block.depth, rows))
        sections.append(Section(ps, blocks))
    return ReportData(report, sections, generated)


def at_a_glance(data: ReportData, lang: str) -> list[GlanceRow]:
    """Each plan, then each of its top-level programmes (with everything inside), counted."""
    rows = []
    for section in data.sections:
        ps = section.plan
        plan_lead = [ps.plan.lead_unit] if ps.plan.lead_unit else []
        rows.append(
            GlanceRow(
                ps.plan.title.get(lang), 0, ps.rollup.targets, dict(ps.rollup.counts), ps.rollup.progress, plan_lead
            )
        )
        top: GlanceRow | None = None
        for block in ps.blocks:
            if block.depth == 0:
                r = block.rollup
                top = GlanceRow(block.programme.title.get(lang), 1, r.targets, dict(r.counts), r.progress)
                rows.append(top)
            if top is not None:
                for p in block.targets:
                    unit = lead_unit(ps.plan, p.target)
                    if unit and unit not in top.lead_units:
                        top.lead_units.append(unit)
    return rows


def lead_unit(plan: Plan, target: Target) -> str | None:
    """Who leads a target: its own lead unit, else its plan's (None when the text names neither)."""
    return target.lead_unit or plan.lead_unit


def needs_attention(data: ReportData) -> list[Attention]:
    """Missed, then behind, then at-risk targets, each with its lead unit and its gap to expected."""
    found: list[Attention] = []
    for status in ATTENTION:
        for section in data.sections:
            for _, _, rows in section.blocks:
                for row in rows:
                    p = row.progress
                    if p.status != status:
                        continue
                    gap = None
                    if p.expected is not None and isinstance(p.current, int | float):
                        gap = p.expected - float(p.current)
                    found.append(Attention(p, lead_unit(section.plan.plan, p.target), gap))
    return found
