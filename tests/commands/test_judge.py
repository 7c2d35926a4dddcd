"""commands.judge: a rating with its reason is written to the plan's log and said back."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from targetctl.commands import Context, judge
from targetctl.domain.problems import TargetctlError


def test_a_judgement_is_recorded_and_named(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(demo.parent)
    out = judge.run(Context(plans=Path("plans")), "demo-people", "red", "进度偏慢", day=dt.date(2025, 6, 30), by="甲")
    [line] = (demo / "records" / "demo-2025.yaml").read_text(encoding="utf-8").splitlines()[2:]
    record = json.loads(line[2:])
    assert out.text == f"recorded judgement {record['id']} in plans/records/demo-2025.yaml\n" and out.code == 0
    assert (record["type"], record["target"], record["rating"], record["reason"], record["by"]) == (
        "judgement",
        "demo-people",
        "red",
        "进度偏慢",
        "甲",
    )
    assert record["as_of"] == "2025-06-30"


def test_the_message_follows_the_language(demo: Path) -> None:
    out = judge.run(Context(plans=demo, lang="zh"), "demo-hall", "green", "按期", day=dt.date(2025, 6, 1), by="乙")
    assert not out.text.startswith("recorded") and "demo-2025.yaml" in out.text


def test_an_unknown_target_writes_nothing(demo: Path) -> None:
    with pytest.raises(TargetctlError, match="demo-peple"):
        judge.run(Context(plans=demo), "demo-peple", "red", "x", day=dt.date(2025, 6, 30), by="x")
    assert not (demo / "records" / "demo-2025.yaml").exists()
