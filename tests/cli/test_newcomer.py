"""What a newcomer meets first, through the CLI in Chinese (newcomer review): a plan id typed in
Chinese is said back as typed, not as \\u escapes."""

from __future__ import annotations

from tests.conftest import Run


def test_a_chinese_plan_id_is_said_back_as_typed(run: Run) -> None:
    result = run("--lang", "zh", "init", "区 计划")
    assert result.exit_code == 2
    assert "“区 计划”不是有效的计划编号" in result.stderr and "\\u" not in result.stderr


def test_a_control_character_in_a_plan_id_is_still_shown_as_an_escape(run: Run) -> None:
    result = run("init", "plan-2026\n\x1b[31m")
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "'plan-2026\\u000a\\u001b[31m' is not a valid plan id" in result.stderr
