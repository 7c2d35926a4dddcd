"""The writer's fold (workspace/fold.py): under the lock, the record just appended is folded
into the log's saved state and its plan's part of the overview is saved for the stamped log,
equal to what a full read assesses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from benchmarks.generate import generate

from targetctl.domain.progress import Tolerance
from targetctl.domain.summary import Filters, status_report
from targetctl.io import cache, cachefs, parts
from targetctl.workspace import load, moment
from targetctl.workspace.writing import record_value


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(tmp_path / "cache"))
    cachefs.forget()
    generate(tmp_path / "plans", 2, 20, 200)
    return tmp_path / "plans"


def _saved_part(plans: Path, plan: str) -> dict[str, object] | None:
    text = (plans / f"{plan}.yaml").read_text(encoding="utf-8")
    log = plans / "records" / f"{plan}.yaml"
    return parts.part(parts.plan_digest(text), parts.of(log), moment().date(), repr(Tolerance()))


def test_a_record_leaves_its_plans_part_for_the_stamped_log(plans: Path) -> None:
    today = moment().date()
    load(plans, as_of=today, cache=True)  # the saved states a record folds into
    done = record_value(plans, "p001-t004", "3", day=dt.date(2022, 6, 30), by="t", correct=True, confirm=True,
                        cache=True)  # fmt: skip
    log = plans / "records" / "bench-001.yaml"
    assert done.progress is not None and cache.stamped(log, log.stat())
    full = load(plans, as_of=today, cache=False)
    plan = next(lp.plan for lp in full.plans if lp.plan.id == "bench-001")
    want = parts.data(status_report([plan], full.ledger, today, Filters(), Tolerance()).rollup)
    assert _saved_part(plans, "bench-001") == want
    assert _saved_part(plans, "bench-000") is None  # no other plan is assessed


def test_without_the_cache_the_log_is_neither_stamped_nor_folded(plans: Path) -> None:
    load(plans, as_of=moment().date(), cache=True)
    record_value(plans, "p001-t004", "3", day=dt.date(2022, 6, 30), by="t", correct=True, confirm=True, cache=False)
    log = plans / "records" / "bench-001.yaml"
    assert not cache.stamped(log, log.stat()) and _saved_part(plans, "bench-001") is None
