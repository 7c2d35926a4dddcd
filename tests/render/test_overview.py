"""render.overview: one line a plan, from any tally (a roll-up, or a part the fast path saved)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from targetctl.domain.vocabulary import Status
from targetctl.render.console import to_text
from targetctl.render.overview import counts_text, day_line, overview_of, rollup_text


@dataclass
class Tally:
    counts: dict[Status, int] = field(default_factory=dict)
    targets: int = 0
    progress: float | None = None


def test_a_tally_reads_as_counts_and_a_share() -> None:
    tally = Tally({"on-track": 2, "missed": 1, "behind": 0}, 3, 0.5)
    assert counts_text(tally, "en") == "2 on-track, 1 missed"
    assert rollup_text(tally) == "3 targets: 2 on-track, 1 missed; overall 50%"
    assert rollup_text(Tally()) == "no targets match"
    assert day_line(dt.date(2025, 6, 30), tally).startswith("As of 2025-06-30: 3 targets")


def test_each_plan_is_a_row_in_either_language() -> None:
    rows = [("east", "东区计划", Tally({"on-track": 1}, 1, 1.0)), ("west", "西区计划", Tally({"missed": 2}, 2, 0.0))]
    total = Tally({"on-track": 1, "missed": 2}, 3, 1 / 3)
    shown = to_text(*overview_of(rows, total, dt.date(2025, 6, 30), "zh"), width=80)
    assert "东区计划" in shown and "西区计划" in shown and "2025-06-30" in shown
    assert "on-track" not in shown
