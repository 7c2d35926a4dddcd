"""domain.problems: located problems, the one control-character rule, and the error types."""

from __future__ import annotations

import json

import pytest

from targetctl.domain.problems import Problem, TargetctlError, ValidationResult, clean, json_safe, visible, xml_text
from tests.conftest import said


def test_a_problem_reads_path_line_column_message_and_hint() -> None:
    assert (
        str(Problem("a.yaml", 3, 5, said("bad value"), said("use a number"))) == "a.yaml:3:5: bad value; use a number"
    )
    assert str(Problem("a.yaml", 0, 0, said("unreadable"))) == "a.yaml: unreadable", "line 0: the file as a whole"
    assert str(Problem("", 0, 0, said("unknown plan 'x'"))) == "unknown plan 'x'"


def test_a_problem_never_prints_an_escape_code() -> None:
    assert (
        str(Problem("a.yaml", 1, 1, said("bad\x1b[2J"), said("\u202eevil"))) == "a.yaml:1:1: bad\\u001b[2J; \\u202eevil"
    )


def test_problems_sort_by_place() -> None:
    found = [Problem("b.yaml", 1, 1, said("x")), Problem("a.yaml", 9, 1, said("y")), Problem("a.yaml", 2, 7, said("z"))]
    assert [(p.path, p.line) for p in sorted(found)] == [("a.yaml", 2), ("a.yaml", 9), ("b.yaml", 1)]


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x7f", "\x85", "\u200e", "\u202e", "\u2066"])
def test_each_control_or_bidi_character_is_shown_removed_or_escaped(char: str) -> None:
    escaped = f"\\u{ord(char):04x}"
    assert visible(f"a{char}b") == f"a{escaped}b"
    assert clean(f"a{char}b") == "ab"
    assert xml_text(f"a{char}b") == f"a{escaped}b"
    assert json.loads(json_safe(json.dumps(f"a{char}b", ensure_ascii=False))) == f"a{char}b"
    assert char not in json_safe(json.dumps(f"a{char}b", ensure_ascii=False))


def test_layout_is_kept_where_it_is_layout() -> None:
    assert clean("a\tb\nc") == "a\tb\nc" and xml_text("a\tb\nc") == "a\tb\nc"
    assert visible("a\tb\nc") == "a\\u0009b\\u000ac", "on one line a tab or break is shown"
    assert xml_text("\ufffe\ud800") == "\\ufffe\\ud800", "what XML cannot hold at all"


def test_errors_carry_their_problems() -> None:
    error = TargetctlError([Problem("a.yaml", 1, 2, said("x")), Problem("b.yaml", 3, 4, said("y"), said("z"))])
    assert str(error) == "a.yaml:1:2: x\nb.yaml:3:4: y; z" and len(error.problems) == 2
    plain = TargetctlError.plain(said("unknown target 'q'"), said("run 'targetctl list'"))
    assert str(plain) == "unknown target 'q'; run 'targetctl list'" and plain.problems[0].line == 0


def test_a_validation_result_is_ok_with_warnings_but_not_with_problems() -> None:
    assert ValidationResult(files=1, warnings=[Problem("a", 1, 1, said("w"))]).ok
    assert not ValidationResult(problems=[Problem("a", 1, 1, said("p"))]).ok


def test_a_chinese_question_is_not_followed_by_a_semicolon() -> None:
    from targetctl.domain.messages import Msg

    asked = Problem("", 0, 0, Msg("record.plausible", problem="x"), Msg("record.plausible_hint"))
    zh = asked.said("zh")
    assert "？；" not in zh and "？" in zh and Msg("record.plausible_hint").text("zh") in zh
    assert "; " in asked.said("en")
    plain = Problem("a.yaml", 1, 1, said("bad"), said("fix"))
    assert plain.said("zh") == "a.yaml:1:1: bad；fix"
