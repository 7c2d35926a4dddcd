"""The benchmark workspaces are valid, and large ones get the per-plan overview."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.generate import folders, generate, repeated_quotes

from targetctl.commands.validate import validate
from tests.conftest import Run


def test_generated_workspace_is_valid(tmp_path: Path) -> None:
    generate(tmp_path / "plans", plans=3, targets=24, records=500)
    result = validate([tmp_path / "plans"])
    assert result.problems == [] and result.records == 500 and result.files == 6


@pytest.mark.slow
def test_large_status_shows_one_line_per_plan(run: Run, tmp_path: Path) -> None:
    generate(tmp_path / "plans", plans=4, targets=80, records=400)
    overview = run("status", "--as-of", "2022-06-30")
    assert overview.exit_code == 0 and "Too many targets to list" in overview.stdout
    assert "bench-003" in overview.stdout and "p000-t001" not in overview.stdout
    full = run("status", "--as-of", "2022-06-30", "--all")
    assert "p000-t001" in full.stdout
    doc = json.loads(run("status", "--as-of", "2022-06-30", "--json").stdout)
    assert doc["summary"]["targets"] == 320


def test_repeated_quotes_workspace_is_valid_and_its_filler_excluded(tmp_path: Path) -> None:
    from targetctl.workspace.tracing import trace_workspace

    repeated_quotes(tmp_path / "plans", size=300_000)
    assert validate([tmp_path / "plans"]).problems == []
    [(_, clauses)] = trace_workspace(tmp_path / "plans")
    filler = [c for c in clauses if c.text.startswith(("哈", "推"))]
    assert len(filler) > 10 and all(c.status == "excluded" for c in filler)


def test_folders_side_by_side_are_each_valid_with_ids_unique_across_them(tmp_path: Path) -> None:
    roots = folders(tmp_path, 3, plans=2, targets=8, records=61)
    results = [validate([root]) for root in roots]
    assert all(r.problems == [] for r in results) and sum(r.records for r in results) == 61
    plan_ids = [p.stem for root in roots for p in root.glob("*.yaml")]
    record_ids = [
        json.loads(line[2:])["id"]
        for root in roots
        for log in (root / "records").glob("*.yaml")
        for line in log.read_text(encoding="utf-8").splitlines()
        if line.startswith("- {")
    ]
    assert len(plan_ids) == 6 == len(set(plan_ids)) and len(record_ids) == 61 == len(set(record_ids))


def test_the_json_floor_reads_every_record_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    from benchmarks.read import json_floor

    generate(tmp_path / "plans", plans=2, targets=8, records=40)
    log = tmp_path / "plans" / "records" / "bench-001.yaml"
    log.write_text(log.read_text(encoding="utf-8") + "- {not json}\n", encoding="utf-8")
    done = subprocess.run(json_floor(sys.executable, str(tmp_path / "plans")), capture_output=True, check=False)
    assert done.returncode == 1 and b"JSONDecodeError" in done.stderr  # it did reach the last line


@pytest.mark.slow
def test_the_province_table_reads_every_folder_as_one_workspace(tmp_path: Path) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.province",
            str(tmp_path / "prov"),
            *("--folders", "3", "--targets", "4", "--records", "300"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("| `")]
    assert len(rows) == 8 and all(line.endswith("| 0 |") for line in rows), done.stdout
    assert "3 plans folders, 300 records" in done.stdout
    assert len(list((tmp_path / "prov" / "warehouse" / "targets").glob("plan=*"))) == 3


def test_every_step_of_the_cold_start_budget_runs_on_top_of_the_floor() -> None:
    import subprocess
    import sys

    from benchmarks.cold import BUDGET, FLOOR, REPO

    for code in BUDGET.values():
        argv = [sys.executable, FLOOR[1], FLOOR[2] + ("\n" + code if code else "")]
        done = subprocess.run(argv, cwd=REPO, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
