"""Plan files: found in a plans folder, read safely, validated into the model, with their
source texts. Knows nothing of the terminal or of record logs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from targetctl.domain.messages import Msg
from targetctl.domain.model import Plan
from targetctl.domain.problems import Problem, UsageError
from targetctl.domain.suggest import suggest
from targetctl.domain.units import BASES, KEYS, describe
from targetctl.io import statecache
from targetctl.io.paths import PLANS_ENV, display_path, is_inside, resolved
from targetctl.io.pydantic_errors import problems_from
from targetctl.io.yamlsafe import Document, decode, parse

PLAN_SUFFIXES = (".yaml", ".yml")
MAX_SOURCE_BYTES = 4 * 1024 * 1024


@dataclass
class LoadedPlan:
    plan: Plan
    doc: Document
    path: Path

    @property
    def root(self) -> Path:
        return self.path.parent


def looks_joined(name: str) -> bool:
    """Whether a name looks like several folders joined by another separator than this
    platform's: a comma, a line break, or the other platform's (`a;b` on Linux; `a:b` on
    Windows, a drive's colon aside)."""
    return "," in name or "\n" in name or (";" in name if os.pathsep == ":" else ":" in name[2:])


def why_missing(root: Path) -> Msg | None:
    """What a plans folder not found most likely is, if anything: folders joined by another
    separator than this system's, or a folder inside an empty one of a repository that has
    submodules (a submodule not checked out yet)."""
    if looks_joined(str(root)):  # a list read from a file, one a line, is shown on one line
        shown = str(root).replace("\r", "\\r").replace("\n", "\\n")
        return Msg("usage.plans_other_separator", root=shown, env=PLANS_ENV, sep=os.pathsep)
    above = next((folder for folder in root.parents if folder.exists()), None)
    if above is None or not above.is_dir() or any(above.iterdir()) or above.resolve() == Path.cwd().resolve():
        return None  # the folder one works in, empty, is a workspace yet to start
    if any((folder / ".gitmodules").is_file() for folder in above.resolve().parents):
        return Msg("usage.plans_in_empty_folder", root=root, empty=above)
    return None


def plan_files(root: Path) -> list[Path]:
    """The plan files of a plans folder: its top-level YAML files, in name order. A link that
    leads nowhere is one too: reading it reports it, rather than the plan going missing unsaid."""
    if not root.is_dir():
        if not root.exists():
            raise UsageError(why_missing(root) or Msg("usage.plans_not_found", root=root, env=PLANS_ENV))
        raise UsageError(Msg("usage.plans_not_folder", root=root, env=PLANS_ENV))
    return sorted(
        p for p in root.iterdir() if p.suffix in PLAN_SUFFIXES and (p.is_file() or (p.is_symlink() and not p.exists()))
    )


def read_plan(path: Path) -> tuple[LoadedPlan | None, list[Problem]]:
    shown = display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        if path.is_symlink() and not path.exists():  # named as the link, not where it leads
            link = f"{display_path(path.parent)}/{path.name}"
            return None, [Problem(link, 1, 1, Msg("plan.dangling_link", target=path.readlink().as_posix()))]
        return None, [Problem(shown, 1, 1, Msg("plan.cannot_read", reason=exc.strerror))]
    text, problems = decode(raw, shown)
    if problems:
        return None, problems
    return statecache.plan(  # a plan is parsed and validated once per text
        text,
        lambda: _parsed(path, shown, text),
        lambda loaded: loaded.plan,
        lambda kept: LoadedPlan(kept, Document(None, shown, text), path),
    )


def _parsed(path: Path, shown: str, text: str) -> tuple[LoadedPlan | None, list[Problem]]:
    doc, problems = parse(text, shown)
    if doc is None or problems:
        return None, problems
    if not isinstance(doc.data, dict):
        return None, [doc.problem((), Msg("plan.not_mapping"))]
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
            declare = Msg("plan.declare_unit")
            hint = Msg("plan.near_or_declare", near=near, declare=declare) if near else declare
            out.append(doc.problem(("targets", i, "unit"), Msg("plan.unknown_unit", unit=unit), hint=hint))
    return out


def read_source(lp: LoadedPlan) -> tuple[str | None, Problem | None]:
    loc = ("source", "file")
    rel = lp.plan.source.file
    if "\x00" in rel:
        return None, lp.doc.problem(loc, Msg("plan.source_nul"), hint=Msg("plan.fix_file_name"))
    path = lp.root / rel
    if ".." not in Path(rel).parts:
        try:
            resolved(path)
        except OSError as exc:  # a link loop: inside, but it cannot be followed
            reason = exc.strerror or str(exc)
            return None, lp.doc.problem(loc, Msg("plan.source_unreadable", file=rel, reason=reason))
    if ".." in Path(rel).parts or not is_inside(path, lp.root):
        return None, lp.doc.problem(loc, Msg("plan.source_outside", file=rel), hint=Msg("plan.keep_sources"))
    try:
        if path.exists() and not path.is_file():
            return None, lp.doc.problem(loc, Msg("plan.source_not_regular", file=rel))
        if path.stat().st_size > MAX_SOURCE_BYTES:
            return None, lp.doc.problem(loc, Msg("plan.source_too_large", file=rel))
        return path.read_text(encoding="utf-8-sig"), None
    except FileNotFoundError:
        return None, lp.doc.problem(loc, Msg("plan.source_not_found", file=rel), hint=Msg("plan.source_relative"))
    except (OSError, UnicodeDecodeError) as exc:
        return None, lp.doc.problem(loc, Msg("plan.source_unreadable", file=rel, reason=str(exc)))
