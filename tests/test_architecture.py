"""The layers of docs/architecture.md, checked on the source: imports go one way, down."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "targetctl"

# A layer may import its own modules and any layer of a lower rank; io and render share a
# rank and may not import each other.
RANK = {"domain": 0, "io": 1, "render": 1, "workspace": 2, "commands": 3, "cli": 4}

# What the pure core must never touch: files, the clock's sources, processes, terminals.
NOT_IN_DOMAIN = {"os", "sys", "io", "shutil", "subprocess", "tempfile", "yaml", "rich", "typer", "click", "time"}
NOT_IN_RENDER = {"os", "sys", "shutil", "subprocess", "tempfile", "yaml", "typer", "click"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports(name: str, path: Path) -> set[str]:
    """Every module this one imports, at the top or inside a function, resolved to a name."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: {i for i in imports(name, path) if i in known and i != name} for name, path in known.items()}


def layer(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in RANK else None


def upward(source: str, target: str) -> bool:
    mine, theirs = layer(source), layer(target)
    if mine is None or theirs is None:
        return False
    if mine == theirs:
        return mine == "commands" and target != "targetctl.commands" and source != "targetctl.commands"
    return RANK[theirs] >= RANK[mine]


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    found: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                found.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    return found


def test_every_module_is_in_a_layer() -> None:
    loose = {
        n for n in modules() if layer(n) is None and n not in {"targetctl", "targetctl.__main__", "targetctl.workspace"}
    }
    assert not loose


def test_no_import_cycles() -> None:
    assert cycles(graph()) == []


def test_imports_only_go_down() -> None:
    wrong = sorted(f"{s} -> {t}" for s, targets in graph().items() for t in targets if upward(s, t))
    assert wrong == []


def test_the_package_root_imports_nothing_eagerly() -> None:
    """`import targetctl` (and so every submodule's import) must stay free: the library API is
    loaded on first use."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    top = [
        n
        for n in tree.body
        if isinstance(n, ast.Import) or (isinstance(n, ast.ImportFrom) and n.module != "__future__")
    ]
    assert all(isinstance(n, ast.ImportFrom) and n.module in {"typing"} for n in top)


@pytest.mark.parametrize(("prefix", "banned"), [("domain", NOT_IN_DOMAIN), ("render", NOT_IN_RENDER)])
def test_pure_layers_touch_no_files_or_terminals(prefix: str, banned: set[str]) -> None:
    wrong = sorted(
        f"{name} imports {i}"
        for name, path in modules().items()
        if layer(name) == prefix
        for i in imports(name, path)
        if i.split(".")[0] in banned
    )
    assert wrong == []


def test_the_checker_sees_a_cycle_and_an_upward_import() -> None:
    assert cycles({"a": {"b"}, "b": {"a"}}) == [["a", "b", "a"]]
    assert upward("targetctl.domain.model", "targetctl.io.files")
    assert upward("targetctl.io.files", "targetctl.render.common")
    assert upward("targetctl.commands.show", "targetctl.commands.status")
    assert not upward("targetctl.commands.show", "targetctl.workspace")
    assert not upward("targetctl.render.status", "targetctl.domain.progress")


# Tests mirror modules (docs/architecture.md, "Tests"): the share of modules with a test file of their own.
TESTS = Path(__file__).resolve().parent
MIRRORED_AT_LEAST = 0.75


def counted_modules() -> list[Path]:
    """The modules that count: every source file but a package's `__init__.py` and `__main__.py`."""
    return [p for p in sorted(PACKAGE.rglob("*.py")) if p.name not in ("__init__.py", "__main__.py")]


def mirror_paths(module: Path) -> list[Path]:
    """Where a module's own tests may live: src/targetctl/io/files.py in tests/io/test_files.py; a
    module of a subpackage (domain/drafting/numbers.py) in tests/domain/drafting/test_numbers.py or
    tests/domain/test_drafting_numbers.py. A trailing underscore is dropped (import_ → test_import)."""
    layer, *packages, _ = module.relative_to(PACKAGE).parts
    stem = module.stem.rstrip("_")
    return [
        TESTS.joinpath(layer, *packages, f"test_{stem}.py"),
        TESTS.joinpath(layer, "test_" + "_".join([*packages, stem]) + ".py"),
    ]


def imported(test_file: Path) -> set[str]:
    """The modules a test file imports: `import a.b` gives a.b; `from a.b import c` gives a.b
    and a.b.c (c may be a module)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(test_file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def mirrored(module: Path) -> bool:
    """Whether a module has a test file of its own that imports it (a test file that only runs
    the CLI tests the CLI, not the module named like it)."""
    name = module_name(module)
    return any(path.exists() and name in imported(path) for path in mirror_paths(module))


def unmirrored() -> list[str]:
    return [module.relative_to(PACKAGE).as_posix() for module in counted_modules() if not mirrored(module)]


def test_three_quarters_of_the_modules_have_their_own_test_file() -> None:
    total, missing = len(counted_modules()), unmirrored()
    share = (total - len(missing)) / total
    assert share >= MIRRORED_AT_LEAST, (
        f"{share:.0%} of {total} modules have a test file that imports them; without one: {missing}"
    )


def test_the_mirror_rule_finds_both_layouts() -> None:
    numbers = PACKAGE / "domain" / "drafting" / "numbers.py"
    assert mirror_paths(numbers) == [
        TESTS / "domain" / "drafting" / "test_numbers.py",
        TESTS / "domain" / "test_drafting_numbers.py",
    ]
    assert mirror_paths(PACKAGE / "commands" / "import_.py")[0] == TESTS / "commands" / "test_import.py"
    assert PACKAGE / "__main__.py" not in counted_modules()


def test_a_test_file_that_never_imports_its_module_does_not_mirror_it(tmp_path: Path) -> None:
    only_cli = tmp_path / "test_show.py"
    only_cli.write_text("from tests.conftest import Run\n\ndef test_x(run: Run) -> None:\n    run('show')\n")
    direct = tmp_path / "test_files.py"
    direct.write_text("from targetctl.io.files import write_atomic\nfrom targetctl.commands import show\n")
    assert "targetctl.commands.show" not in imported(only_cli)
    assert {"targetctl.io.files", "targetctl.commands.show"} <= imported(direct)


def test_every_file_the_architecture_names_exists() -> None:
    """docs/architecture.md names tests and source files by path: each must be there (a
    template such as test_kinds_NAME.py aside)."""
    text = (PACKAGE.parents[1] / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:tests|src/targetctl)/[\w/.]+\.py)`", text))
    layouts = {"tests/domain/drafting/test_numbers.py"}  # one of the two layouts the mirror rule allows
    missing = sorted(p for p in named - layouts if "NAME" not in p and not (PACKAGE.parents[1] / p).exists())
    assert named and missing == [], missing
