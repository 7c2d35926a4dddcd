"""domain.rollup: counts by status and overall progress, summed target by target or part by part."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from targetctl.domain.rollup import Rollup


def test_parts_merge_to_what_one_roll_up_of_all_gives() -> None:
    east = Rollup({"on-track": 2, "missed": 1}, 1.5, 3)
    west = Rollup({"on-track": 1, "missed": 0}, 1.0, 1)
    assert Rollup().progress is None
    total = Rollup({"on-track": 0, "missed": 0}, 0.0, 0)
    total.merge(east)
    total.merge(west)
    assert (total.counts, total.targets, total.progress) == ({"on-track": 3, "missed": 1}, 4, 2.5 / 4)


def test_it_imports_no_model() -> None:
    code = "import sys, targetctl.domain.rollup; print('targetctl.domain.model' in sys.modules)"
    src = Path(__file__).resolve().parents[2] / "src"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={"PYTHONPATH": str(src)})
    assert out.stdout.strip() == "False", out.stderr
