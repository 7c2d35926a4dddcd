"""The plans → programmes → targets tree (`list`) and the sentence trace (`trace`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rich.cells import cell_len
from rich.text import Text
from rich.tree import Tree

from targetctl.domain.model import Plan, Programme, Target
from targetctl.domain.problems import visible
from targetctl.domain.sources import Sentence
from targetctl.render.cjk import wrap_cells
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
        summary = tf("list.summary", lang, n=len(plan.targets), m=n_programmes)
        root.add(Text(summary, style="dim"))
        trees.append(root)
    return trees


def _wrapped(parts: list[str], width: int, ids: bool) -> Iterator[str]:
    """'        → id1, id2' (or a reason, word by word) over as many lines as `width` needs,
    never breaking an id or a word."""
    line = "        →"
    for i, part in enumerate(parts):
        piece = f" {part}" + ("," if ids and i < len(parts) - 1 else "")
        if cell_len(line) + cell_len(piece) > width and line.strip() != "→":
            yield line + "\n"
            line = "         "
        if not ids and cell_len(line) + cell_len(piece) > width:
            # a Chinese reason has no spaces: it breaks between its characters, never in a number
            *done, line = wrap_cells(line + piece, width, " " * 10)  # under the reason's first character
            yield from (d + "\n" for d in done)
            continue
        line += piece
    yield line + "\n"


_MARKS = {"mapped": ("✓", "32"), "excluded": ("–", "33"), "unmapped": ("✗", "1;31")}  # ANSI colours


def trace_rows(
    plan: Plan,
    sentences: Iterable[tuple[int, Sentence]],
    lang: str = "en",
    color: bool = False,
    width: int = 0,
    *,
    unmapped: bool = False,
) -> Iterator[str]:
    """The numbered clauses of a plan's source, one line each, marked mapped, excluded or
    unmapped, with the ids that quote it or the reason it is excluded; then the counts. Lines
    are made one by one, so a source of megabytes streams instead of waiting for a table of
    every clause to be measured (that took 87 s and 1.5 GB for 2 MB). On a terminal `width`
    cells wide, a line that would not fit puts its ids on lines of their own, each id whole,
    so that the terminal's wrapping never cuts one. `unmapped`: list only the unmapped clauses
    (the counts are still of every clause)."""
    from targetctl.domain.drafting.said_zh import said  # trace alone reads reasons: `list` does not load it

    yield tf("trace.heading", lang, plan=plan.id) + "\n"
    counts = dict.fromkeys(_MARKS, 0)
    for n, s in sentences:
        counts[s.status] += 1
        if unmapped and s.status != "unmapped":
            continue
        mark, colour = _MARKS[s.status]
        if color:
            mark = f"\x1b[{colour}m{mark}\x1b[0m"
        detail = ", ".join(s.ids) + (", …" if s.more else "") if s.ids else "; ".join(said(r, lang) for r in s.reasons)
        text = visible(s.text)
        line = f"{n:>5} {mark} {text}  → {visible(detail)}" if detail else f"{n:>5} {mark} {text}"
        if not width or cell_len(line) - (len(mark) - 1) <= width:
            yield line + "\n"
            continue
        number = f"{n:>5} "
        for i, part in enumerate(wrap_cells(f"{number}! {text}", width, " " * 8)):
            # the placeholder stands alone on its line when the clause opens with a long word
            yield (number + mark + part[len(number) + 1 :] if i == 0 else part) + "\n"
        if detail:
            yield from _wrapped(
                visible(detail).split(", ") if s.ids else visible(detail).split(" "), width, bool(s.ids)
            )
    yield ("，" if lang == "zh" else ", ").join(
        tf("trace.count", lang, n=v, status=tr(k, lang)) for k, v in counts.items()
    ) + "\n"
