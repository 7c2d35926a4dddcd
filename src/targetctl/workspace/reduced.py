"""A record log reduced to what `status` needs, as plain data that can be saved and resumed.

For one plan's log and an as-of day it holds, per target, the effective value as of the
day and the judgements that stand, the voids, every record id with its line (to catch a
repeated id or a void in what is appended later) and how much of the file it covers.
Saved, it is plain data (`Stored`): its records as the rows a log line holds, which
come back through the same row validation and `to_record` as a log line's.

There is no second copy of any rule here: folding an appended tail into a state is the
ledger's own scan, seeded with the state and reading from where the state ends
(`seed`), and the state after it is taken back from that scan (`capture`). No I/O.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, NonNegativeInt

from targetctl.domain.records import (
    JudgementRecord,
    JudgementRow,
    ValueRecord,
    ValueRow,
    VoidRecord,
    VoidRow,
    to_record,
)

if TYPE_CHECKING:
    from targetctl.domain.ledger import Ledger
    from targetctl.workspace.logs import _Scan

Row = dict[str, Any]


@dataclass
class Reduced:
    """A log's prefix of `size` bytes (lines up to `next_line`) reduced for `day`."""

    day: dt.date
    size: int
    next_line: int
    records: int
    later: int  # value records after `day`: when 0, the state holds for every later day too
    latest: dict[str, ValueRecord] = field(default_factory=dict)
    judgements: dict[str, list[JudgementRecord]] = field(default_factory=dict)
    voids: dict[str, tuple[int, VoidRecord]] = field(default_factory=dict)  # voided id -> (line, void)
    ids: dict[str, int] = field(default_factory=dict)

    def holds_for(self, day: dt.date) -> bool:
        """Whether the effective values are those as of `day` too: no record lies between."""
        return day == self.day or (self.later == 0 and day >= self.day)

    def ledger(self, log: Path, day: dt.date) -> Ledger:
        """The ledger a full read of the covered prefix gives for `day` (with `holds_for(day)`)."""
        from targetctl.domain.ledger import Entry, Ledger

        return Ledger(
            day,
            latest=dict(self.latest),
            judgements={t: list(js) for t, js in self.judgements.items()},
            voids={v: Entry(log, line, void) for v, (line, void) in self.voids.items()},
            records=self.records,
            files=1,
        )


def row_of(record: ValueRecord | JudgementRecord | VoidRecord) -> Row:
    """The row a record model was built from (`to_record` gives the same model back)."""
    return {name: getattr(record, name) for name in record.model_fields_set}


class Stored(BaseModel):
    """A `Reduced` as plain data, its records as rows (validated as a log line's are)."""

    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)

    day: dt.date
    size: NonNegativeInt
    next_line: NonNegativeInt
    records: NonNegativeInt
    later: NonNegativeInt
    latest: dict[str, ValueRow]
    judgements: dict[str, list[JudgementRow]]
    voids: dict[str, tuple[NonNegativeInt, VoidRow]]

    @classmethod
    def of(cls, state: Reduced) -> Stored:
        return cls.model_construct(
            day=state.day,
            size=state.size,
            next_line=state.next_line,
            records=state.records,
            later=state.later,
            latest={t: row_of(r) for t, r in state.latest.items()},  # type: ignore[misc]
            judgements={t: [row_of(j) for j in js] for t, js in state.judgements.items()},  # type: ignore[misc]
            voids={v: (line, row_of(void)) for v, (line, void) in state.voids.items()},  # type: ignore[misc]
        )

    def state(self) -> Reduced:
        return Reduced(
            day=self.day,
            size=self.size,
            next_line=self.next_line,
            records=self.records,
            later=self.later,
            latest={t: to_record(row) for t, row in self.latest.items()},  # type: ignore[misc]
            judgements={t: [to_record(j) for j in js] for t, js in self.judgements.items()},  # type: ignore[misc]
            voids={v: (line, to_record(row)) for v, (line, row) in self.voids.items()},  # type: ignore[misc]
        )


def seed(scan: _Scan, state: Reduced) -> None:
    """Make `scan` continue after the state's prefix, as if it had just read it."""
    state_ledger = state.ledger(scan.path, scan.ledger.day or state.day)
    scan.ledger.judgements = state_ledger.judgements
    scan.ledger.voids = state_ledger.voids
    scan.ledger.records = state.records
    scan.ids = dict(state.ids)
    scan.best = {t: row_of(record) for t, record in state.latest.items()}
    scan.later = state.later if scan.ledger.day == state.day else 0
    scan.reader.start, scan.reader.first_line = state.size, state.next_line


def capture(scan: _Scan, day: dt.date) -> Reduced:
    """The state after a scan that read to the end of the log (settled: voids applied)."""
    ledger = scan.ledger
    return Reduced(
        day=day,
        size=scan.reader.end,
        next_line=scan.reader.next_line,
        records=ledger.records,
        later=scan.later,
        latest=dict(ledger.latest),
        judgements={t: list(js) for t, js in ledger.judgements.items()},
        voids={v: (e.line, e.record) for v, e in ledger.voids.items() if isinstance(e.record, VoidRecord)},
        ids=scan.ids,
    )
