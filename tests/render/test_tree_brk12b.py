"""`trace` on a narrow terminal, met by a careless user: a clause that opens with a word or a
number longer than the line lost its mark (✓ – ✗) and showed the placeholder '!' instead."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from targetctl.domain.model import Plan
from targetctl.domain.sources import Sentence
from targetctl.render.tree import trace_rows
from targetctl.workspace import load
from tests.conftest import GOLDEN

PLAN: Plan = load(GOLDEN / "valid", records=False, strict=False).plans[0].plan
WORD = "Supercalifragilisticexpialidociouscomputingplatformproject"


@pytest.mark.parametrize("width", [40, 57])
@pytest.mark.parametrize(("status", "mark"), [("mapped", "✓"), ("excluded", "–"), ("unmapped", "✗")])
def test_a_clause_opening_with_a_long_word_keeps_its_mark(width: int, status: str, mark: str) -> None:
    clause = f"{WORD}建设完成率达到100%。"
    ids = ["t-t04"] if status == "mapped" else []
    reasons = ["背景信息：未作承诺"] if status == "excluded" else []
    s = Sentence(clause, 0, len(clause), status, ids=ids, reasons=reasons)  # type: ignore[arg-type]
    lines = [line.rstrip("\n") for line in trace_rows(PLAN, [(14, s)], "zh", width=width)]
    assert lines[1] == f"   14 {mark}", lines
    assert WORD in lines[2] and "!" not in "".join(lines)
    assert all(cell_len(line) <= width for line in lines[1:-1] if WORD not in line)


def test_a_long_chinese_reason_lines_up_under_its_first_line() -> None:
    reason = "工作本身的条目数（N个方面工作），不是目标，另见制度的执行频次（每N年修订1次）"
    clause = "做好5个方面工作。"
    s = Sentence(clause, 0, len(clause), "excluded", reasons=[reason])
    lines = [line.rstrip("\n") for line in trace_rows(PLAN, [(8, s)], "zh", width=40)]
    first = next(n for n, line in enumerate(lines) if line.lstrip().startswith("→"))
    start = lines[first].index("→") + 2
    assert lines[first + 1][:start].strip() == "" and lines[first + 1][start] != " ", lines
