"""`list`: the plans → programmes → targets tree."""

from __future__ import annotations

from targetctl import workspace
from targetctl.commands import Context, Output
from targetctl.render.common import to_text
from targetctl.render.tree import plan_tree


def run(ctx: Context) -> Output:
    ws = workspace.load(ctx.plans, records=False)
    return Output(to_text(*plan_tree([lp.plan for lp in ws.plans], ctx.lang), width=ctx.width, color=ctx.color))
