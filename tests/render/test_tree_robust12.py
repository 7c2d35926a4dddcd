"""`trace` at an 80-column terminal: an excluded clause's reason in Chinese has no spaces to break
at, and ran past the edge on one line (found by a sweep over real notices)."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from targetctl.domain.model import Plan
from targetctl.domain.sources import Sentence
from targetctl.render.tree import trace_rows
from targetctl.workspace import load
from tests.conftest import GOLDEN

PLAN: Plan = load(GOLDEN / "valid", records=False, strict=False).plans[0].plan
REASON = "计算金额的费率（按…的N%给予、按N%减征、按N元/平方米）：政策条款，不是目标；另见第12条"


@pytest.mark.parametrize("width", [80, 40])
def test_a_long_chinese_reason_wraps_within_the_terminal(width: int) -> None:
    clause = "对在本市购买新建商品住房的家庭，按购房款的1%给予补贴，补贴资金由市财政承担，按季度拨付到位"
    rows = trace_rows(PLAN, [(1, Sentence(clause, 0, len(clause), "excluded", reasons=[REASON]))], "zh", width=width)
    lines = [line.rstrip("\n") for line in rows]
    assert all(cell_len(line) <= width for line in lines[1:-1]), lines
    body = "".join(line.strip() for line in lines[1:-1])
    assert "N%减征" in body and "第12条" in body, "a number is never cut"
