"""The record logs read, checked against their plans, and reduced into a Ledger.

Reading streams each log once. Every line is checked (syntax, fields, target, value
for the kind, unique id, voids that point somewhere), but only what the command
needs is kept: for `status`, the one effective value per target as of a day; for
`show`, `log` and `record`, the full history (of one target, where one is named).
"""

from __future__ import annotations

import datetime as dt
import errno
import math
import os
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from targetctl.domain.kinds import rules
from targetctl.domain.ledger import Entry, Ledger, TargetHistory
from targetctl.domain.messages import Msg
from targetctl.domain.model import Plan, Target
from targetctl.domain.problems import Problem, TargetctlError
from targetctl.domain.progress import precedence
from targetctl.domain.records import (
    JudgementRecord,
    misfit,
    outside_period,
    period_bounds,
    to_record,
    void_refusal,
)
from targetctl.domain.suggest import suggest
from targetctl.io.parallel import pmap
from targetctl.io.paths import display_path, resolved
from targetctl.io.plans import LoadedPlan, plan_files
from targetctl.io.recordlog import LogReader, log_path


def records_of(lp: LoadedPlan) -> Path:
    """The records folder of the plans folder holding `lp`: a plan's log lives beside it,
    whichever of a workspace's plans folders that is."""
    return lp.root / "records"


def log_of(lp: LoadedPlan) -> Path:
    return log_path(records_of(lp), lp.plan.id)


def read_ledger(
    plans: Iterable[LoadedPlan],
    *,
    day: dt.date | None = None,
    target: str | frozenset[str] | None = None,
    history: bool = False,
    skim: bool = False,
    strays: Sequence[Path] = (),
) -> Ledger:
    """Read the record logs of `plans`: keep the effective value per target as of `day`,
    and/or every record (`history`), of one `target` (or a set of them) or all; `strays`:
    the plans folders whose records folders are searched for logs of no plan."""
    ledger = Ledger(day, history)
    chosen = list(plans)
    # a log that is a link leading nowhere is read too, so that it is said, not taken for no records
    jobs = [(lp.plan, path, day, target, history, skim) for lp in chosen if _there(path := log_of(lp))]
    size = 0 if history else sum(_size(job[1]) for job in jobs)
    for part in pmap(_scan, jobs, size):
        ledger.merge(part)
    if strays:
        ledger.problems += folder_strays(chosen, strays)
    else:  # folder_strays says these too
        ledger.problems += [p for folder in dict.fromkeys(map(records_of, chosen)) for p in unfollowed(folder)]
    return ledger


