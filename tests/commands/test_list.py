"""commands.list: the tree of every plan in the folder, at the terminal's width."""

from __future__ import annotations

from pathlib import Path

import pytest

from targetctl.commands import Context
from targetctl.commands import list as list_command
from targetctl.domain.problems import TargetctlError
from tests.conftest import edit


def test_the_tree_of_the_folder(demo: Path) -> None:
    text = list_command.run(Context(plans=demo)).text
    assert text.splitlines()[0] == "demo-2025  Demo plan" and "demo-hall  Open the lecture hall" in text
    assert "\x1b" not in text, "no colour unless the context asks for it"
    assert "\x1b[" in list_command.run(Context(plans=demo, color=True)).text


def test_in_chinese(demo: Path) -> None:
    assert "示范计划" in list_command.run(Context(plans=demo, lang="zh")).text


def test_a_broken_plan_is_an_error_not_a_partial_tree(demo: Path) -> None:
    edit(demo / "demo.yaml", "kind: range", "kind: nonsense")
    with pytest.raises(TargetctlError, match=r"demo\.yaml"):
        list_command.run(Context(plans=demo))
