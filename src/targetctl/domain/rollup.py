"""Counts by status and overall progress: what `status` sums per programme, plan and workspace,
and what the start-up fast path sums from each plan's saved part (`cli/composed.py`). It
imports no model, so that path stays light."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from targetctl.domain.vocabulary import STATUSES, Status


class Assessed(Protocol):
    """What a roll-up counts of a target's Progress (`domain.progress`)."""

    @property
    def status(self) -> Status: ...

    @property
    def fraction(self) -> float | None: ...


@dataclass
class Rollup:
    """Counts by status, and overall progress: the mean of the targets' progress (each
    capped at 100%; no data counts as 0), every target weighing the same."""

    counts: dict[Status, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    total: float = 0.0
    targets: int = 0

    def add(self, progress: Assessed) -> None:
        self.counts[progress.status] += 1
        self.total += min(1.0, progress.fraction or 0.0)
        self.targets += 1

    def merge(self, other: Rollup) -> None:
        for status, n in other.counts.items():
            self.counts[status] += n
        self.total += other.total
        self.targets += other.targets

    @property
    def progress(self) -> float | None:
        return self.total / self.targets if self.targets else None
