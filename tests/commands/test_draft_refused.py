"""A drafted target the model refuses is excluded with the model's words, never written: a
plan that `draft` writes validates as written, whatever the grammar made of a clause."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

import targetctl.commands.draft as draft_command
from targetctl.domain.drafting.extract import Draft, extract

Run = Callable[..., Any]

TEXT = "某县2025年生态建设方案\n一、主要目标\n到2025年，研发经费投入占地区生产总值比重达到3%，新建口袋公园12个。\n"


def test_a_share_over_100_is_excluded_and_the_plan_validates(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def run_together(*args: Any, **kwargs: Any) -> Draft:
        # as where a table's cells ran together: the share's figure swallowed the next cells
        drafted = extract(*args, **kwargs)
        share = next(t for t in drafted.targets if t.kind == "share")
        share.value = Decimal("5015024.6")
        return drafted

    monkeypatch.setattr(draft_command, "extract", run_together)
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    result = run("draft", "doc.txt", "--id", "green-2025")
    assert result.exit_code == 0, result.output
    assert "numeric targets: 1" in result.stdout
    plan = yaml.safe_load((tmp_path / "plans" / "green-2025.yaml").read_text(encoding="utf-8"))
    assert [t["kind"] for t in plan["targets"]] == ["quantity"]
    refused = [e for e in plan["excluded"] if e["reason"].startswith("not a valid target as read")]
    assert len(refused) == 1 and "研发经费" in refused[0]["quote"]
    assert "at most 100" in refused[0]["reason"] and "run together" in refused[0]["review"]
    checked = run("validate")
    assert checked.exit_code == 0, checked.output
    page = run("trace", "--plan", "green-2025", "--format", "html", "--lang", "zh")
    assert page.exit_code == 0, page.output
    # the model's words are kept in English in the plan, and read in Chinese on the Chinese page
    assert "按现有读法不是有效目标：" in page.stdout and "不得大于 100" in page.stdout
    assert "must be at most" not in page.stdout


def test_a_valid_draft_is_written_as_drafted(run: Run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    result = run("draft", "doc.txt", "--id", "green-2025")
    assert result.exit_code == 0, result.output
    plan = yaml.safe_load((tmp_path / "plans" / "green-2025.yaml").read_text(encoding="utf-8"))
    assert sorted(t["kind"] for t in plan["targets"]) == ["quantity", "share"]
    assert not any(e["reason"].startswith("not a valid target") for e in plan["excluded"])
