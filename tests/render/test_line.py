"""render.line: a target's status on one line, as `record` prints it, without Rich."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from targetctl.domain.progress import assess
from targetctl.render.line import expected_text, status_line, value_text
from targetctl.workspace import load
from tests.conftest import GOLDEN


def test_the_line_says_value_goal_bar_and_status_in_either_language() -> None:
    ws = load(GOLDEN / "valid", records=False)
    lp, target = ws.target("demo-people")
    p = assess(lp.plan, target, [], [], dt.date(2025, 6, 30))
    assert status_line(p) == "demo-people: — (goal = 100 people)  —  expected 40 people  no-data"
    assert "目标" in status_line(p, "zh")
    assert value_text(target, None) == "—" and value_text(target, 12, "en", unit=False) == "12"
    assert expected_text(target, None) == "—"


def test_it_imports_no_rich() -> None:
    code = "import sys, targetctl.render.line; print(any(m.startswith('rich') for m in sys.modules))"
    src = Path(__file__).resolve().parents[2] / "src"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={"PYTHONPATH": str(src)})
    assert out.stdout.strip() == "False", out.stderr
