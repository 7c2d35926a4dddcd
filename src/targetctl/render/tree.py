"""The plans → programmes → targets tree (`list`) and the sentence trace (`trace`)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from targetctl.domain.model import Plan, Programme, Target
from targetctl.domain.sources import Sentence
from targetctl.render.common import goal, literal
from targetctl.render.i18n import f as tf
from targetctl.render.i18n import t as tr


def _target_line(t: Target, lang: str) -> Text:
    line = Text()
    line.append(t.id, style="cyan")
    line.append("  ")
    line.append(literal(t.title.get(lang)))
    line.append(f"  [{tr(t.kind, lang)}: {goal(t, lang)}]", style="dim")
    return line


def _programme_node(branch: Tree, prog: Programme, targets: dict[str, list[Target]], lang: str) -> None:
    node = branch.add(Text.assemble((prog.id, "magenta"), "  ", literal(prog.title.get(lang))))
    for child in prog.programmes:
        _programme_node(node, child, targets, lang)
    for t in targets.get(prog.id, []):
        node.add(_target_line(t, lang))


def plan_tree(plans: list[Plan], lang: str = "en") -> list[Tree]:
    trees = []
    for plan in plans:
        root = Tree(Text.assemble((plan.id, "bold"), "  ", literal(plan.title.get(lang))))
        by_programme: dict[str, list[Target]] = {}
        for t in plan.targets:
            by_programme.setdefault(t.programme, []).append(t)
        for prog in plan.programmes:
            _programme_node(root, prog, by_programme, lang)
        n_programmes = sum(1 for _ in plan.all_programmes())
        summary = tf("{n} targets, {m} programmes", lang, n=len(plan.targets), m=n_programmes)
        root.add(Text(summary, style="dim"))
        trees.append(root)
    return trees


_MARKS = {"mapped": ("✓", "green"), "excluded": ("–", "yellow"), "unmapped": ("✗", "bold red")}


def trace_table(plan: Plan, sentences: list[tuple[int, Sentence]], lang: str = "en") -> Table:
    """The numbered clauses of a plan's source, each marked mapped, excluded or unmapped."""
    table = Table(title=tf("{plan}: source clauses", lang, plan=plan.id), show_lines=False, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("", no_wrap=True)
    table.add_column(tr("clause", lang), ratio=3, overflow="fold")
    table.add_column(tr("mapped to / reason", lang), ratio=2, overflow="fold")
    for n, s in sentences:
        mark, style = _MARKS[s.status]
        detail = ", ".join(s.ids) if s.ids else "; ".join(s.reasons)
        table.add_row(str(n), Text(mark, style=style), literal(s.text), literal(detail))
    counts = {k: sum(1 for _, s in sentences if s.status == k) for k in _MARKS}
    table.caption = ", ".join(f"{v} {tr(k, lang)}" for k, v in counts.items())
    return table