def _there(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def unfollowed(records_dir: Path) -> list[Problem]:
    """A records folder that is a link leading nowhere (a loop, or a share not mounted): its
    records cannot be read, which is not their being none."""
    if not records_dir.is_symlink() or records_dir.exists():
        return []
    try:
        resolved(records_dir).stat()
        reason = os.strerror(errno.ENOENT)
    except OSError as exc:
        reason = exc.strerror or str(exc)
    return [Problem(display_path(records_dir), 0, 0, Msg("log.cannot_read", reason=reason))]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # a link that leads nowhere: its reader says so
        return 0


def _scan(job: tuple[Plan, Path, dt.date | None, str | frozenset[str] | None, bool, bool]) -> Ledger:
    plan, path, day, target, history, skim = job
    ledger = Ledger(day, history, files=1)
    _Scan(ledger, plan, path, target, history, skim).run()
    return ledger


class Owner(NamedTuple):
    """A plan as the search for stray logs sees it: its plans folder, its id, and the name of
    its file ('' where not known)."""

    root: Path
    plan_id: str
    file: str = ""


def folder_strays(plans: Sequence[LoadedPlan | Owner], folders: Iterable[Path]) -> list[Problem]:
    """The logs of no plan, in the records folder of each plans folder (those of `plans`, and
    of `folders`, which may hold no plan at all)."""
    owners = [p if isinstance(p, Owner) else Owner(p.root, p.plan.id, p.path.name) for p in plans]
    by_folder: dict[Path, list[Owner]] = {folder / "records": [] for folder in folders}
    # each log's name with the plans it would belong to, in order, found once: a province's
    # 1,000 folders, each looking through every other folder's plans, took about 5 s
    named: dict[str, list[tuple[Path, Owner]]] = {}
    for owner in owners:
        home = owner.root / "records"
        by_folder.setdefault(home, []).append(owner)
        named.setdefault(log_path(home, owner.plan_id).name, []).append((home, owner))
    return [
        problem
        for records_dir, held in by_folder.items()
        for problem in stray_logs(records_dir, held, _Elsewhere(named, records_dir))
    ]


class _Elsewhere:
    """The plan of another plans folder that a log's name in `records_dir` belongs to: of
    several, the last (as a dict of every other folder's plans by log name would hold)."""

    def __init__(self, named: dict[str, list[tuple[Path, Owner]]], records_dir: Path) -> None:
        self.named, self.records_dir = named, records_dir

    def get(self, name: str) -> Owner | None:
        found = [owner for home, owner in self.named.get(name, ()) if home != self.records_dir]
        return found[-1] if found else None


def stray_logs(records_dir: Path, plans: list[Owner], elsewhere: _Elsewhere | None = None) -> list[Problem]:
    """The logs in `records_dir` of none of `plans` (the plans of its folder); one named after a
    plan of another folder (`elsewhere`) says where it belongs."""
    if records_dir.exists() and not records_dir.is_dir():
        return [Problem(display_path(records_dir), 0, 0, Msg("log.folder_is_file"))]
    if gone := unfollowed(records_dir):
        return gone
    if not records_dir.is_dir():
        return []
    read = {o.file for o in plans}
    if "" not in read and any(path.name not in read for path in plan_files(records_dir.parent)):
        return []  # a plan that did not read (its error is said) may own any log: none is called a stray
    known = {log_path(records_dir, o.plan_id).name for o in plans}
    out = []
    for p in sorted(records_dir.glob("*.yaml")):
        if p.name in known:
            continue
        owner = elsewhere.get(p.name) if elsewhere else None
        if owner is None:
            out.append(Problem(display_path(p), 1, 1, Msg("log.of_no_plan"), Msg("log.of_no_plan_hint")))
        else:
            message = Msg("log.of_plan_elsewhere", plan=owner.plan_id)
            beside = owner.root / "records" / p.name  # a log started beside the moved plan since
            hint = (
                Msg("log.merge_into", log=display_path(beside))
                if beside.exists() and not beside.samefile(p)  # (two plans folders sharing one records folder)
                else Msg("log.move_to", folder=display_path(owner.root / "records"))
            )
            out.append(Problem(display_path(p), 1, 1, message, hint))
    return out


def refuse_split(lp: LoadedPlan, roots: Sequence[Path]) -> None:
    """An error while another plans folder holds the log of `lp`'s plan: a write beside the
    moved plan file would split its history into a second log."""
    other = held_elsewhere(lp, roots)
    if other is not None:
        hint = Msg("log.move_and_record", folder=display_path(records_of(lp)))
        raise TargetctlError([Problem(display_path(other), 0, 0, Msg("log.held_elsewhere", plan=lp.plan.id), hint)])


def held_elsewhere(lp: LoadedPlan, roots: Sequence[Path]) -> Path | None:
    """A log of `lp`'s plan in another plans folder's records, where its own folder has none:
    a plan file moved without its log, whose history a new log beside it would split."""
    own = log_of(lp)
    if own.exists():
        return None
    for root in roots:
        other = log_path(root / "records", lp.plan.id)
        try:
            same = resolved(other) == resolved(own)
        except OSError:  # a link that leads round to itself: not the same log
            same = False
        if not same and other.exists():
            return other
    return None


_UNKNOWN = object()
_ID = itemgetter("id")
_TYPE = itemgetter("type")
_VALUE = {"value"}


# a numeric kind's bounds as the closed range a value must lie in
_RANGES: dict[str, tuple[float, float]] = {
    "any": (-math.inf, math.inf),
    "count": (0.0, math.inf),
    "share": (0.0, 100.0),
}


def _fits(plan: Plan) -> dict[str, Any]:
    """Per target what a value must be: the range of its kind's bounds ('any', 'count': not
    negative, 'share') or the set of its states."""
    out: dict[str, Any] = {}
    for t in plan.targets:
        kind = rules(t)
        if kind.numeric:
            out[t.id] = _RANGES[kind.bounds]
        else:  # a milestone's states; no value fits a judged target
            out[t.id] = frozenset(kind.states())
    return out


def _within(fit: str, value: float) -> bool:
    """The fast path's form of records.misfit for numbers (a test keeps the two in step)."""
    low, high = _RANGES[fit]
    return low <= value <= high


def _newer(row: Any, held: Any) -> bool:
    """For the same as-of date, by the one rule of `progress.precedence`."""
    return precedence(row.get("provisional", False), row["recorded"]) >= precedence(
        held.get("provisional", False), held["recorded"]
    )


class _Scan:
    def __init__(
        self,
        ledger: Ledger,
        plan: Plan,
        path: Path,
        target: str | frozenset[str] | None,
        history: bool,
        skim: bool = False,
    ) -> None:
        self.ledger, self.plan, self.path, self.target, self.history = ledger, plan, path, target, history
        self.targets: dict[str, Target] = {t.id: t for t in plan.targets}
        self.reader = LogReader(path, only=target if skim and isinstance(target, str) else None)
        self.best: dict[str, Any] = {}
        # seeded by incremental.py when only the tail appended since a saved state is read
        self.ids: dict[str, int] = {}
        self.later = 0  # value records after the day: a reduced state then holds for that day only
        # validate's audit (checks.LogAudit) sees every block as it is read, so the log is read once
        self.audit: Callable[[Sequence[int], list[Any]], None] | None = None

    def run(self) -> None:
        ids = self.ids
        voids: list[tuple[int, Any]] = []
        fits, best, day, want = _fits(self.plan), self.best, self.ledger.day, self.target
        low, high = period_bounds(self.plan)
        history = self.history
        quick = want is None and not history
        for numbers, rows in self.reader.blocks():
            self.ledger.records += len(rows)
            if self.audit is not None:
                self.audit(numbers, rows)
            pairs = self._unique(ids, numbers, rows)
            if quick and set(map(_TYPE, rows)) == _VALUE:
                pairs = self._values(pairs, fits, (low, high))
            for line, row in pairs:
                kind = row["type"]
                if kind == "void":
                    voids.append((line, row))
                    continue
                tid = row["target"]
                fit = fits.get(tid, _UNKNOWN)
                if fit is _UNKNOWN:
                    hint = suggest(tid, self.targets) or Msg("unknown.target_of_plan", plan=self.plan.id)
                    unknown = Msg("unknown.target", target=tid)
                    self.reader.problems.append(Problem(self.reader.shown, line, 1, unknown, hint))
                    continue
                as_of = row["as_of"]
                if not low <= as_of <= high:
                    self._fail(line, outside_period(self.plan, as_of) or Msg("value.does_not_fit"))
                    continue
                if kind == "value":
                    v = row["value"]
                    # `_within`, inlined: this runs once per record
                    ok = v.__class__ is float and fit[0] <= v <= fit[1] if fit.__class__ is tuple else v in fit
                    if not ok:
                        self._fail(line, misfit(self.targets[tid], v) or Msg("value.does_not_fit"))
                        continue
                if want is not None and (tid != want if want.__class__ is str else tid not in want):
                    continue
                if kind == "judgement":
                    self._judgement(line, row)
                    continue
                if history:
                    self.ledger.histories.setdefault(tid, TargetHistory()).values.append(
                        Entry(self.path, line, to_record(row))
                    )
                if day is None:
                    continue
                if as_of > day:
                    self.later += 1
                    continue
                held = best.get(tid)
                if held is None or as_of > (was := held["as_of"]) or (as_of == was and _newer(row, held)):
                    best[tid] = row
        self._voids(voids, ids)
        self._settle()
        self.ledger.problems += self.reader.problems

    def _values(
        self, pairs: Iterable[tuple[int, Any]], fits: dict[str, Any], period: tuple[dt.date, dt.date]
    ) -> list[tuple[int, Any]]:
        """The loop of `run` for a block of value records when every target is read for the
        day (status): the rows that fit are reduced here; those that do not are returned, for
        `run` to say what is wrong with them, in their order (none of them is kept)."""
        best, day, (low, high) = self.best, self.ledger.day, period
        rest = []
        later = 0
        for line, row in pairs:
            tid, as_of, v = row["target"], row["as_of"], row["value"]
            fit = fits.get(tid)
            if (
                fit is None
                or not low <= as_of <= high
                or not (v.__class__ is float and fit[0] <= v <= fit[1] if fit.__class__ is tuple else v in fit)
            ):
                rest.append((line, row))
            elif day is None:
                continue
            elif as_of > day:
                later += 1
            elif (
                (held := best.get(tid)) is None
                or as_of > (was := held["as_of"])
                or (as_of == was and _newer(row, held))
            ):
                best[tid] = row
        self.later += later
        return rest

    def _unique(self, ids: dict[str, int], numbers: Sequence[int], rows: list[Any]) -> Iterable[tuple[int, Any]]:
        """The rows whose id is new; a repeated id is a problem (checked a block at a time)."""
        block = dict(zip(map(_ID, rows), numbers, strict=True))
        if len(block) == len(rows) and ids.keys().isdisjoint(block):
            ids.update(block)
            return zip(numbers, rows, strict=True)
        fresh = []
        for line, row in zip(numbers, rows, strict=True):
            if row["id"] in ids:
                self._fail(line, Msg("log.id_reused", rid=row["id"], line=ids[row["id"]]))
            else:
                ids[row["id"]] = line
                fresh.append((line, row))
        return fresh

    def _judgement(self, line: int, row: Any) -> None:
        record = to_record(row)
        assert isinstance(record, JudgementRecord)
        self.ledger.judgements.setdefault(row["target"], []).append(record)
        if self.history:
            self.ledger.histories.setdefault(row["target"], TargetHistory()).judgements.append(
                Entry(self.path, line, record)
            )

    def _voids(self, voids: list[tuple[int, Any]], ids: dict[str, int]) -> None:
        void_ids = {row["id"] for _, row in voids} | {e.record.id for e in self.ledger.voids.values()}
        for line, row in voids:
            voided = row["void"]
            if voided in ids:
                problem = void_refusal(voided, of_void=voided in void_ids, voided=voided in self.ledger.voids)
                if problem:
                    self._fail(line, problem)
                    continue
                self.ledger.voids[voided] = Entry(self.path, line, to_record(row))
            elif not self.reader.only:  # a skimmed log was read only in part
                self._fail(line, Msg("void.unknown", rid=voided))

    def _settle(self) -> None:
        """The latest value per target; where that one was voided, read that target again."""
        voided = self.ledger.voids
        for tid, judgements in self.ledger.judgements.items():
            self.ledger.judgements[tid] = [j for j in judgements if j.id not in voided]
        for tid, row in self.best.items():
            if row["id"] not in voided:
                self.ledger.latest[tid] = to_record(row)  # type: ignore[assignment]
                continue
            again = Ledger(full=True)
            _Scan(again, self.plan, self.path, tid, True, skim=self.reader.only is not None).run()
            day = self.ledger.day
            values = [v for v in again.values_for(tid) if day is None or v.as_of <= day]
            if values:
                self.ledger.latest[tid] = values[-1]

    def _fail(self, line: int, message: Msg) -> None:
        self.reader.problems.append(Problem(self.reader.shown, line, 1, message))
