"""The scan's loop for blocks of value records only (status: every target, for a day) keeps the
same latest values and says the same problems as the general loop, on values that fit and
values that do not: unknown targets, days outside the period, values outside a kind's bounds,
states a milestone does not have, ties settled by the provisional mark and the time."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from targetctl.domain.ledger import Ledger
from targetctl.io.plans import read_plan
from targetctl.workspace import logs
from tests.conftest import GOLDEN

TARGETS = ["demo-people", "demo-projects", "demo-growth", "demo-park-size", "demo-premium", "demo-hall", "nowhere"]
VALUES = st.one_of(
    st.integers(-5, 120),
    st.floats(-1e6, 1e6, allow_nan=False),
    st.sampled_from(["done", "planning", "in-progress", "nonsense"]),
)


@st.composite
def rows(draw: st.DrawFn) -> list[dict[str, Any]]:
    out = []
    for n in range(draw(st.integers(1, 30))):
        day = dt.date(2024, 12, 20) + dt.timedelta(days=draw(st.integers(0, 400)))
        row: dict[str, Any] = {
            "id": f"{n:012x}",
            "recorded": f"2025-07-0{draw(st.integers(1, 3))}T09:00:00Z",
            "by": "x",
            "type": "value",
            "target": draw(st.sampled_from(TARGETS)),
            "as_of": day.isoformat(),
            "value": draw(VALUES),
        }
        if draw(st.booleans()):
            row["provisional"] = draw(st.booleans())
        out.append(row)
    return out


def scan(log: Path, day: dt.date | None) -> tuple[dict[str, Any], int, list[Any]]:
    lp, problems = read_plan(GOLDEN / "valid" / "demo.yaml")
    assert lp is not None and not problems
    ledger = Ledger(day, files=1)
    walk = logs._Scan(ledger, lp.plan, log, None, False)
    walk.run()
    return {tid: record.id for tid, record in ledger.latest.items()}, walk.later, ledger.problems


@settings(max_examples=150, deadline=None)
@given(rows(), st.sampled_from([None, dt.date(2025, 3, 1), dt.date(2025, 12, 31), dt.date(2026, 6, 1)]))
def test_the_loop_for_values_agrees_with_the_general_one(lines: list[dict[str, Any]], day: dt.date | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "demo-2025.yaml"
        log.write_text("".join("- " + json.dumps(r) + "\n" for r in lines), encoding="utf-8")
        quick = scan(log, day)
        with pytest.MonkeyPatch.context() as patch:  # every row through the general loop
            patch.setattr(logs._Scan, "_values", lambda self, pairs, fits, period: list(pairs))
            plain = scan(log, day)
    assert quick == plain


def test_a_block_of_values_takes_the_loop_for_values(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    line: dict[str, Any] = {"id": "00000000000a", "recorded": "2025-07-01T09:00:00Z", "by": "x", "type": "value"}
    line |= {"target": "demo-people", "as_of": "2025-06-30", "value": 3}
    log = tmp_path / "demo-2025.yaml"
    log.write_text("- " + json.dumps(line) + "\n", encoding="utf-8")
    taken: list[int] = []
    real = logs._Scan._values

    def spy(self: logs._Scan, pairs: Any, fits: Any, period: Any) -> Any:
        taken.append(1)
        return real(self, pairs, fits, period)

    monkeypatch.setattr(logs._Scan, "_values", spy)
    latest, _, problems = scan(log, dt.date(2025, 12, 31))
    assert taken and latest == {"demo-people": "00000000000a"} and problems == []
