"""render.history: `show`'s facts, chart and history, and `log` as a table, as a list when the
terminal is too narrow, and as JSON."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import yaml

from targetctl.domain.detail import TargetDetail, target_detail
from targetctl.domain.ledger import Entry, EntryState, Ledger, TargetHistory
from targetctl.domain.model import Plan, Target
from targetctl.domain.records import ValueRecord, VoidRecord
from targetctl.render.common import to_text
from targetctl.render.history import detail_json, detail_view, log_json, log_view
from tests.conftest import GOLDEN

PLAN = Plan.model_validate(yaml.safe_load((GOLDEN / "valid" / "demo.yaml").read_text(encoding="utf-8")))
TARGETS: dict[str, Target] = {t.id: t for t in PLAN.targets}
AT = dt.datetime(2025, 7, 1, 9, tzinfo=dt.timezone.utc)
DAY = dt.date(2025, 6, 30)
LOG = Path("records/demo-2025.yaml")
KEPT = ValueRecord(
    id="a" * 12, type="value", target="demo-people", as_of=DAY, value=40, recorded=AT, by="甲", note="二季度"
)
WRONG = ValueRecord(
    id="b" * 12, type="value", target="demo-people", as_of=dt.date(2025, 5, 31), value=90, recorded=AT, by="乙"
)
VOID = VoidRecord(id="c" * 12, type="void", void=WRONG.id, reason="typo", recorded=AT, by="乙")


def detail() -> TargetDetail:
    ledger = Ledger(
        full=True,
        histories={"demo-people": TargetHistory([Entry(LOG, 2, WRONG), Entry(LOG, 3, KEPT)])},
        voids={WRONG.id: Entry(LOG, 4, VOID)},
    )
    return target_detail(PLAN, TARGETS["demo-people"], ledger, DAY)


def entries() -> list[tuple[Entry, str | None, EntryState]]:
    return [(Entry(LOG, 4, VOID), "demo-people", "void"), (Entry(LOG, 3, KEPT), "demo-people", "current")]


def test_show_lists_each_record_with_its_state_and_the_voids_reason() -> None:
    text = to_text(*detail_view(detail()), width=120)
    assert "demo-people" in text and "Recruit talent" in text
    kept = next(line for line in text.splitlines() if KEPT.id in line)
    assert "40 people" in kept and "二季度" in kept and "current" in kept
    wrong = next(line for line in text.splitlines() if WRONG.id in line)
    assert "voided: typo" in wrong


def test_show_with_no_records_says_so() -> None:
    empty = target_detail(PLAN, TARGETS["demo-hall"], Ledger(full=True), DAY)
    assert "no records yet" in to_text(*detail_view(empty), width=100)


def test_show_json_has_the_history_and_the_chart() -> None:
    doc = json.loads(detail_json(detail()))
    assert doc["format"] == "targetctl.show/1" and doc["id"] == "demo-people" and doc["due"] == "2025-12-31"
    assert [(h["id"], h["state"], h["line"]) for h in doc["history"]] == [
        (WRONG.id, "voided", 2),
        (KEPT.id, "current", 3),
    ]
    assert doc["chart"][-1] == {"date": "2025-06-30", "expected": 40.0, "actual": 40.0}


def test_log_is_a_table_when_it_fits_and_a_list_when_not() -> None:
    wide = to_text(*log_view(entries(), TARGETS, "en", 140), width=140)
    assert "records, newest first" in wide and "┃" in wide and "void bbbbbbbbbbbb: typo" in wide
    narrow = to_text(*log_view(entries(), TARGETS, "en", 40), width=40)
    assert "┃" not in narrow and f"{KEPT.id}  2025-07-01 09:00  current" in narrow
    assert "  40 people  · 甲" in narrow and narrow.rstrip().endswith("2 records")


def test_the_count_under_the_records_says_what_it_counts() -> None:
    """A bare '2' under the list meant nothing to a reader (newcomer review)."""
    narrow = to_text(*log_view(entries(), TARGETS, "zh", 40), width=40)
    assert narrow.rstrip().endswith("共2条记录")
    wide = to_text(*log_view(entries(), TARGETS, "zh", 140), width=140)
    assert "共2条记录" in wide
    one = to_text(*log_view(entries()[:1], TARGETS, "en", 140), width=140)
    assert "1 record" in one and "1 records" not in one


def test_log_json_places_each_record() -> None:
    doc = json.loads(log_json(entries()))
    assert doc["format"] == "targetctl.log/1"
    void, kept = doc["records"]
    assert (void["type"], void["target"], void["state"], void["file"], void["line"]) == (
        "void",
        "demo-people",
        "void",
        "demo-2025.yaml",
        4,
    )
    assert kept["value"] == 40 and kept["note"] == "二季度"


def test_a_long_note_wraps_between_words_with_its_lines_indented() -> None:
    note = "本月在重点产业链条持续推进新增项目建设并按季度调度，新增项目123456789个，较上月增加明显，继续推进"
    rec = KEPT.model_copy(update={"note": note})
    text = to_text(*log_view([(Entry(LOG, 3, rec), "demo-people", "current")], TARGETS, "zh", 80), width=80)
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("  本月"))
    assert "123456789" in "\n".join(lines)  # never split inside the number
    assert lines[start + 1].startswith("    ") and lines[start + 1].strip()  # continuation indented
    assert all(len(line) <= 80 for line in lines)


def test_the_goal_line_of_show_is_punctuated_in_the_interface_language() -> None:
    """'≥ 100 人, 完成时限 …' mixed an English comma into Chinese (newcomer review)."""
    zh = to_text(*detail_view(detail(), "zh", 80), width=80)
    assert re.search(r"目标值 +.+人，完成时限 2025-12-31", zh), zh
    en = to_text(*detail_view(detail(), "en", 80), width=80)
    assert "people, due 2025-12-31" in en
