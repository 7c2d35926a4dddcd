"""The streaming reduction for a day agrees with the full history, voids included."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from targetctl.domain.records import ValueRecord, VoidRecord
from targetctl.io.plans import read_plan
from targetctl.io.recordlog import append
from targetctl.workspace import load
from targetctl.workspace.logs import log_of, read_ledger
from tests.conftest import GOLDEN

T0 = dt.datetime(2025, 7, 1, tzinfo=dt.timezone.utc)

events = st.lists(
    st.tuples(
        st.sampled_from(["demo-people", "demo-growth"]),
        st.integers(0, 200),  # as-of day of 2025
        st.integers(0, 5),  # hours after T0 it was recorded
        st.booleans(),  # provisional
        st.integers(-1, 6),  # index of an earlier record to void, or -1
    ),
    min_size=1,
    max_size=25,
)


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(events, st.integers(0, 220))
def test_latest_for_a_day_equals_effective_history(items: list[tuple[str, int, int, bool, int]], day: int) -> None:
    with tempfile.TemporaryDirectory() as d:
        root = Path(d) / "plans"
        shutil.copytree(GOLDEN / "valid", root)
        log = root / "records" / "demo-2025.yaml"
        ids: list[str] = []
        voided: set[str] = set()  # a second void of a record is refused
        for n, (target, as_of, hours, provisional, void) in enumerate(items):
            rid = f"{n:012x}"
            append(
                log,
                ValueRecord(
                    id=rid,
                    type="value",
                    target=target,
                    as_of=dt.date(2025, 1, 1) + dt.timedelta(days=as_of),
                    value=float(n),
                    provisional=provisional,
                    recorded=T0 + dt.timedelta(hours=hours),
                    by="x",
                ),
                "demo-2025",
            )
            ids.append(rid)
            if 0 <= void < len(ids) - 1 and ids[void] not in voided:
                voided.add(ids[void])
                append(
                    log,
                    VoidRecord(id=f"f{n:011x}", type="void", void=ids[void], reason="r", recorded=T0, by="x"),
                    "demo-2025",
                )
        ws = load(root, records=False, strict=False)
        when = dt.date(2025, 1, 1) + dt.timedelta(days=day)
        reduced = ws.read_records(day=when)
        full = ws.read_records(history=True)
        assert reduced.problems == [] == full.problems
        for target in ("demo-people", "demo-growth"):
            expected = [v for v in full.values_for(target) if v.as_of <= when]
            got = reduced.latest.get(target)
            assert (got.id if got else None) == (expected[-1].id if expected else None)


def test_a_plans_log_is_beside_it_and_read_as_of_a_day(tmp_path: Path) -> None:
    root = tmp_path / "plans"
    shutil.copytree(GOLDEN / "valid", root)
    lp, problems = read_plan(root / "demo.yaml")
    assert lp is not None and problems == []
    assert log_of(lp) == root / "records" / "demo-2025.yaml"
    for n, day in enumerate((dt.date(2025, 3, 31), dt.date(2025, 6, 30)), 1):
        value = ValueRecord(
            id=f"a{n:011d}", type="value", target="demo-people", as_of=day, value=n * 10.0, recorded=T0, by="x"
        )
        append(log_of(lp), value, "demo-2025")
    assert read_ledger([lp], day=dt.date(2025, 4, 30)).latest["demo-people"].value == 10
    assert read_ledger([lp], day=dt.date(2025, 6, 30)).latest["demo-people"].value == 20
    assert "demo-people" not in read_ledger([lp], day=dt.date(2025, 3, 30)).latest
