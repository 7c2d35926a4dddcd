"""Defects found by the break-it review of issue #22's warehouse export, seen from an engine."""

from __future__ import annotations

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
