"""render.tree: the plans → programmes → targets tree of `list`, and the clause lines of `trace`."""

from __future__ import annotations

from rich.cells import cell_len

from targetctl.domain.model import Plan
from targetctl.domain.sources import Sentence
from targetctl.render.common import to_text
from targetctl.render.tree import plan_tree, trace_rows
from targetctl.workspace import load
from tests.conftest import GOLDEN

PLAN: Plan = load(GOLDEN / "valid", records=False, strict=False).plans[0].plan


def test_the_tree_nests_programmes_and_shows_each_goal() -> None:
    lines = to_text(*plan_tree([PLAN]), width=100).splitlines()
    assert lines[0] == "demo-2025  Demo plan"
    assert lines[2] == "│   ├── demo-sub  Sub-programme"
    assert "│   │   ├── demo-people  Recruit talent  [quantity: = 100 people]" in lines
    assert lines[-1] == "└── 6 targets, 2 programmes"


def test_the_tree_in_chinese() -> None:
    text = to_text(*plan_tree([PLAN], "zh"), width=100)
    assert "demo-people  引进人才  [数量: = 100 人]" in text and "6项目标，2个领域/计划" in text


def _sentences() -> list[tuple[int, Sentence]]:
    return [
        (1, Sentence("全年引进人才100名", 0, 9, "mapped", ids=["demo-people", "demo-more"], more=True)),
        (2, Sentence("会议取得圆满成功", 10, 18, "excluded", reasons=["context"])),
        (3, Sentence("另有\x1b[2J一事", 19, 25)),
    ]


def test_trace_marks_each_clause_and_counts_them() -> None:
    lines = list(trace_rows(PLAN, _sentences()))
    assert lines[0] == "demo-2025: source clauses\n"
    assert lines[1] == "    1 ✓ 全年引进人才100名  → demo-people, demo-more, …\n"
    assert lines[2] == "    2 – 会议取得圆满成功  → context\n"
    assert lines[3] == "    3 ✗ 另有\\u001b[2J一事\n", "an escape code in a source is shown, not obeyed"
    assert lines[-1] == "1 mapped, 1 excluded, 1 unmapped\n"


def test_trace_on_a_narrow_terminal_never_cuts_an_id() -> None:
    lines = [line.rstrip("\n") for line in trace_rows(PLAN, _sentences()[:1], width=24)]
    assert all(cell_len(line) <= 24 for line in lines[1:-1]), lines
    assert "demo-people," in "".join(lines) and "demo-more," in "".join(lines)


def test_trace_counts_in_chinese_words() -> None:
    """'1 已对应, 1 已排除, 1 未对应' mixed English commas and order into Chinese (newcomer review)."""
    assert list(trace_rows(PLAN, _sentences(), "zh"))[-1] == "已对应1句，已排除1句，未对应1句\n"
