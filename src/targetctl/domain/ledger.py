"""The ledger: what the record logs say, reduced for one question.

Read for a day, it holds the one effective value per target as of that day; read with
history, every record with the place it came from. `marks` is the one rule for how each
record stands (current, superseded, voided …).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from targetctl.domain.model import Plan, Target
from targetctl.domain.problems import Problem
from targetctl.domain.progress import Progress, Tolerance, assess, effective
from targetctl.domain.records import JudgementRecord, ValueRecord, VoidRecord

EntryState = Literal["current", "superseded", "voided", "judgement", "void", "after as-of"]


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


@dataclass
class Ledger:
    """`full`: read with every record (`histories`), else only the latest value as of `day`."""

    day: dt.date | None = None
    full: bool = False
    latest: dict[str, ValueRecord] = field(default_factory=dict)
    histories: dict[str, TargetHistory] = field(default_factory=dict)
    judgements: dict[str, list[JudgementRecord]] = field(default_factory=dict)
    voids: dict[str, Entry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    records: int = 0
    files: int = 0

    @property
    def voided(self) -> set[str]:
        return set(self.voids)

    def merge(self, other: Ledger) -> None:
        """Add another plan's part (plans never share targets or record logs)."""
        self.latest.update(other.latest)
        self.histories.update(other.histories)
        self.judgements.update(other.judgements)
        self.voids.update(other.voids)
        self.problems += other.problems
        self.records += other.records
        self.files += other.files

    def history(self, target_id: str) -> TargetHistory:
        return self.histories.get(target_id) or TargetHistory()

    def marks(self, day: dt.date | None = None) -> dict[str, EntryState]:
        """How each record read with its history stands: the one rule behind `show`, `log` and
        `export`. Voided; a judgement; a void; the value in effect for its date (after the
        as-of `day`, when one is given); or superseded by a later or final figure for that date."""
        voided = self.voided
        out: dict[str, EntryState] = dict.fromkeys(voided, "voided")
        out.update({entry.record.id: "void" for entry in self.voids.values()})
        for history in self.histories.values():
            current = {r.id for r in effective(history.value_records(), voided)}
            for entry in history.judgements:
                out.setdefault(entry.record.id, "judgement")
            for entry in history.values:
                rec = entry.record
                if rec.id in voided or not isinstance(rec, ValueRecord):
                    continue
                late = day is not None and rec.as_of > day
                out[rec.id] = "superseded" if rec.id not in current else "after as-of" if late else "current"
        return out

    def values_for(self, target_id: str) -> list[ValueRecord]:
        """The target's effective values in date order; only the latest as of the day, unless
        the ledger was read in full."""
        if self.full:
            history = self.histories.get(target_id)
            return effective(history.value_records(), self.voided) if history else []
        latest = self.latest.get(target_id)
        return [latest] if latest else []


def progress_of(plan: Plan, target: Target, ledger: Ledger, day: dt.date, tol: Tolerance) -> Progress:
    """One target's progress as of `day` from what the ledger holds of it (here, not in
    `domain/summary`, so that `show` and `record` need not import the status report)."""
    values, judged = ledger.values_for(target.id), ledger.judgements.get(target.id, [])
    return assess(plan, target, values, judged, day, tol, complete=ledger.full)
