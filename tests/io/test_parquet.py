"""io.parquet: the folder an export may replace, and a dataset written whole (partitioned by plan,
typed by the one schema) that replaces only an earlier export."""

from __future__ import annotations

from pathlib import Path

import pytest

from targetctl.domain.problems import UsageError
from targetctl.domain.warehouse import SCHEMA, TABLES, Row, Table
from targetctl.io.parquet import LOCK, MARKER, SCRATCH, destination, write_dataset

pq = pytest.importorskip("pyarrow.parquet")


def _tables(plan: str = "p1") -> dict[Table, dict[str, list[Row]]]:
    empty: dict[Table, dict[str, list[Row]]] = {table: {plan: []} for table in TABLES}
    empty["programmes"][plan] = [{**dict.fromkeys(SCHEMA["programmes"]), "plan": plan, "programme": "a", "depth": 0}]
    return empty


def test_a_new_empty_or_earlier_export_folder_may_be_written(tmp_path: Path) -> None:
    assert destination(tmp_path / "new") == tmp_path / "new"
    (tmp_path / "empty").mkdir()
    assert destination(tmp_path / "empty") == tmp_path / "empty"
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / MARKER).write_text("x", encoding="utf-8")
    (tmp_path / "old" / "targets").mkdir()
    assert destination(tmp_path / "old") == tmp_path / "old"


@pytest.mark.parametrize(
    ("make", "says"),
    [
        ("file", "is a file"),
        ("others", "holds other files"),
        ("dangling", "is a link to nothing"),
        ("no-parent", "does not exist; create it first"),
    ],
)
def test_anything_else_is_a_usage_error(tmp_path: Path, make: str, says: str) -> None:
    out = tmp_path / "out"
    if make == "file":
        out.write_text("x", encoding="utf-8")
    elif make == "others":
        out.mkdir()
        (out / "notes.txt").write_text("mine", encoding="utf-8")
    elif make == "dangling":
        out.symlink_to(tmp_path / "gone")
    else:
        out = tmp_path / "missing" / "out"
    with pytest.raises(UsageError, match=says):
        destination(out)


def test_a_link_to_a_folder_is_followed(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    assert destination(tmp_path / "link") == (tmp_path / "real").resolve()


def test_the_dataset_is_partitioned_by_plan_and_marked(tmp_path: Path) -> None:
    out = tmp_path / "warehouse"
    write_dataset(out, _tables())
    assert (out / MARKER).is_file()
    table = pq.read_table(out / "programmes" / "plan=p1" / "part-0.parquet")
    assert table.column_names == list(SCHEMA["programmes"]) and table.num_rows == 1
    assert pq.read_table(out / "targets" / "plan=p1" / "part-0.parquet").num_rows == 0, (
        "an empty table keeps its columns"
    )


def test_a_new_export_replaces_the_old_whole_and_leaves_no_scratch(tmp_path: Path) -> None:
    out = tmp_path / "warehouse"
    write_dataset(out, _tables("p1"))
    (tmp_path / f".warehouse{SCRATCH}killed").mkdir()  # left by a run that was killed
    write_dataset(out, _tables("p2"))
    assert sorted(p.name for p in (out / "programmes").iterdir()) == ["plan=p2"]
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(LOCK)] == ["warehouse"]
