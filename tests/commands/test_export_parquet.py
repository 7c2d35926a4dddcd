"""export --format parquet: typed tables partitioned by plan, read back with DuckDB, and the
query of docs/warehouse.md run as written."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from targetctl.domain.warehouse import SCHEMA, TABLES
from targetctl.io.parquet import LOCK
from tests.conftest import REPO, Run

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("pyarrow")


@pytest.fixture
def two_plans(run: Run, demo: Path) -> Run:
    """The demo plan and a second plan made from it, with values, a correction and a void."""
    text = (demo / "demo.yaml").read_text(encoding="utf-8")
    (demo / "other.yaml").write_text(
        text.replace("id: demo-2025", "id: other-2025").replace("demo-", "other-"), encoding="utf-8"
    )
    for args in [
        ("demo-people", "30", "--date", "2025-04-30"),
        ("demo-people", "40", "--date", "2025-06-30"),
        ("demo-people", "41", "--date", "2025-06-30"),  # supersedes the 40
        ("other-people", "20", "--date", "2025-06-30"),
        ("demo-growth", "--date", "2025-06-30", "--", "-12"),
        ("other-growth", "--date", "2025-06-30", "--", "-3"),
        ("demo-hall", "venue", "--date", "2025-05-31"),
    ]:
        result = run("record", "--by", "测试员", *args)
        assert result.exit_code == 0, result.stderr
    assert run("record", "--void", "last", "--by", "测试员", "--reason", "录入有误").exit_code == 0
    assert run("judge", "demo-people", "amber", "--reason", "进度偏慢", "--date", "2025-06-30").exit_code == 0
    return run


def _read(folder: Path, table: str) -> list[dict[str, Any]]:
    sql = f"SELECT * FROM read_parquet('{folder}/{table}/*/*.parquet', hive_partitioning = true)"
    rel = duckdb.sql(sql)
    return [dict(zip(rel.columns, row, strict=True)) for row in rel.fetchall()]


def test_tables_hold_every_target_and_record_typed(two_plans: Run, tmp_path: Path) -> None:
    out = tmp_path / "export"
    result = two_plans("export", "--format", "parquet", "-o", str(out), "--as-of", "2025-07-01")
    assert result.exit_code == 0, result.stderr
    status = json.loads(two_plans("status", "--json", "--as-of", "2025-07-01", "--no-cache").stdout)
    targets = _read(out, "targets")
    assert len(targets) == sum(len(p["targets"]) for p in status["plans"]) == 12
    assert {(t["plan"], t["target"]) for t in targets} == {
        (p["id"], t["id"]) for p in status["plans"] for t in p["targets"]
    }
    by_id = {t["target"]: t for t in targets}
    people = by_id["demo-people"]
    assert people["value"] == 41.0 and people["goal"] == 100.0 and people["unit"] == "people"
    assert people["due"].isoformat() == "2025-12-31" and people["rating"] == "amber"
    assert people["title_zh"] == "引进人才" and people["lead_unit"] == "示范办公室"
    assert by_id["demo-growth"]["value"] == -12.0 and by_id["demo-growth"]["status"] == "behind"
    assert by_id["demo-park-size"]["goal_low"] == 500.0 and by_id["demo-park-size"]["goal_high"] == 800.0
    records = _read(out, "records")
    logs = (tmp_path / "plans" / "records").glob("*.yaml")
    lines = sum(1 for log in logs for line in log.read_text(encoding="utf-8").splitlines() if line.startswith("- "))
    assert len(records) == lines == 9
    marks = {r["record"]: r["mark"] for r in records}
    assert sorted(marks.values()).count("superseded") == 1
    assert sorted(marks.values()).count("voided") == 1 and sorted(marks.values()).count("void") == 1
    void = next(r for r in records if r["type"] == "void")
    voided = next(r for r in records if r["record"] == void["voids"])
    assert void["target"] == voided["target"] == "demo-hall" and void["plan"] == "demo-2025"
    assert all(r["recorded"].tzinfo is not None for r in records)
    programmes = _read(out, "programmes")
    sub = next(p for p in programmes if p["programme"] == "demo-sub")
    assert sub["parent"] == "demo-area" and sub["depth"] == 1


def test_column_types(two_plans: Run, tmp_path: Path) -> None:
    out = tmp_path / "export"
    assert two_plans("export", "--format", "parquet", "-o", str(out)).exit_code == 0
    types = {
        "string": "VARCHAR",
        "double": "DOUBLE",
        "date": "DATE",
        "timestamp": "TIMESTAMP WITH TIME ZONE",
        "bool": "BOOLEAN",
        "int": "INTEGER",
        "strings": "VARCHAR[]",
    }
    for table in TABLES:
        rel = duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{out}/{table}/*/*.parquet', hive_partitioning = true)")
        described = {row[0]: row[1] for row in rel.fetchall()}
        assert described == {**{k: types[v] for k, v in SCHEMA[table].items()}, "plan": "VARCHAR"}


def test_the_documented_query_runs_as_written(two_plans: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = (REPO / "docs" / "warehouse.md").read_text(encoding="utf-8")
    query = re.search(r"```sql\n(.*?)```", doc, re.S)
    assert query is not None
    monkeypatch.chdir(tmp_path)
    assert two_plans("export", "--format", "parquet", "-o", "export", "--as-of", "2025-07-01").exit_code == 0
    rows = duckdb.sql(query.group(1)).fetchall()
    status = json.loads(two_plans("status", "--json", "--as-of", "2025-07-01", "--no-cache").stdout)
    behind = sorted(f"{p['id']}/{t['id']}" for p in status["plans"] for t in p["targets"] if t["status"] == "behind")
    assert behind and rows == [("plans", "示范办公室", len(behind), ", ".join(behind))]


def test_the_documented_query_counts_a_unit_within_its_plans_folder(two_plans: Run, demo: Path, tmp_path: Path) -> None:
    import shutil

    district = tmp_path / "districts" / "east" / "plans"  # a second district, its unit of the same name
    (district / "records").mkdir(parents=True)
    shutil.copytree(demo / "sources", district / "sources")
    shutil.move(demo / "other.yaml", district / "other.yaml")
    shutil.move(demo / "records" / "other-2025.yaml", district / "records" / "other-2025.yaml")
    folders = ("--plans", "plans", "--plans", "districts/east/plans")
    done = two_plans(*folders, "export", "--format", "parquet", "-o", "export", "--as-of", "2025-07-01")
    assert done.exit_code == 0, done.stderr
    doc = (REPO / "docs" / "warehouse.md").read_text(encoding="utf-8")
    query = re.search(r"```sql\n(.*?)```", doc, re.S)
    assert query is not None
    rows = duckdb.sql(query.group(1)).fetchall()
    assert sorted((folder, unit) for folder, unit, _, _ in rows) == [
        ("districts/east/plans", "示范办公室"),
        ("plans", "示范办公室"),
    ]
    assert all(targets.startswith(("demo-", "other-")) for *_, targets in rows)
    east = [targets for folder, _, _, targets in rows if folder == "districts/east/plans"]
    assert east and all(t.startswith("other-2025/") for t in east[0].split(", "))


def test_schema_page_matches_the_schema() -> None:
    doc = (REPO / "docs" / "warehouse.md").read_text(encoding="utf-8")
    words = {"string": "string", "double": "double", "date": "date", "bool": "bool", "int": "int"}
    words |= {"timestamp": "timestamp (UTC)", "strings": "list of string"}
    for table in TABLES:
        section = doc.split(f"### {table}\n", 1)[1].split("\n#", 1)[0]
        rows = re.findall(r"^\| (\w+) \| ([^|]+?) \|", section, re.M)
        assert [(name, kind) for name, kind in rows if name != "column"] == [
            (name, words[kind]) for name, kind in SCHEMA[table].items()
        ]


def test_destination_rules(two_plans: Run, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me", encoding="utf-8")
    result = two_plans("export", "--format", "parquet", "-o", str(mine))
    assert result.exit_code == 2 and "holds other files" in result.stderr
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]
    assert two_plans("export", "--format", "parquet").exit_code == 2  # a folder is needed
    afile = tmp_path / "a.parquet"
    afile.write_text("x", encoding="utf-8")
    assert two_plans("export", "--format", "parquet", "-o", str(afile)).exit_code == 2
    out = tmp_path / "export"
    assert two_plans("export", "--format", "parquet", "-o", str(out), "--plan", "demo-2025").exit_code == 0
    assert {p.name for p in (out / "targets").iterdir()} == {"plan=demo-2025"}
    # an earlier export is replaced whole
    assert two_plans("export", "--format", "parquet", "-o", str(out)).exit_code == 0
    assert {p.name for p in (out / "targets").iterdir()} == {"plan=demo-2025", "plan=other-2025"}
    assert not [
        p for p in tmp_path.iterdir() if p.name.startswith(".export") and not p.name.endswith(LOCK)
    ]  # no temporary folder left


def test_without_pyarrow_says_what_to_install(two_plans: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    result = two_plans("export", "--format", "parquet", "-o", str(tmp_path / "export"))
    assert result.exit_code == 1 and "pip install 'targetctl[parquet]'" in result.stderr
    assert not (tmp_path / "export").exists()


def test_a_link_to_a_folder_is_followed_and_the_link_kept(two_plans: Run, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    assert two_plans("export", "--format", "parquet", "-o", str(shared), "--as-of", "2025-06-01").exit_code == 0
    link = tmp_path / "link"
    link.symlink_to(shared)
    assert two_plans("export", "--format", "parquet", "-o", str(link), "--as-of", "2025-07-01").exit_code == 0
    assert link.is_symlink() and link.resolve() == shared.resolve()
    assert {str(t["as_of"]) for t in _read(shared, "targets")} == {"2025-07-01"}  # the folder itself was renewed
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".") and not p.name.endswith(LOCK)) == []
    dangling = tmp_path / "dangling"
    dangling.symlink_to(tmp_path / "nowhere")
    result = two_plans("export", "--format", "parquet", "-o", str(dangling))
    assert result.exit_code == 2 and "link to nothing" in result.stderr


def test_a_killed_run_leaves_nothing_the_next_run_keeps(two_plans: Run, tmp_path: Path) -> None:
    out = tmp_path / "export"
    (tmp_path / ".export.targetctl-parquet-abc123").mkdir()  # what a run killed midway leaves
    (tmp_path / ".export.mine").mkdir()  # not ours: kept
    assert two_plans("export", "--format", "parquet", "-o", str(out)).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".export") and not p.name.endswith(LOCK)) == [
        ".export.mine"
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_folders_follow_the_umask(two_plans: Run, tmp_path: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        assert two_plans("export", "--format", "parquet", "-o", str(tmp_path / "export")).exit_code == 0
    finally:
        os.umask(old)
    assert (tmp_path / "export").stat().st_mode & 0o777 == 0o755


def test_a_numeric_plan_id_stays_text_in_the_documented_query(run: Run, demo: Path, tmp_path: Path) -> None:
    text = (demo / "demo.yaml").read_text(encoding="utf-8").replace("id: demo-2025", "id: '2025'")
    (demo / "demo.yaml").write_text(text, encoding="utf-8")
    assert run("export", "--format", "parquet", "-o", str(tmp_path / "export")).exit_code == 0
    sql = f"SELECT DISTINCT plan FROM read_parquet('{tmp_path}/export/targets/*/*.parquet', "
    rows = duckdb.sql(sql + "hive_partitioning = true, hive_types_autocast = false)").fetchall()
    assert rows == [("2025",)]


def test_a_destination_around_or_inside_the_plans_folder_is_refused(
    two_plans: Run, demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert two_plans("export", "--format", "parquet", "-o", str(out)).exit_code == 0
    shutil.copytree(demo, out / "plans")  # the plans moved into an earlier export's folder
    result = two_plans("--plans", str(out / "plans"), "export", "--format", "parquet", "-o", str(out))
    assert result.exit_code == 2 and "holds the plans folder" in result.stderr, result.stderr
    assert (out / "plans" / "records" / "demo-2025.yaml").is_file()
    result = two_plans("export", "--format", "parquet", "-o", str(demo / "warehouse"))
    assert result.exit_code == 2 and "inside the plans folder" in result.stderr, result.stderr
    assert not (demo / "warehouse").exists()
    monkeypatch.chdir(out)
    result = two_plans("--plans", str(demo), "--lang", "zh", "export", "--format", "parquet", "-o", ".")
    assert result.exit_code == 2 and "当前文件夹" in result.stderr, result.stderr


def test_a_second_export_to_the_same_folder_waits_for_the_first(
    two_plans: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from targetctl.domain.problems import TargetctlError
    from targetctl.io import parquet

    out = tmp_path / "out"
    monkeypatch.setattr(parquet, "LOCK_TIMEOUT_S", 0.05)
    with parquet.Dataset(out) as first:
        with pytest.raises(TargetctlError, match="another export is writing"):
            parquet.Dataset(out)
        assert first.build.is_dir()  # its folder is not swept away as a killed run's
