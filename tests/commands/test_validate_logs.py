"""A log merged by hand (or by git's union driver) meets record's rules under `validate`
(issue 18): each break is a located error or warning, compared with a golden file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.commands.test_views import _second_plan
from tests.conftest import GOLDEN, Run

EXPECTED = GOLDEN / "logs" / "hand-merged.expected"


def _line(**fields: object) -> str:
    row = {"recorded": "2025-07-01T09:00:00+08:00", "by": "x", **fields}
    return "- " + json.dumps(row, ensure_ascii=False) + "\n"


def _logs(demo: Path) -> None:
    _second_plan(demo)
    records = demo / "records"
    records.mkdir()
    (records / "demo-2025.yaml").write_text(
        "".join(
            [
                _line(id="a00000000001", type="value", target="demo-projects", as_of="2025-03-31", value=12),
                _line(id="a00000000002", type="value", target="demo-projects", as_of="2025-06-30", value=9),
                _line(
                    id="a00000000003",
                    type="value",
                    target="demo-projects",
                    as_of="2025-07-31",
                    value=8,
                    correction=True,
                ),
                _line(id="a00000000004", type="value", target="demo-people", as_of="2025-06-30", value=5000),
                _line(
                    id="a00000000005",
                    type="value",
                    target="demo-people",
                    as_of="2025-07-31",
                    value=6000,
                    confirmed=True,
                ),
                _line(id="a00000000006", type="void", void="a00000000003", reason="   "),
                _line(id="b00000000001", type="value", target="demo-growth", as_of="2025-06-30", value=3),
                _line(
                    id="a00000000007",
                    type="value",
                    target="demo-growth",
                    as_of="2025-06-30",
                    value=4,
                    recorded="2099-01-01T00:00:00+08:00",
                ),
            ]
        ),
        encoding="utf-8",
    )
    (records / "other-2025.yaml").write_text(
        _line(id="b00000000001", type="value", target="other-growth", as_of="2025-06-30", value=3), encoding="utf-8"
    )


def test_a_hand_merged_log_is_checked_as_record_checks(run: Run, demo: Path) -> None:
    _logs(demo)
    (demo / "other.yaml").write_text(
        (demo / "other.yaml").read_text(encoding="utf-8").replace("id: demo-2025", "id: other-2025"), encoding="utf-8"
    )
    result = run("validate", "plans")
    assert result.exit_code == 1
    assert result.stdout == EXPECTED.read_text(encoding="utf-8")


def test_void_of_an_id_in_two_plans_refuses_naming_both(run: Run, demo: Path) -> None:
    _logs(demo)
    (demo / "other.yaml").write_text(
        (demo / "other.yaml").read_text(encoding="utf-8").replace("id: demo-2025", "id: other-2025"), encoding="utf-8"
    )
    for given in ("b00000000001", "b0000000"):
        done = run("record", "--void", given, "--reason", "which one?", "--by", "x", "--yes")
        assert done.exit_code == 1, done.stdout
        assert "demo-2025" in done.stderr and "other-2025" in done.stderr and "b00000000001" in done.stderr


@pytest.mark.parametrize("today", ["2025-07-01"])
def test_a_future_recorded_time_is_relative_to_today(today: str, demo: Path) -> None:
    import datetime as dt

    from targetctl.commands.validate import validate

    _logs(demo)
    (demo / "other.yaml").unlink()
    (demo / "records" / "other-2025.yaml").unlink()
    found = validate([demo], today=dt.date.fromisoformat(today))
    future = [p for p in found.problems if "in the future" in p.message]
    assert [p.line for p in future] == [8]
    later = validate([demo], today=dt.date(2100, 1, 1))
    assert not [p for p in later.problems if "in the future" in p.message]


def test_names_and_reasons_record_refuses_are_refused_in_a_merged_log(run: Run, demo: Path) -> None:
    records = demo / "records"
    records.mkdir()
    (records / "demo-2025.yaml").write_text(
        _line(id="c00000000001", type="value", target="demo-projects", as_of="2025-03-31", value=3, by="A\tB")
        + _line(id="c00000000002", type="value", target="demo-projects", as_of="2025-04-30", value=4, by="   ")
        + _line(id="c00000000003", type="judgement", target="demo-hall", as_of="2025-04-30", rating="red", reason="  "),
        encoding="utf-8",
    )
    result = run("validate")
    assert result.exit_code == 1
    assert "records/demo-2025.yaml:1:1: 'by' holds a control character" in result.stdout + result.stderr
    assert "records/demo-2025.yaml:2:1: 'by' is blank" in result.stdout + result.stderr
    assert "records/demo-2025.yaml:3:1: the judgement of 'demo-hall' gives no reason" in result.stdout + result.stderr
