"""`-o NAME`: a name that ends in a folder separator, or whose last suffix names no format while
an inner one does, is a usage error said in one line, never a file of the default format."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Run


@pytest.mark.parametrize("command", ["export", "report", "trace"])
def test_a_name_ending_in_a_slash_is_a_folder_not_a_file(run: Run, demo: Path, tmp_path: Path, command: str) -> None:
    result = run(command, "-o", "out/")
    assert result.exit_code == 2, result.output
    assert "'out/' is a folder; give a file name" in result.output
    assert not (tmp_path / "out").exists()


def test_parquet_takes_a_folder_named_with_a_slash(run: Run, demo: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    result = run("export", "--format", "parquet", "-o", "tables/")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "tables").is_dir()


def test_an_inner_suffix_that_names_a_format_is_not_overruled_in_silence(run: Run, demo: Path, tmp_path: Path) -> None:
    result = run("export", "-o", "figures.xlsx.bak")
    assert result.exit_code == 2, result.output
    assert "figures.xlsx.bak" in result.output and "--format xlsx" in result.output
    assert not (tmp_path / "figures.xlsx.bak").exists()
    given = run("export", "--format", "xlsx", "-o", "figures.xlsx.bak")
    assert given.exit_code == 0, given.output
    assert (tmp_path / "figures.xlsx.bak").read_bytes()[:2] == b"PK"


def test_a_name_with_dots_and_a_known_last_suffix_is_fine(run: Run, demo: Path, tmp_path: Path) -> None:
    result = run("export", "-o", "figures.2026.xlsx")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "figures.2026.xlsx").read_bytes()[:2] == b"PK"
    plain = run("export", "-o", "figures.v2")
    assert plain.exit_code == 0, plain.output
