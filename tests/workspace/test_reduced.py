"""workspace.reduced: a log reduced for a day, which day it still answers for, and its round trip
through the plain data that is saved."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from targetctl.domain.records import JudgementRecord, ValueRecord, VoidRecord, to_record
from targetctl.workspace.reduced import Reduced, Stored, row_of

AT = dt.datetime(2025, 7, 1, 9, tzinfo=dt.timezone(dt.timedelta(hours=8)))
DAY = dt.date(2025, 6, 30)
VALUE = ValueRecord(id="a" * 12, type="value", target="t", as_of=DAY, value=40, recorded=AT, by="甲", note="二季度")
JUDGED = JudgementRecord(
    id="b" * 12, type="judgement", target="t", as_of=DAY, rating="amber", reason="慢", recorded=AT, by="乙"
)
VOID = VoidRecord(id="c" * 12, type="void", void="d" * 12, reason="typo", recorded=AT, by="x")


def state(later: int = 0) -> Reduced:
    return Reduced(
        day=DAY,
        size=1234,
        next_line=9,
        records=4,
        later=later,
        latest={"t": VALUE},
        judgements={"t": [JUDGED]},
        voids={"d" * 12: (7, VOID)},
        ids={"a" * 12: 3},
    )


def test_a_state_holds_for_its_day_and_later_ones_when_nothing_lies_beyond() -> None:
    assert state().holds_for(DAY) and state().holds_for(DAY + dt.timedelta(days=30))
    assert not state().holds_for(DAY - dt.timedelta(days=1)), "an earlier day may have another value"
    assert state(later=1).holds_for(DAY) and not state(later=1).holds_for(DAY + dt.timedelta(days=1))


def test_the_ledger_of_a_state() -> None:
    ledger = state().ledger(Path("records/p.yaml"), DAY)
    assert ledger.latest == {"t": VALUE} and ledger.judgements == {"t": [JUDGED]}
    assert ledger.voids["d" * 12].line == 7 and ledger.voids["d" * 12].record == VOID
    assert (ledger.records, ledger.files, ledger.day) == (4, 1, DAY)


def test_a_record_comes_back_from_its_row() -> None:
    for record in (VALUE, JUDGED, VOID):
        assert to_record(row_of(record)) == record  # type: ignore[arg-type]


def test_saved_and_read_back_the_state_is_the_same() -> None:
    text = Stored.of(state()).model_dump_json()
    back = Stored.model_validate_json(text).state()
    assert (back.day, back.size, back.next_line, back.records, back.later) == (DAY, 1234, 9, 4, 0)
    assert back.latest == {"t": VALUE} and back.judgements == {"t": [JUDGED]} and back.voids == {"d" * 12: (7, VOID)}
    assert json.loads(text)["latest"]["t"]["note"] == "二季度"
