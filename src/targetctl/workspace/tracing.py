"""Each plan's source, clause by clause, with what quotes it: `trace`'s text and the review
page of `trace --format html` and `draft --review` read it here."""

from __future__ import annotations

from targetctl.domain.messages import Msg
from targetctl.domain.model import Plan
from targetctl.domain.problems import TargetctlError
from targetctl.domain.sources import Sentence, trace
from targetctl.io.plans import read_source
from targetctl.workspace import Roots, load


def trace_workspace(root: Roots, plan_id: str | None = None) -> list[tuple[Plan, list[Sentence]]]:
    ws = load(root, records=False)
    chosen = [lp for lp in ws.plans if plan_id in (None, lp.plan.id)]
    if plan_id and not chosen:
        raise TargetctlError.plain(
            Msg("unknown.plan", plan=plan_id), Msg("unknown.plans_hint", ids=", ".join(lp.plan.id for lp in ws.plans))
        )
    out = []
    for lp in chosen:
        text, problem = read_source(lp)
        if text is None:
            raise TargetctlError([problem] if problem else [])
        out.append((lp.plan, trace(lp.plan, text)))
    return out
