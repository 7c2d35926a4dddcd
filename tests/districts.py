"""Synthetic plans folders for the tests of several folders read as one workspace: each a
district's folder with one plan of one target, its source beside it."""

from __future__ import annotations

from pathlib import Path

PLAN = """id: {plan}
title: {{zh: {plan}计划, en: {plan} plan}}
lead_unit: {plan}办公室
period: {{start: 2025-01-01, end: 2025-12-31}}
source:
  file: sources/{plan}.txt
  compiler: 测试
  note: Synthetic test data, not a real plan.
programmes:
  - id: {plan}-area
    title: {{zh: 项目建设, en: Projects}}
targets:
  - id: {target}
    programme: {plan}-area
    title: {{zh: 新增项目, en: New projects}}
    kind: quantity
    comparator: at-least
    value: 20
    unit: projects
    cadence: quarterly
    quote: 新增项目不少于20个
"""


def district(parent: Path, name: str, *, plan: str | None = None, target: str | None = None) -> Path:
    """A plans folder `parent/name` with plan `plan` (default: `name`) of one target
    (default: `<plan>-projects`)."""
    plan = plan or name
    folder = parent / name
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / f"{plan}.txt").write_text("全年新增项目不少于20个。\n", encoding="utf-8")
    (folder / f"{plan}.yaml").write_text(PLAN.format(plan=plan, target=target or f"{plan}-projects"), encoding="utf-8")
    return folder
