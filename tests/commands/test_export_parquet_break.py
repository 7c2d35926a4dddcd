"""Defects found by the break-it review of issue #22's warehouse export, seen from an engine."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from targetctl.domain.warehouse import SCHEMA, TABLES
from tests.conftest import Run

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("pyarrow")

# SQL:2016's reserved words that are also reserved in Trino, Spark SQL (ANSI) or BigQuery:
# a column so named must be quoted, each engine its own way (`by` in BigQuery, "by" in Trino)
RESERVED = {"all", "and", "as", "between", "by", "case", "cast", "current", "date", "default", "end"}
RESERVED |= {"from", "group", "in", "order", "range", "select", "table", "to", "union", "where", "with"}


def test_every_column_can_be_named_in_a_query_as_the_docs_spell_it(run: Run, demo: Path, tmp_path: Path) -> None:
    """An analyst types `SELECT by …` from the schema table; no column may need quoting."""
    assert run("record", "demo-people", "30", "--date", "2025-04-30", "--by", "甲").exit_code == 0
    out = tmp_path / "export"
    assert run("export", "--format", "parquet", "-o", str(out)).exit_code == 0
    for table in TABLES:
        assert not set(SCHEMA[table]) & RESERVED, table
        for column in SCHEMA[table]:
            sql = f"SELECT {column} FROM read_parquet('{out}/{table}/*/*.parquet', hive_partitioning = true)"
            duckdb.sql(sql).fetchall()  # a parser error if the word is reserved


def test_records_are_marked_as_of_the_exports_day_as_its_targets_are(run: Run, demo: Path, tmp_path: Path) -> None:
    """With --as-of, a value as of a later day is not the target's value in the targets table:
    the records table must not call it current, as `show`, `log` and the CSV do not."""
    for day, value in (("2025-03-31", "30"), ("2025-06-30", "40")):
        assert run("record", "demo-people", value, "--date", day, "--by", "甲").exit_code == 0
    out = tmp_path / "export"
    assert run("export", "--format", "parquet", "-o", str(out), "--as-of", "2025-05-01").exit_code == 0
    where = f"read_parquet('{out}/%s/*/*.parquet', hive_partitioning = true)"
    value = duckdb.sql(f"SELECT value FROM {where % 'targets'} WHERE target = 'demo-people'").fetchall()
    assert value == [(30.0,)]
    marks = duckdb.sql(f"SELECT value, mark FROM {where % 'records'} WHERE target = 'demo-people' ORDER BY as_of")
    assert marks.fetchall() == [(30.0, "current"), (40.0, "after as-of")]
    csv = run("export", "--sheet", "records", "--as-of", "2025-05-01", "--lang", "en").stdout
    assert csv.splitlines()[-1].endswith(",after as-of")


def test_without_pyarrow_one_line_says_what_to_install_as_for_xlsx(
    run: Run, demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing was typed wrong: no usage banner, and the same answer as a missing openpyxl."""
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    parquet = run("export", "--format", "parquet", "-o", str(tmp_path / "export"))
    xlsx = run("export", "-o", str(tmp_path / "out.xlsx"))
    assert parquet.stderr == "error: the Parquet export needs pyarrow: pip install 'targetctl[parquet]'\n"
    assert parquet.exit_code == xlsx.exit_code == 1
    assert not (tmp_path / "export").exists()
