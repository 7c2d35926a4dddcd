"""A block of whole lines read at once says what reading it line by line says: the same
rows, line numbers and problems, whatever the lines look like."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from targetctl.io import recordlog
from targetctl.io.recordlog import LogReader

BASE = {"id": "abcdef", "recorded": "2020-01-01T09:00:00Z", "by": "x", "type": "value", "target": "a"}
BASE["as_of"] = "2020-01-01"

RECORD = st.builds(
    lambda n, value: "- " + json.dumps({**BASE, "id": f"{n:06x}", "value": value}, ensure_ascii=False),
    st.integers(0, 40),
    st.one_of(st.integers(-5, 5), st.sampled_from(["done", "x}", "}\n- {"])),
)
ODD = st.sampled_from(
    [
        "# a comment",
        "",
        "- {torn",
        '- {"id": "abcdef"}, {"id": "abcdee"}',
        "  - {}",
        "- {}",
        "-{}",
        "- [1]",
        '- {"id": "abcdef", "id": "abcdef"}',
        "}",
        "- {\r",
        "- "
        + json.dumps({**BASE, "id": "fffff0", "value": 1})
        + ", "
        + json.dumps({**BASE, "id": "fffff1", "value": 2}),
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.one_of(RECORD, RECORD, ODD), min_size=1, max_size=10), end=st.booleans())
def test_a_block_reads_as_its_lines_do(
    lines: list[str], end: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "log.yaml"
    log.write_bytes(("\n".join(lines) + ("\n" if end else "")).encode())

    def read() -> tuple[list[tuple[int, Any]], list[Any]]:
        reader = LogReader(log)
        return list(reader.rows()), reader.problems

    rows, problems = read()
    with monkeypatch.context() as patched:
        patched.setattr(recordlog, "_long_line", lambda block: True)  # never a whole block at once
        plain_rows, plain_problems = read()
    assert rows == plain_rows
    assert problems == plain_problems
