"""validate reads every record log once (issue #22): the audit of lines `record` did not write
runs in the same scan as the main read. It finds exactly the problems the earlier second pass
found, kept here as the oracle, on generated logs with injected defects."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from targetctl.commands.validate import read_audited, validate
from targetctl.domain.kinds import rules
from targetctl.domain.messages import Msg
from targetctl.domain.problems import Problem
from targetctl.domain.records import implausible
from targetctl.io import parallel
from targetctl.io.plans import LoadedPlan
from targetctl.io.recordlog import LogReader
from targetctl.workspace import load
from targetctl.workspace.checks import _far_above, _lowered_totals
from targetctl.workspace.logs import log_of
from tests.districts import district

TODAY = dt.date(2026, 6, 30)
HEADER = "# targetctl record log of plan {plan}: append-only, one record per line.\n"


def oracle(plans: list[LoadedPlan], today: dt.date) -> tuple[list[Problem], list[Problem]]:
    """The audit as it was before: a second pass over every log, after the main read."""
    errors: list[Problem] = []
    warnings: list[Problem] = []
    owner: dict[str, int] = {}
    shown: list[str] = []
    for index, lp in enumerate(plans):
        path = log_of(lp)
        reader = LogReader(path)
        shown.append(reader.shown)
        if not path.is_file():
            continue
        targets = {t.id: t for t in lp.plan.targets}
        limits = {t.id: limit for t in lp.plan.targets if (limit := _far_above(t)) is not None}
        totals: dict[str, list[tuple[int, Any]]] = {t.id: [] for t in lp.plan.targets if rules(t).cumulative}
        voided: set[str] = set()
        for line, row in reader.rows():
            first = owner.setdefault(row["id"], index)
            if first != index:
                at = next((n for n, r in LogReader(log_of(plans[first])).rows() if r["id"] == row["id"]), 0)
                message = Msg(
                    "line.id_in_two_logs", rid=row["id"], plan=plans[first].plan.id, where=shown[first], line=at
                )
                errors.append(Problem(reader.shown, line, 1, message, Msg("line.new_id")))
            if row["recorded"].date() > today:
                message = Msg("line.future", when=row["recorded"].isoformat())
                errors.append(Problem(reader.shown, line, 1, message, Msg("line.correct_time")))
            by = row["by"]
            if not by.strip() or any(unicodedata.category(c) == "Cc" for c in by):
                what = Msg("line.by_blank") if not by.strip() else Msg("line.by_control")
                errors.append(Problem(reader.shown, line, 1, what, Msg("line.write_by")))
            kind = row["type"]
            if kind == "judgement" and not row["reason"].strip():
                message = Msg("line.judgement_no_reason", target=row["target"])
                errors.append(Problem(reader.shown, line, 1, message, Msg("line.write_why")))
            if kind == "void":
                voided.add(row["void"])
                if not row["reason"].strip():
                    message = Msg("line.void_no_reason", rid=row["void"])
                    errors.append(Problem(reader.shown, line, 1, message, Msg("line.write_why_void")))
                continue
            if kind != "value":
                continue
            tid, value = row["target"], row["value"]
            limit = limits.get(tid)
            if limit is not None and value.__class__ is float and abs(value) > limit and not row.get("confirmed"):
                far = implausible(targets[tid], value)
                if far:
                    warnings.append(
                        Problem(reader.shown, line, 1, Msg("line.unconfirmed", far=far), Msg("line.confirm_hint"))
                    )
            if tid in totals:
                totals[tid].append((line, row))
        for tid, rows in totals.items():
            errors += _lowered_totals(reader.shown, tid, rows, voided)
    return errors, warnings


IDS = [f"{n:012x}" for n in range(0xA1, 0xA9)]  # a small pool, so that ids repeat in a log and across logs


@st.composite
def lines(draw: st.DrawFn, plan: str) -> str:
    """One log line: a value, a void or a judgement, with the defects the audit looks for."""
    rid = draw(st.sampled_from(IDS) | st.text("0123456789abcdef", min_size=12, max_size=12))
    day = dt.date(2025, 1, 1) + dt.timedelta(days=draw(st.integers(0, 364)))
    stamp = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(hours=draw(st.integers(0, 24 * 600)))
    row: dict[str, Any] = {"id": rid, "recorded": stamp.strftime("%Y-%m-%dT%H:%M:%SZ")}
    row["by"] = draw(st.sampled_from(["测试员", "x", " ", "a\u0007b"]))
    kind = draw(st.sampled_from(["value", "value", "value", "void", "judgement"]))
    row["type"] = kind
    target = draw(st.sampled_from([f"{plan}-projects", f"{plan}-projects", "nowhere-projects"]))
    if kind == "value":
        row |= {
            "target": target,
            "as_of": day.isoformat(),
            "value": draw(st.integers(0, 30) | st.sampled_from([250, 900])),
        }
        for flag in ("provisional", "correction", "confirmed"):
            if draw(st.booleans()):
                row[flag] = True
    elif kind == "void":
        row |= {"void": draw(st.sampled_from(IDS)), "reason": draw(st.sampled_from(["录入有误", " "]))}
    else:
        row |= {
            "target": target,
            "as_of": day.isoformat(),
            "rating": "green",
            "reason": draw(st.sampled_from(["ok", ""])),
        }
    if draw(st.integers(0, 20)) == 0:
        return "- {not a record\n"
    return "- " + json.dumps(row, ensure_ascii=False) + "\n"


@st.composite
def workspaces(draw: st.DrawFn) -> list[list[str]]:
    return [draw(st.lists(lines(name), max_size=12)) for name in ("east", "west", "north")]


def _make(parent: Path, logs: list[list[str]]) -> tuple[Path, ...]:
    roots = []
    for name, rows in zip(("east", "west", "north"), logs, strict=True):
        folder = district(parent, name)
        plan = folder / f"{name}.yaml"  # a running total, whose falls the audit looks for
        plan.write_text(
            plan.read_text(encoding="utf-8").replace("unit: projects\n", "unit: projects\n    measure: cumulative\n"),
            encoding="utf-8",
        )
        if rows:
            (folder / "records").mkdir()
            (folder / "records" / f"{name}.yaml").write_text(HEADER.format(plan=name) + "".join(rows), encoding="utf-8")
        roots.append(folder)
    return tuple(roots)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workspaces())
def test_the_folded_audit_finds_what_the_second_pass_found(logs: list[list[str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        roots = _make(Path(tmp), logs)
        found = read_audited(roots, TODAY)
        old_errors, old_warnings = oracle(load(roots, records=False, strict=False).plans, TODAY)
        assert sorted(found.errors) == sorted(old_errors)
        assert sorted(found.warnings) == sorted(old_warnings)


def _value(rid: str, stamp: str, plan: str, day: str, value: int) -> str:
    row = {"id": rid, "recorded": stamp, "by": "x", "type": "value", "target": f"{plan}-projects"}
    return "- " + json.dumps(row | {"as_of": day, "value": value}) + "\n"


def test_worker_processes_find_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def rows(plan: str) -> list[str]:  # a stamp after TODAY, an id in every log, a total that falls
        return [
            _value(IDS[0], "2027-01-01T00:00:00Z", plan, "2025-06-30", 9),
            _value(f"{ord(plan[0]):08x}beef", "2025-07-01T00:00:00Z", plan, "2025-07-31", 4),
        ]

    roots = _make(tmp_path, [rows(name) for name in ("east", "west", "north")])
    alone = read_audited(roots, TODAY)
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    monkeypatch.setenv(parallel.JOBS_ENV, "2")
    spread = read_audited(roots, TODAY)
    plans = load(roots, records=False, strict=False).plans
    assert sorted(alone.errors) == sorted(spread.errors) == sorted(oracle(plans, TODAY)[0])
    assert len(alone.errors) == 3 + 2 + 3  # stamps after today; the id in the two later logs; totals lowered


def test_each_log_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = ("east", "west", "north")
    roots = _make(
        tmp_path, [[_value(IDS[n], "2025-07-01T00:00:00Z", name, "2025-06-30", 3)] for n, name in enumerate(names)]
    )
    reads: list[str] = []
    blocks = LogReader.blocks

    def counted(self: LogReader) -> Iterator[tuple[Any, list[Any]]]:
        reads.append(self.path.name)
        return blocks(self)

    monkeypatch.setattr(LogReader, "blocks", counted)
    result = validate([roots], today=TODAY)
    assert result.ok and result.records == 3
    assert sorted(reads) == ["east.yaml", "north.yaml", "west.yaml"]
