"""io.pydantic_errors: each of pydantic's errors becomes one problem at the value's line and
column, in plain words, with the nearest field or kind suggested."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from targetctl.domain.model import Plan
from targetctl.domain.problems import Problem
from targetctl.io.pydantic_errors import data_loc, problems_from
from targetctl.io.yamlsafe import parse
from tests.conftest import GOLDEN

DEMO = (GOLDEN / "valid" / "demo.yaml").read_text(encoding="utf-8")


def problems(old: str, new: str) -> list[Problem]:
    assert old in DEMO
    text = DEMO.replace(old, new, 1)
    doc, found = parse(text, "demo.yaml")
    assert doc is not None and found == []
    with pytest.raises(ValidationError) as info:
        Plan.model_validate(doc.data)
    return problems_from(info.value, doc, Plan)


def line_of(text: str) -> int:
    return DEMO.splitlines().index(text) + 1


@pytest.mark.parametrize(
    ("old", "new", "bad", "message"),
    [
        ("    value: 20\n", "    value: -3\n", "-3", "value must be at least 0, got -3"),
        ("    percent: 8\n", "    percent: lots\n", "lots", "percent must be a number, got 'lots'"),
        (
            "stages: [venue, first-lecture]",
            "stages: [venue, first lecture]",
            "first lecture",
            "'first lecture' is not a valid stage name",
        ),
    ],
)
def test_a_bad_value_is_said_plainly_at_its_place(old: str, new: str, bad: str, message: str) -> None:
    [problem] = problems(old, new)
    assert problem.path == "demo.yaml" and problem.message == message
    line = DEMO.replace(old, new, 1).splitlines()[problem.line - 1]
    assert line[problem.col - 1 :].startswith(bad), "the column points at the value"


def test_a_stage_name_says_how_to_write_one() -> None:
    [problem] = problems("stages: [venue, first-lecture]", "stages: [venue, first lecture]")
    assert problem.hint.startswith("use one word without spaces")


def test_an_unknown_field_is_removed_or_corrected() -> None:
    [extra] = problems("    unit: mu\n", "    unit: mu\n    colour: red\n")
    assert (extra.message, extra.hint) == ("unknown field 'colour'", "remove it")
    [typo] = problems("end: 2025-12-31}", "end: 2025-12-31, ends: 1}")
    assert (typo.message, typo.hint) == ("unknown field 'ends'", "did you mean 'end'?")
    assert typo.line == line_of("period: {start: 2025-01-01, end: 2025-12-31}")


def test_an_unknown_kind_is_one_problem_with_the_nearest_kind() -> None:
    [problem] = problems("kind: ratio", "kind: ratoi")
    assert problem.message.startswith("unknown kind 'ratoi'; expected one of: quantity, range")
    assert problem.hint == "did you mean 'ratio'?"


def test_data_loc_drops_the_union_tags() -> None:
    data = {"targets": [{"kind": "quantity", "value": 1}]}
    assert data_loc(("targets", 0, "quantity", "value"), data) == ("targets", 0, "value")
    assert data_loc(("targets", 0, "value"), data) == ("targets", 0, "value")


@pytest.mark.parametrize(
    ("new", "english", "chinese"),
    [
        ("    percent: 2020-01-01\n", "got 2020-01-01", "现为 2020-01-01"),
        ("    percent: 2020-12-31T10:00:00\n", "got 2020-12-31T10:00:00", "现为 2020-12-31T10:00:00"),
        ("    percent: [11]\n", "got a list", "现为 一个列表"),
        ("    percent: {a: 1}\n", "got a mapping", "现为 一个映射"),
        ("    percent: true\n", "got true", "现为 true"),
        ("    percent: null\n", "got null", "现为 null"),
    ],
)
def test_a_bad_value_is_shown_as_the_yaml_wrote_it(new: str, english: str, chinese: str) -> None:
    [problem] = problems("    percent: 8\n", new)
    for text in (problem.said("en"), problem.said("zh")):
        assert "datetime" not in text and "None" not in text and "True" not in text
        assert "list" not in text.split("must be")[-1].replace("a list", "") and "dict" not in text
    assert problem.said("en").endswith(english), problem.said("en")
    assert problem.said("zh").endswith(chinese), problem.said("zh")


def test_a_bad_date_is_shown_as_the_yaml_wrote_it() -> None:
    [problem] = problems("    due: 2025-06-30\n", "    due: [2025-06-30]\n")
    assert "list" not in problem.said("zh") and "一个列表" in problem.said("zh")
