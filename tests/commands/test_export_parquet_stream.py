"""export --format parquet writes a plan at a time (issue #22: 10M records did not fit in
memory): across several plans folders, in worker processes or not, DuckDB reads as many
target rows as `status --json` reports and as many record rows as the logs hold; a problem
in any log leaves the destination as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from targetctl.commands import export
from targetctl.domain.ledger import Ledger
from targetctl.io import parallel
from targetctl.io.parquet import LOCK
from targetctl.io.plans import LoadedPlan
from targetctl.workspace import logs
from tests.conftest import Run
from tests.districts import district

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("pyarrow")

FOLDERS = ("east", "west", "north")


@pytest.fixture(params=["in-process", "workers"])
def districts(request: pytest.FixtureRequest, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    """Three plans folders, each with values (one superseded, one voided) in its log; read in
    this process, or by two worker processes however small the logs."""
    if request.param == "workers":
        monkeypatch.setattr(parallel, "MIN_BYTES", 0)
        monkeypatch.setenv(parallel.JOBS_ENV, "2")
    for name in FOLDERS:
        district(tmp_path, name)
        for value, day in (("5", "2025-03-31"), ("9", "2025-06-30"), ("10", "2025-06-30")):
            result = run("--plans", name, "record", f"{name}-projects", value, "--date", day, "--by", "测试员")
            assert result.exit_code == 0, result.stderr
    result = run("--plans", "west", "record", "--void", "last", "--by", "测试员", "--reason", "录入有误")
    assert result.exit_code == 0, result.stderr
    return run


def _plans(*names: str) -> list[str]:
    return [arg for name in names for arg in ("--plans", name)]


def _count(out: Path, table: str) -> int:
    sql = f"SELECT count(*) FROM read_parquet('{out}/{table}/*/*.parquet', hive_partitioning = true)"
    return int(duckdb.sql(sql).fetchall()[0][0])


def _log_lines(tmp_path: Path) -> int:
    logs = [log for name in FOLDERS for log in (tmp_path / name / "records").glob("*.yaml")]
    return sum(1 for log in logs for line in log.read_text(encoding="utf-8").splitlines() if line.startswith("- "))


def test_several_folders_give_every_target_and_every_record(districts: Run, tmp_path: Path) -> None:
    out = tmp_path / "export"
    args = ("export", "--format", "parquet", "-o", str(out), "--as-of", "2025-07-01")
    result = districts(*_plans(*FOLDERS), *args)
    assert result.exit_code == 0, result.stderr
    status = json.loads(districts(*_plans(*FOLDERS), "status", "--json", "--as-of", "2025-07-01").stdout)
    assert _count(out, "targets") == sum(len(p["targets"]) for p in status["plans"]) == 3
    assert _count(out, "records") == _log_lines(tmp_path) == 10
    assert _count(out, "programmes") == 3
    assert {p.name for p in (out / "records").iterdir()} == {f"plan={name}" for name in FOLDERS}
    sql = f"SELECT plan, mark, count(*) FROM read_parquet('{out}/records/*/*.parquet', hive_partitioning = true)"
    marks = duckdb.sql(sql + " GROUP BY ALL ORDER BY ALL").fetchall()
    assert ("west", "void", 1) in marks and ("west", "voided", 1) in marks and ("east", "superseded", 1) in marks


def test_one_plan_is_exported_and_the_others_still_checked(districts: Run, tmp_path: Path) -> None:
    out = tmp_path / "export"
    result = districts(*_plans(*FOLDERS), "export", "--format", "parquet", "-o", str(out), "--plan", "west")
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in (out / "targets").iterdir()] == ["plan=west"]
    with (tmp_path / "north" / "records" / "north.yaml").open("a", encoding="utf-8") as log:
        log.write("- {this is not a record\n")
    result = districts(*_plans(*FOLDERS), "export", "--format", "parquet", "-o", str(out), "--plan", "west")
    assert result.exit_code == 1 and "north.yaml" in result.stderr


def test_a_problem_in_a_later_log_leaves_the_old_export(districts: Run, tmp_path: Path) -> None:
    out = tmp_path / "export"
    assert districts(*_plans(*FOLDERS), "export", "--format", "parquet", "-o", str(out)).exit_code == 0
    before = sorted(str(p.relative_to(out)) for p in out.rglob("*"))
    with (tmp_path / "north" / "records" / "north.yaml").open("a", encoding="utf-8") as log:
        log.write("- {this is not a record\n")
    result = districts(*_plans(*FOLDERS), "export", "--format", "parquet", "-o", str(out), "--as-of", "2025-07-01")
    assert result.exit_code == 1 and "north.yaml:6:1: not a record" in result.stderr
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*")) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export") and not p.name.endswith(LOCK)] == []


def test_records_are_read_a_plan_at_a_time(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in FOLDERS:
        district(tmp_path, name)
        assert run("--plans", name, "record", f"{name}-projects", "3", "--by", "测试员").exit_code == 0
    read = logs.read_ledger  # what export calls by this name, patched below
    asked: list[list[str]] = []

    def reading(plans: list[LoadedPlan], **kwargs: object) -> Ledger:
        asked.append([lp.plan.id for lp in plans])
        return read(plans, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export, "read_ledger", reading)
    result = run(*_plans(*FOLDERS), "export", "--format", "parquet", "-o", str(tmp_path / "export"))
    assert result.exit_code == 0, result.stderr
    assert asked == [[name] for name in FOLDERS]


def test_errors_in_the_plans_are_said_as_a_whole_read_says_them(districts: Run, tmp_path: Path) -> None:
    out = tmp_path / "export"
    result = districts(*_plans(*FOLDERS), "export", "--format", "parquet", "-o", str(out), "--plan", "wets")
    assert result.exit_code == 1 and "unknown plan 'wets'" in result.stderr and "'west'" in result.stderr
    result = districts(*_plans(*FOLDERS, "nowhere"), "export", "--format", "parquet", "-o", str(out))
    assert result.exit_code == 2 and "nowhere" in result.stderr
    plan = tmp_path / "west" / "west.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("value: 20", "value: many"), encoding="utf-8")
    result = districts(*_plans(*FOLDERS), "export", "--format", "parquet", "-o", str(out))
    assert result.exit_code == 1 and "west.yaml:" in result.stderr and "Traceback" not in result.stderr
    assert (
        not out.exists()
        and [p.name for p in tmp_path.iterdir() if p.name.startswith(".export") and not p.name.endswith(LOCK)] == []
    )
