"""Defects found by the break-it review of issue #22's Parquet export (io.parquet)."""

from __future__ import annotations

from pathlib import Path

import pytest

from targetctl.domain.problems import UsageError
from targetctl.domain.warehouse import SCHEMA, TABLES, Row, Table
from targetctl.io.parquet import destination, write_dataset

pytest.importorskip("pyarrow.parquet")


def _tables(plan: str) -> dict[Table, dict[str, list[Row]]]:
    tables: dict[Table, dict[str, list[Row]]] = {table: {plan: []} for table in TABLES}
    tables["programmes"][plan] = [{**dict.fromkeys(SCHEMA["programmes"]), "programme": "a", "depth": 0}]
    return tables


@pytest.mark.parametrize(
    ("mine", "named"),
    [
        ("notes.txt", "notes.txt"),
        ("analysis.duckdb", "analysis.duckdb"),
        ("targets/mine.sql", "targets/mine.sql"),
        ("records/plan=p1/checked.csv", "records/plan=p1/checked.csv"),
        ("targets/plan=p1/sub/x", "targets/plan=p1/sub"),
    ],
)
def test_a_file_of_the_users_inside_an_earlier_export_is_never_deleted(tmp_path: Path, mine: str, named: str) -> None:
    """An analyst keeps a DuckDB database or a query beside the tables of the export they
    load: the next export must refuse, naming it, rather than delete it with the old tables."""
    out = tmp_path / "warehouse"
    write_dataset(out, _tables("p1"))
    (out / mine).parent.mkdir(parents=True, exist_ok=True)
    (out / mine).write_text("mine", encoding="utf-8")
    with pytest.raises(UsageError, match=f"holds {named}, which no export writes"):
        destination(out)
    with pytest.raises(UsageError):
        write_dataset(out, _tables("p2"))
    assert (out / mine).read_text(encoding="utf-8") == "mine"


def test_what_a_file_browser_leaves_in_an_export_does_not_stop_the_next(tmp_path: Path) -> None:
    out = tmp_path / "warehouse"
    write_dataset(out, _tables("p1"))
    (out / ".DS_Store").write_bytes(b"x")
    (out / "targets" / "plan=p1" / ".DS_Store").write_bytes(b"x")
    assert destination(out) == out


def test_an_earlier_export_of_other_plans_is_still_replaced_whole(tmp_path: Path) -> None:
    out = tmp_path / "warehouse"
    write_dataset(out, _tables("p1"))
    write_dataset(out, _tables("p2"))
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.parquet")) == [
        f"{table}/plan=p2/part-0.parquet" for table in sorted(TABLES)
    ]
