"""The YAML reader's problems in the words of the C parser (libyaml, which targetctl reads
with): each mistake a newcomer makes editing a plan is said in Chinese, and the character that
cannot start a value is named, a tab with the fix (newcomer review)."""

from __future__ import annotations

import re

import pytest

from targetctl.io.yamlsafe import parse

PLAN = "id: a\ntargets:\n  - id: t1\n    kind: quantity\n    quote: 引进\n  - id: t2\n    kind: milestone\n"


@pytest.mark.parametrize(
    ("old", "new", "chinese"),
    [
        ("  - id: t2", "\t- id: t2", "制表符"),
        ("    quote: 引进", "    quote: @引进", "字符 '@' 不能作为值的开头"),
        ("    quote: 引进", "    quote: `引进`", "字符 '`' 不能作为值的开头"),
        ("    kind: quantity\n", "    kind: quantity\n   quote2: x\n", "缩进不对"),
        ("  - id: t2", "   - id: t2", "缩进不对"),
        ("  - id: t2", "  － id: t2", "缩进不对"),
        ("    quote: 引进", '    quote: "引进', "引号"),
        ("id: a\n", "id: {zh: a\n", "“}”"),
        ("id: a\n", "id: [a, b\n", "“]”"),
    ],
)
def test_each_mistake_is_said_in_chinese(old: str, new: str, chinese: str) -> None:
    assert old in PLAN
    _doc, problems = parse(PLAN.replace(old, new, 1), "p.yaml")
    (problem,) = problems
    said = problem.said("zh")
    assert chinese in said, said
    assert not re.search(r"did not find|found character|expected", said), f"English left: {said}"


def test_the_character_that_cannot_start_a_value_is_named_in_english_too() -> None:
    _doc, problems = parse("a:\n\tb: 1\n", "p.yaml")
    assert problems[0].message == "invalid YAML: found character '\\t' that cannot start any token"
    assert "请改用空格" in problems[0].said("zh")
