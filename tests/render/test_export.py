"""render.export: the targets sheet and the records sheet as rows of typed cells, and the JSON."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import yaml

from targetctl.domain.ledger import Entry, Ledger, TargetHistory
from targetctl.domain.model import Plan
from targetctl.domain.records import ValueRecord
from targetctl.domain.summary import status_report
from targetctl.render.export import PROGRESS, RECORD_KEYS, csv_rows, record_rows, sheet_goal, target_rows, to_json
from tests.conftest import GOLDEN

PLAN = Plan.model_validate(yaml.safe_load((GOLDEN / "valid" / "demo.yaml").read_text(encoding="utf-8")))
AT = dt.datetime(2025, 7, 1, 9, tzinfo=dt.timezone.utc)
LOG = Path("records/demo-2025.yaml")
DAY = dt.date(2025, 6, 30)


def value(rid: str, target: str, v: float | str, minutes: int, **kw: object) -> ValueRecord:
    return ValueRecord.model_validate(
        {"id": rid, "type": "value", "target": target, "as_of": DAY, "value": v, "by": "甲",
         "recorded": AT + dt.timedelta(minutes=minutes), **kw}
    )  # fmt: skip


def ledger() -> Ledger:
    people = [value("b" * 12, "demo-people", 40, 2, note="二季度"), value("a" * 12, "demo-people", 39.5, 1)]
    hall = [value("c" * 12, "demo-hall", "venue", 3, provisional=True)]
    return Ledger(
        full=True,
        histories={
            "demo-people": TargetHistory([Entry(LOG, n, r) for n, r in enumerate(people, 2)]),
            "demo-hall": TargetHistory([Entry(LOG, 9, hall[0])]),
        },
    )


def test_a_goal_reads_as_people_write_it_in_a_sheet() -> None:
    goals = {t.id: sheet_goal(t, "zh") for t in PLAN.targets}
    assert goals["demo-people"] == "100 人", "'=' is left out"
    assert goals["demo-projects"] == "≥ 20 个" and goals["demo-park-size"] == "500–800 亩"


def test_target_rows_hold_numbers_as_numbers() -> None:
    rows = {row[1]: row for row in target_rows(status_report([PLAN], ledger(), DAY), "en")}
    people = rows["demo-people"]
    assert people[1:8] == ["demo-people", "Recruit talent", "示范办公室", "", "100 people", 40.0, "people"]
    assert people[PROGRESS] == 0.4 and people[9] == "on-track" and people[10] == DAY
    assert people[11:] == [None, None, None], "the columns to fill in are empty"
    assert rows["demo-projects"][6] is None and rows["demo-projects"][PROGRESS] is None
    assert [row[0] for row in rows.values()] == list(range(1, len(PLAN.targets) + 1)), "numbered in sheet order"
    assert people[0] == 5, "by programme: demo-area's own targets, then demo-sub's"


def test_csv_shows_progress_as_a_percent() -> None:
    rows = target_rows(status_report([PLAN], ledger(), DAY), "en")
    people = next(row for row in csv_rows(rows) if row[1] == "demo-people")
    assert people[PROGRESS] == "40%" and people[6] == 40.0


def test_record_rows_in_the_order_made_with_their_state() -> None:
    rows = record_rows(ledger(), "en")
    assert [row[1] for row in rows] == ["a" * 12, "b" * 12, "c" * 12]
    first, second, hall = rows
    assert first[4] == 39.5 and first[-1] == "superseded"
    assert second[4] == 40 and isinstance(second[4], int) and second[7] == "二季度" and second[-1] == "current"
    assert hall[4] == "venue" and hall[6] == "yes"
    assert len(first) == len(RECORD_KEYS)


def test_json_is_the_status_with_the_records() -> None:
    data = ledger()
    doc = json.loads(to_json(status_report([PLAN], data, DAY), record_rows(data, "en")))
    assert doc["format"] == "targetctl.export/1" and doc["plans"][0]["id"] == "demo-2025"
    assert doc["records"][1] == dict(zip(RECORD_KEYS, record_rows(data, "en")[1], strict=True))
