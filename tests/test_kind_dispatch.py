"""A target kind is one module (`domain/kinds/`): outside the domain, code asks the kind
(`kinds.rules(target)`) and never tests which kind a target is. Checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

from targetctl.domain.kinds import MODELS
from targetctl.domain.vocabulary import KINDS

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "targetctl"

# Translation, schema and plan-writing modules name every kind by design.
EXEMPT = {"render/i18n.py", "render/plan_yaml.py", "commands/schema.py", "io/pydantic_errors.py"}
KIND_CLASSES = {m.__name__ for m in MODELS} | {"Judged", "NumericBase", "OneGoal"}


def _names(node: ast.expr) -> set[str]:
    """The class names in an isinstance's second argument: A, A | B, (A, B), module.A."""
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.Attribute):
        return {node.attr}
    if isinstance(node, ast.BinOp):
        return _names(node.left) | _names(node.right)
    if isinstance(node, ast.Tuple):
        return {n for e in node.elts for n in _names(e)}
    return set()


def _strings(node: ast.expr) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return {s for e in node.elts for s in _strings(e)}
    return set()


def _is_kind(node: ast.expr) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "kind") or (
        isinstance(node, ast.Name) and node.id == "kind"
    )


def branches_on_kind(source: str) -> list[str]:
    """Every place in `source` that tests for a concrete kind: isinstance with a kind's class, a
    class pattern of one, a kind's name compared with `.kind`, or a kind's class imported."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "isinstance":
            hit = _names(node.args[1]) & KIND_CLASSES if len(node.args) == 2 else set()
            found += [f"{node.lineno}: isinstance with {', '.join(sorted(hit))}"] if hit else []
        elif isinstance(node, ast.MatchClass) and _names(node.cls) & KIND_CLASSES:
            found.append(f"{node.lineno}: case {ast.unparse(node.cls)}()")
        elif isinstance(node, ast.Compare) and any(_is_kind(n) for n in (node.left, *node.comparators)):
            hit = {s for n in (node.left, *node.comparators) for s in _strings(n)} & set(KINDS)
            found += [f"{node.lineno}: kind compared with {', '.join(sorted(hit))}"] if hit else []
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("targetctl.domain"):
            hit = {a.name for a in node.names} & KIND_CLASSES
            found += [f"{node.lineno}: imports {', '.join(sorted(hit))}"] if hit else []
    return found


def test_no_module_outside_the_domain_branches_on_a_kind() -> None:
    offences = []
    for path in sorted(PACKAGE.rglob("*.py")):
        where = path.relative_to(PACKAGE).as_posix()
        if where.startswith("domain/") or where in EXEMPT:
            continue
        offences += [f"{where}:{hit}" for hit in branches_on_kind(path.read_text(encoding="utf-8"))]
    assert not offences, "ask domain.kinds.rules(target) instead:\n" + "\n".join(offences)


def test_the_scan_sees_each_way_of_branching_on_a_kind() -> None:
    source = """
from targetctl.domain.model import Plan, Quantity
def f(t, kind):
    if isinstance(t, Growth | Share):
        pass
    if isinstance(t, (model.Milestone, int)):
        pass
    if t.kind == "range" or kind in ("ratio", "x"):
        pass
    match t:
        case Relation():
            pass
    return isinstance(t, Plan) or t.kind == "programme"
"""
    hits = branches_on_kind(source)
    assert [h.split(":")[0] for h in hits] == ["2", "4", "6", "8", "8", "11"]
    assert not branches_on_kind("from targetctl.domain.kinds import rules\nx = rules(t).numeric\n")


def test_every_kind_has_its_own_module_and_the_vocabulary_names_them_all() -> None:
    stems = {p.stem for p in (PACKAGE / "domain" / "kinds").glob("*.py")} - {"__init__", "base"}
    modules = {stem.removesuffix("_") for stem in stems}  # range_: not to shadow the builtin
    assert modules == set(KINDS)
    assert tuple(m.model_fields["kind"].annotation.__args__[0] for m in MODELS) == KINDS  # type: ignore[union-attr]
