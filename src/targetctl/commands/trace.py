"""`trace`: each plan's source, sentence by sentence, with what quotes it."""

from __future__ import annotations

from pathlib import Path

from targetctl.commands import Context, Output
from targetctl.domain.model import Plan
from targetctl.domain.problems import TargetctlError
from targetctl.domain.sources import Sentence, trace
from targetctl.io.plans import read_source
from targetctl.render.common import to_text
from targetctl.render.tree import trace_table
from targetctl.workspace import load


def trace_workspace(root: Path, plan_id: str | None = None) -> list[tuple[Plan, list[Sentence]]]:
    ws = load(root, records=False)
    chosen = [lp for lp in ws.plans if plan_id in (None, lp.plan.id)]
    if plan_id and not chosen:
        raise TargetctlError.plain(f"unknown plan '{plan_id}'", ", ".join(lp.plan.id for lp in ws.plans))
    out = []
    for lp in chosen:
        text, problem = read_source(lp)
        if text is None:
            raise TargetctlError([problem] if problem else [])
        out.append((lp.plan, trace(lp.plan, text)))
    return out


def run(ctx: Context, plan_id: str | None = None, unmapped: bool = False) -> Output:
    traces = trace_workspace(ctx.plans, plan_id)
    numbered = [
        (p, [(n, s) for n, s in enumerate(ss, 1) if not unmapped or s.status == "unmapped"]) for p, ss in traces
    ]
    tables = [trace_table(p, ss, ctx.lang) for p, ss in numbered]
    return Output(to_text(*tables, width=ctx.width, color=ctx.color))
