"""A plan's assessed targets as the rows `status`'s table view is rendered from
(`render/status_table.py`): plain data, with every word that needs a target's kind already
written in one language, so that the start-up fast path can render a table from rows saved
with the plan's part without loading a model. Imports no Rich: `record` makes them for its
plan's part under the writers' lock."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from targetctl.domain.kinds import rules
from targetctl.domain.vocabulary import LANGS
from targetctl.render.common import goal, number
from targetctl.render.i18n import f as tf
from targetctl.render.i18n import t as tr
from targetctl.render.line import expected_text, value_text

if TYPE_CHECKING:
    from targetctl.domain.model import Plan, Target
    from targetctl.domain.progress import Progress
    from targetctl.domain.rollup import Rollup
    from targetctl.domain.summary import PlanStatus


def due_text(plan: Plan, target: Target, lang: str = "en") -> str:
    """'due 2025-12-31', or 'no deadline' for an open-ended target."""
    day = plan.deadline(target)
    return f"{tr('due', lang)} {day}" if day else tr("no deadline", lang)


def expected_cell(plan: Plan, p: Progress, lang: str = "en", *, unit: bool = True) -> str:
    """Expected by now, '—' where there is no path, and 'no deadline' for an open-ended number."""
    if p.expected_shown:
        return expected_text(p.target, p.expected, lang, unit=unit)
    return tr("no deadline", lang) if plan.deadline(p.target) is None else "—"


def projection_text(p: Progress, lang: str = "en", *, short: bool = False) -> str:
    """'at this pace 560 of 650 by 2020-12-31; off track since 2020-09-15; needs 43 a month to finish'."""
    pr, t = p.projection, p.target
    aim = rules(t).goal_number()
    if pr is None or aim is None:  # only a quantity to reach is projected (`progress.project`)
        return "—" if short else ""
    at_due = expected_text(t, pr.at_due, lang, unit=False)
    if short:
        return at_due
    parts = [tf("status.at_this_pace", lang, value=at_due, goal=number(aim), due=pr.due)]
    if pr.off_track_since:
        parts.append(tf("status.off_track_since", lang, day=pr.off_track_since))
    if pr.needed_a_month is not None and pr.at_due < float(aim):
        needed = expected_text(t, pr.needed_a_month, lang, unit=False)
        parts.append(tf("status.needs_a_month", lang, value=needed))
    return ("；" if lang == "zh" else "; ").join(parts)


def rollup_rows(rollup: Rollup) -> dict[str, Any]:
    return {"targets": rollup.targets, "total": rollup.total, "counts": dict(rollup.counts)}


def target_rows(plan: Plan, p: Progress, lang: str) -> dict[str, Any]:
    t = p.target
    updated = str(p.last_update) if p.last_update else "—"
    if p.provisional:
        updated += f" ({tr('provisional', lang)})"
    return {
        "id": t.id,
        "title": t.title.get(lang),
        "status": p.status,
        "fraction": p.fraction,
        "due": plan.due(t).isoformat(),
        "last": str(p.last_update) if p.last_update else None,
        "updated": updated,
        "now": value_text(t, p.current, lang),
        "goal": goal(t, lang),
        "expected": expected_cell(plan, p, lang),
        "exp_short": expected_text(t, p.expected, lang, unit=False) if p.expected_shown else None,
        "open": plan.deadline(t) is None,
        "pace": projection_text(p, lang, short=True),
        "judged": p.judged.rating if p.judged else None,
        "disagrees": p.disagrees,
        "overdue": p.overdue,
    }


def plan_rows(ps: PlanStatus, lang: str) -> dict[str, Any]:
    """The plan's rows in `lang` (the form `render/status_table.py` documents)."""
    plan = ps.plan
    return {
        "id": plan.id,
        "title": plan.title.get(lang),
        "rollup": rollup_rows(ps.rollup),
        "blocks": [
            {
                "depth": b.depth,
                "title": b.programme.title.get(lang),
                "rollup": rollup_rows(b.rollup),
                "targets": [target_rows(plan, p, lang) for p in b.targets],
            }
            for b in ps.blocks
        ],
    }


def every_language(ps: PlanStatus | None) -> dict[str, Any]:
    """The plan's rows in each interface language (None: a plan with no target), as a part
    keeps them: the writer that saves them does not know the language of the next `status`."""
    return {lang: None if ps is None else plan_rows(ps, lang) for lang in LANGS}
