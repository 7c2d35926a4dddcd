"""render.common: a target's goal and unit in a few characters, numbers as written, and text that
reaches a terminal literally, cut where it may be cut."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rich.text import Text

from targetctl.domain.model import Target
from targetctl.render.common import cut, goal, literal, number, to_text, unit_text
from targetctl.workspace import load
from tests.conftest import GOLDEN

TARGETS = {ident: t for ident, (_, t) in load(GOLDEN / "valid", records=False, strict=False).targets.items()}


def target(ident: str) -> Target:
    return TARGETS[ident]


@pytest.mark.parametrize(
    ("ident", "en", "zh", "unit_en", "unit_zh"),
    [
        ("demo-people", "= 100 people", "= 100 人", "people", "人"),
        ("demo-projects", "≥ 20 projects", "≥ 20 个", "projects", "个"),
        ("demo-growth", "≥ +8%", "≥ +8%", "%", "%"),
        ("demo-park-size", "500–800 mu", "500–800 亩", "mu", "亩"),
        ("demo-premium", "≥ +15%", "≥ +15%", "%", "%"),
        ("demo-hall", "done", "完成", "", ""),
    ],
)
def test_goal_and_unit_of_every_kind(ident: str, en: str, zh: str, unit_en: str, unit_zh: str) -> None:
    t = target(ident)
    assert (goal(t), goal(t, "zh")) == (en, zh)
    assert (unit_text(t, "en"), unit_text(t, "zh")) == (unit_en, unit_zh)


def test_a_fall_and_an_annual_rate_say_so() -> None:
    growth = target("demo-growth")
    fall = growth.model_copy(update={"direction": "decrease", "comparator": "at-least", "percent": Decimal(4)})
    assert goal(fall) == "≥ fall 4%" and goal(fall, "zh") == "≥ 下降4%"
    yearly = growth.model_copy(update={"annual": True})
    assert goal(yearly) == "≥ +8% a year" and goal(yearly, "zh") == "≥ +8% 年均"
    band = growth.model_copy(update={"comparator": "between", "percent": Decimal("5.5"), "percent_max": Decimal(6)})
    assert goal(band) == "+5.5–6%"


def test_a_plans_figure_is_shown_as_written_and_a_computed_one_rounded() -> None:
    assert number(Decimal("1.20")) == "1.20" and number(Decimal("1E+3")) == "1,000"
    assert number(Decimal(1200)) == "1,200"
    assert number(1234.5) == "1,234.5" and number(3.0) == "3" and number(2 / 3) == "0.67"


def test_text_from_a_file_is_literal_and_never_an_escape_code() -> None:
    assert to_text(literal("[bold]x\x1b[2J"), width=40) == "[bold]x[2J\n"
    assert to_text(Text("hi", style="red"), width=40) == "hi\n", "no colour unless asked"
    assert to_text(Text("hi", style="red"), width=40, color=True) == "\x1b[31mhi\x1b[0m\n"


def test_cut_never_right_after_a_digit() -> None:
    assert str(cut(Text("abcdefghij"), 5)) == "abcd…"
    assert str(cut(Text("ab"), 5)) == "ab"
    assert str(cut(Text("引进12345人才"), 8)) == "引进…", "'引进12…' could be any figure"
