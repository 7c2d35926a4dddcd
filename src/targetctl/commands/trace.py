"""`trace`: each plan's source, sentence by sentence, with what quotes it."""

from __future__ import annotations

from collections.abc import Iterator

from targetctl.commands import Context, Output
from targetctl.domain.model import Plan
from targetctl.domain.sources import Sentence
from targetctl.render.tree import trace_rows
from targetctl.workspace.tracing import trace_workspace


def rows(ctx: Context, plan_id: str | None = None, unmapped: bool = False) -> Iterator[str]:
    """The trace, line by line. The plans and sources are read and traced first, so an error
    comes before any output."""
    traces = trace_workspace(ctx.plans, plan_id)
    return _rows(traces, unmapped, ctx.lang, ctx.color, ctx.width)


def _rows(
    traces: list[tuple[Plan, list[Sentence]]], unmapped: bool, lang: str, color: bool, width: int = 0
) -> Iterator[str]:
    for i, (plan, sentences) in enumerate(traces):
        if i:
            yield "\n"
        yield from trace_rows(plan, enumerate(sentences, 1), lang, color, width, unmapped=unmapped)


def review_page(ctx: Context, plan_id: str | None = None) -> str:
    """The review page (render/review.py) of one plan or all."""
    from targetctl.render.review import review_html

    return review_html(trace_workspace(ctx.plans, plan_id), ctx.lang)


def run(ctx: Context, plan_id: str | None = None, unmapped: bool = False) -> Output:
    return Output("".join(rows(ctx, plan_id, unmapped)))
