"""The ledger: every plan's record log read and checked against the plans."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from targetctl.errors import Problem, display_path
from targetctl.explain import suggest
from targetctl.loading import LoadedPlan, Workspace
from targetctl.recordlog import LogReader, log_path
from targetctl.records import JudgementRecord, ValueRecord, VoidRecord, misfit


@dataclass
class Entry:
    """A record with where it stands: its log file and line."""

    path: Path
    line: int
    record: ValueRecord | JudgementRecord | VoidRecord


@dataclass
class TargetHistory:
    values: list[Entry] = field(default_factory=list)
    judgements: list[Entry] = field(default_factory=list)

    def value_records(self) -> list[ValueRecord]:
        return [e.record for e in self.values if isinstance(e.record, ValueRecord)]

    def judgement_records(self) -> list[JudgementRecord]:
        return [e.record for e in self.judgements if isinstance(e.record, JudgementRecord)]


@dataclass
class Ledger:
    histories: dict[str, TargetHistory] = field(default_factory=dict)
    voids: dict[str, Entry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    records: int = 0
    files: int = 0

    @property
    def voided(self) -> set[str]:
        return set(self.voids)

    def history(self, target_id: str) -> TargetHistory:
        return self.histories.get(target_id) or TargetHistory()


def read_ledger(ws: Workspace, plans: Iterable[LoadedPlan] | None = None) -> Ledger:
    """Read the record logs of `plans` (default: all), checking every record."""
    ledger = Ledger()
    chosen = list(ws.plans if plans is None else plans)
    for lp in chosen:
        path = log_path(ws.records_dir, lp.plan.id)
        if path.exists():
            ledger.files += 1
            _read_one(ledger, lp, path)
    if plans is None:
        known = {log_path(ws.records_dir, lp.plan.id).name for lp in ws.plans}
        for stray in sorted(ws.records_dir.glob("*.yaml")) if ws.records_dir.is_dir() else []:
            if stray.name not in known:
                ledger.problems.append(
                    Problem(display_path(stray), 1, 1, "record log of no plan", "name it after a plan id, or remove it")
                )
    return ledger


def _read_one(ledger: Ledger, lp: LoadedPlan, path: Path) -> None:
    reader = LogReader(path)
    targets = {t.id: t for t in lp.plan.targets}
    seen: dict[str, int] = {}
    voids: list[Entry] = []
    for line, rec in reader:
        ledger.records += 1
        if rec.id in seen:
            reader.problems.append(
                Problem(reader.shown, line, 1, f"record id '{rec.id}' is already used on line {seen[rec.id]}")
            )
            continue
        seen[rec.id] = line
        entry = Entry(path, line, rec)
        if isinstance(rec, VoidRecord):
            voids.append(entry)
            continue
        target = targets.get(rec.target)
        if target is None:
            hint = suggest(rec.target, targets) or f"targets of plan {lp.plan.id} only"
            reader.problems.append(Problem(reader.shown, line, 1, f"unknown target '{rec.target}'", hint))
            continue
        history = ledger.histories.setdefault(rec.target, TargetHistory())
        if isinstance(rec, ValueRecord):
            problem = misfit(target, rec.value)
            if problem:
                reader.problems.append(Problem(reader.shown, line, 1, problem))
                continue
            history.values.append(entry)
        else:
            history.judgements.append(entry)
    for entry in voids:
        assert isinstance(entry.record, VoidRecord)
        if entry.record.void not in seen:
            reader.problems.append(
                Problem(reader.shown, entry.line, 1, f"void of unknown record '{entry.record.void}'")
            )
        else:
            ledger.voids[entry.record.void] = entry
    ledger.problems += reader.problems
