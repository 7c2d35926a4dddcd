"""export --format parquet: the targets table's `folder` names one plans folder by one value,
however the folder was named, so that a warehouse that gathers exports groups a district's
lead units as one body from run to run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Run
from tests.districts import district

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("pyarrow")


def _folders(out: Path) -> dict[str, str]:
    sql = f"SELECT plan, folder FROM read_parquet('{out}/targets/*/*.parquet', hive_partitioning = true)"
    return {str(plan): str(folder) for plan, folder in duckdb.sql(sql).fetchall()}


def test_a_folder_outside_the_working_folder_has_one_value_however_named(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside = district(tmp_path / "outside", "c")
    work = tmp_path / "work"
    district(work / "districts", "a")
    (work / "clink").symlink_to(outside)
    monkeypatch.chdir(work)
    seen = []
    for n, name in enumerate(["../outside/c", str(outside), "../work/../outside/c", "clink"]):
        done = run("--plans", "districts/a", "--plans", name, "export", "--format", "parquet", "-o", f"out{n}")
        assert done.exit_code == 0, done.stderr
        seen.append(_folders(work / f"out{n}"))
    assert seen[0]["a"] == "districts/a"
    assert all(folders == seen[0] for folders in seen), seen


def test_a_folder_inside_is_named_from_the_working_folder_whether_through_a_link_or_not(
    run: Run, tmp_path: Path
) -> None:
    district(tmp_path / "districts", "a")
    (tmp_path / "alink").symlink_to(tmp_path / "districts" / "a")
    seen = []
    for n, name in enumerate(["districts/a", "./districts/../districts/a/", str(tmp_path / "districts/a"), "alink"]):
        done = run("--plans", name, "export", "--format", "parquet", "-o", f"out{n}")
        assert done.exit_code == 0, done.stderr
        seen.append(_folders(tmp_path / f"out{n}"))
    assert seen == [{"a": "districts/a"}] * 4
