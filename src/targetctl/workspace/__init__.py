"""The one loader, and the library API: one plans folder, or several, read into a Workspace.

    import targetctl
    ws = targetctl.open("plans", as_of=datetime.date(2020, 6, 30))
    for progress in ws.status():
        print(progress.target.id, progress.status)

Several plans folders (`targetctl.open(["city", "district-a"])`) are one workspace: their
ids are unique across all of them, and each plan's records stay in its own folder.

Every command reads through `load` (exported as `targetctl.open`). What is read is
explicit: the plans only (`records=False`), the latest value per target as of a day,
or every record (`history=True`); of all targets, or of one (`target=`), in which
case only the plan holding it is parsed.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from targetctl.domain.ledger import Ledger
from targetctl.domain.messages import Msg
from targetctl.domain.model import Target
from targetctl.domain.problems import Problem, TargetctlError, UsageError
from targetctl.domain.progress import Tolerance
from targetctl.domain.records import parse_day
from targetctl.domain.suggest import suggest
from targetctl.io import clock, intent, statecache
from targetctl.io.parallel import pmap
from targetctl.io.paths import PLANS_ENV, display_path, expand_folders, plans_from_env, real_folder
from targetctl.io.plans import LoadedPlan, plan_files, read_plan
from targetctl.io.quickscan import scan
from targetctl.io.recordlog import unrecovered
from targetctl.workspace.checks import check_plans, clashing_ids
from targetctl.workspace.incremental import read_plans_and_logs
from targetctl.workspace.logs import log_of, read_ledger, refuse_split

__all__ = ["LoadedPlan", "Roots", "Workspace", "caching", "folders", "load", "moment"]

Roots = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]
"""One plans folder, or several read as one workspace."""

if TYPE_CHECKING:  # the status report and a target's detail are imported where asked
    from targetctl.domain.detail import TargetDetail
    from targetctl.domain.summary import Filters, StatusReport


def moment() -> dt.datetime:
    """The library's reading of the clock (the CLI reads it once per command, in its session):
    the day a library call defaults to when its caller gives none, and the moment a record is
    stamped with, which `writing` takes under the writers' lock so that stamps follow the order
    records are appended in."""
    return clock.now()


def folders(root: Roots | None = None) -> tuple[Path, ...]:
    """The plans folders to read: those given, else $TARGETCTL_PLANS (several joined by the
    platform's path separator, as PATH is, an empty entry skipped), else ./plans; a folder named
    twice is read once. An empty name given is a usage error."""
    if root is None:
        given: list[str | os.PathLike[str]] = [*plans_from_env()] or ["plans"]
    elif isinstance(root, str | os.PathLike):
        given = [root]
    else:
        given = list(root)
    if not given:
        raise UsageError(Msg("usage.no_plans_folder", env=PLANS_ENV))
    if any(os.fspath(item) == "" for item in given):  # Path('') would read the current folder
        raise UsageError(Msg("usage.empty_plans_folder"))
    out: dict[Path, Path] = {}
    for item in expand_folders(given):
        path = Path(item)
        out.setdefault(real_folder(path), path)
    return tuple(out.values())


@dataclass
class Workspace:
    """The plans of one folder or several, the problems found in them, and their records as read."""

    root: Path  # the first plans folder
    plans: list[LoadedPlan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    ledger: Ledger = field(default_factory=Ledger)
    scope: str | None = None  # the one target whose records were read, if only one
    strict: bool = True  # whether problems found when reading again are raised
    roots: tuple[Path, ...] = ()  # every plans folder, the first one first
    cache: bool = False  # whether reading again uses the saved state (as the load did)
    whole: bool = True  # whether every plan of the folders was read (else their logs are not strays)

    def __post_init__(self) -> None:
        self.roots = self.roots or (self.root,)

    @cached_property
    def targets(self) -> dict[str, tuple[LoadedPlan, Target]]:
        return {t.id: (lp, t) for lp in self.plans for t in lp.plan.targets}

    def target(self, ident: str) -> tuple[LoadedPlan, Target]:
        """The target with this id, or an error suggesting the closest ids."""
        found = self.targets.get(ident)
        if found is None:
            hint = suggest(ident, self.targets) or Msg("unknown.target_hint")
            raise TargetctlError.plain(Msg("unknown.target", target=ident), hint)
        return found

    @property
    def records_dir(self) -> Path:
        """The first plans folder's records folder; a plan's own is `records_of(lp)`."""
        return self.root / "records"

    def log_of(self, lp: LoadedPlan) -> Path:
        """The record log of a plan: in the records folder of the plans folder holding it."""
        return log_of(lp)

    def log_to_write(self, lp: LoadedPlan) -> Path:
        """The log a write to `lp`'s plan appends to; an error while another plans folder holds
        that plan's log (the plan file moved without it), rather than a second log split off."""
        refuse_split(lp, self.roots)
        return log_of(lp)

    def raise_problems(self) -> None:
        """An error listing every problem in the plans and in the records read, if any."""
        problems = self.problems + self.ledger.problems
        if problems:
            raise TargetctlError(problems)

    def read_records(
        self,
        plans: list[LoadedPlan] | None = None,
        *,
        day: dt.date | None = None,
        target: str | frozenset[str] | None = None,
        history: bool = False,
        skim: bool = False,
    ) -> Ledger:
        """Read (again) the records of some plans: for a day, or every record, of one target
        (or a set of them) or all. `skim`: read only the log lines that mention the one target."""
        with statecache.enabled(self.cache, fresh=False):
            return read_ledger(
                self.plans if plans is None else plans,
                day=day,
                target=target,
                history=history,
                skim=skim,
                strays=self.roots if plans is None and target is None and self.whole else (),
            )

    def status(
        self, as_of: dt.date | str | None = None, filters: Filters | None = None, tolerance: Tolerance | None = None
    ) -> StatusReport:
        """Where every target stands on `as_of` (default: the day the records were read for,
        else today); iterate it for each target's Progress."""
        day = _day(as_of) or self.ledger.day or moment().date()
        ledger = self.ledger
        if self.scope is not None or (not ledger.full and ledger.day != day):  # read for another question
            ledger = self._checked(self.read_records(day=day))
        plans = [lp.plan for lp in self.plans]
        from targetctl.domain.summary import Filters, check_filters, status_report  # only status asks

        check_filters(plans, filters or Filters())
        return status_report(plans, ledger, day, filters, tolerance)

    def detail(
        self, target_id: str, as_of: dt.date | str | None = None, tolerance: Tolerance | None = None
    ) -> TargetDetail:
        """Everything about one target as of a day: its progress, every record as it stands, a chart."""
        lp, target = self.target(target_id)
        ledger = self.ledger
        if not ledger.full or self.scope not in (None, target_id):
            ledger = self._checked(self.read_records([lp], target=target_id, history=True))
        from targetctl.domain.detail import target_detail  # only show asks: its two dataclasses wait

        return target_detail(lp.plan, target, ledger, _day(as_of) or self.ledger.day or moment().date(), tolerance)

    def _checked(self, ledger: Ledger) -> Ledger:
        if self.strict and ledger.problems:
            raise TargetctlError(ledger.problems)
        return ledger


@contextmanager
def caching(on: bool) -> Iterator[None]:
    """The saved state on or off for a block (a command): for every load in it that is not
    told otherwise, and the workspaces they return; then as it was."""
    with statecache.enabled(on):
        yield


def load(
    root: Roots | None = None,
    *,
    as_of: dt.date | str | None = None,
    history: bool = False,
    target: str | None = None,
    records: bool = True,
    files: list[Path] | None = None,
    skim: bool = False,
    strict: bool = True,
    cache: bool | None = None,
) -> Workspace:
    """Read a plans folder, or several as one workspace (default: $TARGETCTL_PLANS, several
    joined by os.pathsep, else ./plans).

    - `records=False`: the plans only; `files`: only these plan files of the folder.
    - `as_of`: keep each target's latest value as of that day; `history`: every record.
    - `target`: only the plan that holds this target, and only its records; `skim`: read
      only the log lines that mention it (the rest of the log is not checked).
    - `strict`: raise one error listing every problem; else they are in `ws.problems`
      and `ws.ledger.problems`.
    - `cache`: read and fill the saved plans and log states in the user's cache folder
      (`io/statecache.py`), here and when the workspace reads again. Off unless asked
      (a command asks as its Context says, which `--no-cache` turns off); None keeps
      the setting of the load this one is part of (off outside any).
    """
    as_of = _day(as_of)
    with statecache.enabled(cache):
        return _load(root, as_of, history, target, records, files, skim, strict)


def _load(
    root: Roots | None,
    as_of: dt.date | None,
    history: bool,
    target: str | None,
    records: bool,
    files: list[Path] | None,
    skim: bool,
    strict: bool,
) -> Workspace:
    roots = folders(root)
    for folder in roots:  # an import killed midway is undone before any log is read
        intent.recover(folder / "records", unrecovered)
    # among several, a folder with no plan (a checkout's root given for its plans folder) would
    # drop a district from the view unsaid; one empty folder alone is a workspace yet to start
    empty = empty_folders(roots) if len(roots) > 1 else []
    if records and not history and target is None and files is None:
        paths = _plan_files(roots)
        plans, problems, ledger, checked = read_plans_and_logs(paths, roots, as_of)
        ws = Workspace(roots[0], plans, problems + clashing_ids(plans) + checked, len(paths), ledger, roots=roots)
    else:
        ws = _plans(roots, files) if target is None else _holding(roots, target, strict)
        ws.scope, ws.cache = (target if records else None), statecache.active()
        if strict and ws.problems:  # a plan that cannot be read says nothing of its records
            raise TargetctlError(ws.problems)
        if records:
            ws.ledger = ws.read_records(day=as_of, target=target, history=history, skim=skim)
    ws.strict, ws.cache = strict, statecache.active()
    ws.problems[:0] = empty
    if strict:
        if ws.problems:
            raise TargetctlError(ws.problems)
        if ws.ledger.problems:
            raise TargetctlError(ws.ledger.problems)
    return ws


def empty_folders(roots: Sequence[Path]) -> list[Problem]:
    """A problem for each plans folder that holds no plan file."""
    hint = Msg("check.plans_folder_hint")
    return [Problem(display_path(f), 0, 0, Msg("check.no_plan_files"), hint) for f in roots if not plan_files(f)]


def _day(value: dt.date | str | None) -> dt.date | None:
    """A day given as a date, a datetime (its date) or YYYY-MM-DD text (the library is
    called with any of them)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return parse_day(value)
        except ValueError:
            raise UsageError(Msg("usage.not_date", text=value)) from None
    raise TypeError(
        f"as_of must be a datetime.date, a datetime.datetime or YYYY-MM-DD text, not {type(value).__name__}"
    )


def _plan_files(roots: tuple[Path, ...]) -> list[Path]:
    return [path for folder in roots for path in plan_files(folder)]


def _plans(roots: tuple[Path, ...], files: list[Path] | None = None) -> Workspace:
    ws = Workspace(roots[0], roots=roots, whole=files is None)
    paths = _plan_files(roots) if files is None else files
    size = sum(p.stat().st_size for p in paths if p.is_file())
    for loaded, problems in pmap(partial(_read_plan, statecache.active()), paths, size):
        ws.files += 1
        ws.problems += problems
        if loaded:
            ws.plans.append(loaded)
    ws.problems += check_plans(ws.plans)
    return ws


def _read_plan(cached: bool, path: Path) -> tuple[LoadedPlan | None, list[Problem]]:
    statecache.setting(cached)  # a worker is told whether the cache is on
    return read_plan(path)


def _holding(roots: tuple[Path, ...], ident: str, strict: bool = True) -> Workspace:
    """The workspace of the one plan holding target `ident`, where a plain scan finds it
    (recording into one plan of a large workspace need not parse all the others). Where the
    scan sees a target id or plan id in more than one file, everything is read and checked."""
    found = {path: scan(path) for path in _plan_files(roots)}
    holders = [path for path, seen in found.items() if ident in seen.ids]
    plan_ids = [seen.plan_id for seen in found.values()]
    sure = all(seen.sure for seen in found.values())
    if sure and len(holders) == 1 and len(plan_ids) == len(set(plan_ids)):
        loaded, problems = read_plan(holders[0])
        if loaded and ident in {t.id for t in loaded.plan.targets}:
            ws = Workspace(roots[0], [loaded], problems + check_plans([loaded]), 1, roots=roots, whole=False)
            if strict:
                ws.raise_problems()
            ws.target(ident)
            return ws
    ws = _plans(roots)
    if strict:
        ws.raise_problems()
    if strict or ident in ws.targets:
        ws.target(ident)
    return ws
