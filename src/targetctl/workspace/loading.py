"""Finding and reading plan files into a Workspace. Knows nothing of the terminal."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pydantic import ValidationError

from targetctl.domain.model import Plan, Target
from targetctl.domain.problems import Problem, TargetctlError, UsageError, display_path
from targetctl.domain.units import BASES, KEYS, describe
from targetctl.io.parallel import pmap
from targetctl.io.pydantic_errors import problems_from, suggest
from targetctl.io.yamlsafe import Document, decode, parse

PLANS_ENV = "TARGETCTL_PLANS"
PLAN_SUFFIXES = (".yaml", ".yml")
MAX_SOURCE_BYTES = 4 * 1024 * 1024


def default_plans_dir() -> Path:
    return Path(os.environ.get(PLANS_ENV) or "plans")


@dataclass
class LoadedPlan:
    plan: Plan
    doc: Document
    path: Path

    @property
    def root(self) -> Path:
        return self.path.parent


@dataclass
class Workspace:
    root: Path
    plans: list[LoadedPlan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0

    @cached_property
    def targets(self) -> dict[str, tuple[LoadedPlan, Target]]:
        return {t.id: (lp, t) for lp in self.plans for t in lp.plan.targets}

    def target(self, ident: str) -> tuple[LoadedPlan, Target]:
        """The target with this id, or an error suggesting the closest ids."""
        found = self.targets.get(ident)
        if found is None:
            hint = suggest(ident, self.targets) or "run 'targetctl list' to see the target ids"
            raise TargetctlError.plain(f"unknown target '{ident}'", hint)
        return found

    def raise_problems(self) -> None:
        if self.problems:
            raise TargetctlError(self.problems)

    @property
    def records_dir(self) -> Path:
        return self.root / "records"


def locate(root: Path, ident: str) -> tuple[Workspace, LoadedPlan, Target]:
    """The plan holding target `ident`, reading only that plan where a plain scan finds it
    (recording into one plan of a large workspace need not parse all the others). Where the
    scan sees a target id or plan id in more than one file, everything is read and checked."""
    from targetctl.io.quickscan import scan
    from targetctl.workspace.checks import check_plans

    found = [(path, *scan(path)) for path in plan_files(root)]
    holders = [path for path, _, ids in found if ident in ids]
    plan_ids = [plan_id for _, plan_id, _ in found]
    if len(holders) == 1 and len(plan_ids) == len(set(plan_ids)):
        loaded, problems = read_plan(holders[0])
        if loaded and ident in {t.id for t in loaded.plan.targets}:
            ws = Workspace(root, [loaded], problems + check_plans([loaded]), 1)
            ws.raise_problems()
            return ws, loaded, ws.target(ident)[1]
    ws = load_workspace(root)
    ws.raise_problems()
    lp, target = ws.target(ident)
    return ws, lp, target


def plan_files(root: Path) -> list[Path]:
    """The plan files of a plans folder: its top-level YAML files, in name order."""
    if not root.is_dir():
        what = "is not a folder" if root.exists() else "not found"
        raise UsageError(f"plans folder '{root}' {what}; pass --plans DIR or set {PLANS_ENV}")
    return sorted(p for p in root.iterdir() if p.suffix in PLAN_SUFFIXES and p.is_file())


def read_plan(path: Path) -> tuple[LoadedPlan | None, list[Problem]]:
    shown = display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(shown, 1, 1, f"cannot read file: {exc.strerror}")]
    text, problems = decode(raw, shown)
    if problems:
        return None, problems
    doc, problems = parse(text, shown)
    if doc is None or problems:
        return None, problems
    if not isinstance(doc.data, dict):
        return None, [doc.problem((), "a plan file must be a mapping with id, title, period, source, targets")]
    problems = _unknown_units(doc)
    try:
        plan = Plan.model_validate(doc.data)
    except ValidationError as exc:
        return None, sorted(problems_from(exc, doc, Plan) + problems)
    if problems:
        return None, problems
    doc.data = None  # the model holds it now; workers send back less
    return LoadedPlan(plan, doc, path), []


def _unknown_units(doc: Document) -> list[Problem]:
    """Units neither in the registry nor declared under 'units:', read from the raw data so
    that they are reported beside the model's own problems."""
    declared = doc.data.get("units")
    names = set(declared) if isinstance(declared, dict) else set()
    targets = doc.data.get("targets")
    out = []
    for i, t in enumerate(targets if isinstance(targets, list) else []):
        unit = t.get("unit") if isinstance(t, dict) else None
        if isinstance(unit, str) and unit and unit not in names and not describe(unit).known:
            near = suggest(unit, [*KEYS, *BASES, *names])
            declare = "declare it under 'units:' with its labels, e.g. units: {吨: {zh: 吨, en: tonnes}}"
            hint = f"{near} Or {declare}" if near else declare
            out.append(doc.problem(("targets", i, "unit"), f"unknown unit '{unit}'", hint=hint))
    return out


def load_workspace(root: Path, files: list[Path] | None = None) -> Workspace:
    """Read every plan in `root` (or just `files`) and run the cross-file checks."""
    from targetctl.workspace.checks import check_plans

    ws = Workspace(root)
    paths = plan_files(root) if files is None else files
    size = sum(p.stat().st_size for p in paths if p.is_file())
    for loaded, problems in pmap(read_plan, paths, size):
        ws.files += 1
        ws.problems += problems
        if loaded:
            ws.plans.append(loaded)
    ws.problems += check_plans(ws.plans)
    return ws


def read_source(lp: LoadedPlan) -> tuple[str | None, Problem | None]:
    loc = ("source", "file")
    rel = lp.plan.source.file
    if "\x00" in rel:
        return None, lp.doc.problem(loc, "source file name holds a NUL character", hint="fix the file name")
    path = lp.root / rel
    try:
        inside = path.resolve().is_relative_to(lp.root.resolve())
    except OSError:
        inside = False
    if ".." in Path(rel).parts or not inside:
        return None, lp.doc.problem(loc, f"source file '{rel}' is outside the plans folder", hint="keep sources in it")
    try:
        if path.exists() and not path.is_file():
            return None, lp.doc.problem(loc, f"source file '{rel}' is not a regular file")
        if path.stat().st_size > MAX_SOURCE_BYTES:
            return None, lp.doc.problem(loc, f"source file '{rel}' is larger than 4 MiB")
        return path.read_text(encoding="utf-8-sig"), None
    except FileNotFoundError:
        return None, lp.doc.problem(
            loc, f"source file '{rel}' not found", hint="the path is relative to the plans folder"
        )
    except (OSError, UnicodeDecodeError) as exc:
        return None, lp.doc.problem(loc, f"source file '{rel}' cannot be read: {exc}")
