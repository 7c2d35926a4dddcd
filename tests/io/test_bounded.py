"""Bounded work on pathological input: absurd periods, NUL bytes in paths and deeply nested
log lines get a located error (or are repaired), never an endless output or a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Run, edit

NESTED = [
    "- " + "[" * 30_000 + "]" * 30_000,
    '- {"a": ' + "[" * 30_000 + "]" * 30_000 + "}",
    '- {"a": ' + '{"a": ' * 6_000 + "1" + "}" * 6_000 + "}",
]


@pytest.mark.parametrize(
    ("period", "where"),
    [
        ("{start: 0001-01-01, end: 9999-12-31}", "plans/demo.yaml:5:17: period start 0001-01-01"),
        ("{start: 2025-01-01, end: 2201-12-31}", "plans/demo.yaml:5:34: period end 2201-12-31"),
        ("{start: 1899-12-31, end: 2025-12-31}", "plans/demo.yaml:5:17: period start 1899-12-31"),
    ],
)
@pytest.mark.parametrize(
    "command",
    [("validate",), ("show", "demo-people"), ("record", "demo-people", "5", "--date", "2025-06-30", "--by", "x")],
    ids=lambda c: c[0],
)
def test_a_period_outside_1900_to_2200_is_refused(
    command: tuple[str, ...], period: str, where: str, run: Run, demo: Path
) -> None:
    edit(demo / "demo.yaml", "period: {start: 2025-01-01, end: 2025-12-31}", f"period: {period}")
    result = run(*command)
    out = result.stdout + result.stderr
    assert result.exit_code == 1, out
    assert where in out and "is not between 1900 and 2200" in out
    assert not (demo / "records").exists(), "nothing recorded"


def test_the_edges_of_the_allowed_years_are_fine(run: Run, demo: Path) -> None:
    edit(
        demo / "demo.yaml",
        "period: {start: 2025-01-01, end: 2025-12-31}",
        "period: {start: 1900-01-01, end: 2200-12-31}",
    )
    assert "is not between" not in run("validate").stdout


def test_a_nul_byte_in_the_source_file_name_is_located(run: Run, demo: Path) -> None:
    edit(demo / "demo.yaml", "file: sources/demo.txt", 'file: "sources/demo\\0.txt"')
    for command in (("validate",), ("validate", "--strict"), ("trace",), ("status",)):
        result = run(*command)
        out = result.stdout + result.stderr
        assert result.exit_code == 1, (command, out)
        assert "plans/demo.yaml:7:9: source file name holds a NUL character" in out


def test_repair_moves_deeply_nested_lines(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "40", "--date", "2025-06-30", "--by", "x").exit_code == 0
    log = demo / "records" / "demo-2025.yaml"
    kept = log.read_text(encoding="utf-8")
    log.write_text(kept + "".join(line + "\n" for line in NESTED), encoding="utf-8")
    assert run("validate").exit_code == 1
    result = run("repair")
    assert result.exit_code == 0, result.stderr
    assert "line(s) 4, 5, 6 moved" in result.stdout
    assert log.read_text(encoding="utf-8") == kept
    assert run("validate").exit_code == 0
