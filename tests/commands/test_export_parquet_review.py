"""Defects found by a review of the Parquet export: a decrease read by an engine as an
increase, a table with no part when it has no rows, and the destination's name in errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run
from tests.districts import district

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("pyarrow")

FALLS = """  - id: east-energy
    programme: east-area
    title: {zh: 能耗下降, en: Energy use falls}
    kind: growth
    direction: decrease
    comparator: at-least
    percent: 4
    of: {zh: 单位产值能耗, en: energy per unit of output}
    quote: 单位产值能耗下降4%以上
  - id: east-water
    programme: east-area
    title: {zh: 用水下降, en: Water use falls}
    kind: growth
    direction: decrease
    comparator: between
    percent: 3
    percent_max: 5
    of: {zh: 用水量, en: water use}
    quote: 用水量下降3%至5%
"""


def _rows(out: Path, table: str) -> list[dict[str, Any]]:
    sql = f"SELECT * FROM read_parquet('{out}/{table}/*/*.parquet', hive_partitioning = true)"
    rel = duckdb.sql(sql)
    return [dict(zip(rel.columns, row, strict=True)) for row in rel.fetchall()]


def test_a_decrease_has_its_direction_and_signed_goals(run: Run, tmp_path: Path) -> None:
    folder = district(tmp_path, "east")
    plan = folder / "east.yaml"
    plan.write_text(plan.read_text(encoding="utf-8") + FALLS, encoding="utf-8")
    with (folder / "sources" / "east.txt").open("a", encoding="utf-8") as source:
        source.write("单位产值能耗下降4%以上。用水量下降3%至5%。\n")
    for target, value in (("east-energy", "-4.5"), ("east-water", "-4")):
        result = run("--plans", "east", "record", target, "--date", "2025-12-31", "--by", "测试员", "--", value)
        assert result.exit_code == 0, result.stderr
    out = tmp_path / "export"
    result = run("--plans", "east", "export", "--format", "parquet", "-o", str(out), "--as-of", "2026-01-31")
    assert result.exit_code == 0, result.stderr
    rows = {r["target"]: r for r in _rows(out, "targets")}
    energy, water, projects = rows["east-energy"], rows["east-water"], rows["east-projects"]
    read = (energy["direction"], energy["comparator"], energy["goal"], energy["value"])
    assert read == ("decrease", "at-least", -4.0, -4.5)
    assert energy["status"] == "achieved" and energy["value"] <= energy["goal"]  # as docs/warehouse.md reads it
    assert (water["direction"], water["goal_low"], water["goal_high"]) == ("decrease", -5.0, -3.0)
    assert water["status"] == "achieved" and water["goal_low"] <= water["value"] <= water["goal_high"]
    assert projects["direction"] == "increase"


def test_every_table_has_a_part_even_without_rows(run: Run, tmp_path: Path) -> None:
    folder = district(tmp_path, "east")
    plan = folder / "east.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text[: text.index("targets:")] + "targets: []\n", encoding="utf-8")
    out = tmp_path / "export"
    result = run("--plans", "east", "export", "--format", "parquet", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    for table in ("targets", "records", "programmes"):
        assert list((out / table).glob("*/*.parquet")), table
    assert _rows(out, "targets") == [] and len(_rows(out, "programmes")) == 1


def test_an_empty_workspace_has_every_table(run: Run, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    out = tmp_path / "export"
    result = run("--plans", "empty", "export", "--format", "parquet", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    for table in ("targets", "records", "programmes"):
        assert _rows(out, table) == [], table


def test_a_destination_that_cannot_be_written_is_named_itself(run: Run, tmp_path: Path) -> None:
    district(tmp_path, "east")
    if not Path("/proc/self").is_dir():
        pytest.skip("needs /proc, where nobody may make a folder")
    result = run("--plans", "east", "export", "--format", "parquet", "-o", "/proc/targetctl-out")
    assert result.exit_code == 1, result.stdout
    assert result.stderr.startswith("error: /proc/targetctl-out: "), result.stderr
    assert "targetctl-parquet" not in result.stderr


def test_sheet_with_parquet_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    district(tmp_path, "east")
    result = run("--plans", "east", "export", "--format", "parquet", "-o", "out", "--sheet", "records")
    assert result.exit_code == 2 and "--sheet" in result.stderr, result.stderr
    assert not (tmp_path / "out").exists()
