"""render.problems: a validation result as text, JSON and GitHub annotations."""

from __future__ import annotations

import json

from targetctl.domain.problems import Problem, ValidationResult
from targetctl.render.problems import REPORTERS, as_json, github, text
from tests.conftest import said

BROKEN = ValidationResult(
    files=2, records=5, problems=[Problem("plans/a,b.yaml", 3, 4, said("bad: x\n"), said("at 50%"))]
)
WARNED = ValidationResult(files=1, warnings=[Problem("a.yaml", 1, 1, said("needs review"))])


def test_text_is_one_line_a_problem_then_the_summary() -> None:
    assert text(BROKEN) == "plans/a,b.yaml:3:4: bad: x\\u000a; at 50%\nfailed: 1 problem in 2 files (5 records)\n"
    assert text(ValidationResult(files=1)) == "ok: 1 file valid\n"


def test_one_record_is_counted_in_the_singular() -> None:
    assert text(ValidationResult(files=3, records=1)) == "ok: 3 files (1 record) valid\n"
    assert text(ValidationResult(files=3, records=1), "zh") == "通过：3 个文件（1 条记录）均有效\n"


def test_warnings_pass_but_are_counted() -> None:
    assert text(WARNED) == (
        "a.yaml:1:1: warning: needs review\nok: 1 file valid; 1 warning to resolve (validate --strict fails on them)\n"
    )
    assert text(WARNED, "zh").startswith("a.yaml:1:1: 警告：needs review\n")


def test_json_keeps_the_message_as_it_is() -> None:
    data = json.loads(as_json(BROKEN))
    assert data["valid"] is False and (data["files"], data["records"]) == (2, 5) and data["warnings"] == []
    assert data["problems"] == [
        {"path": "plans/a,b.yaml", "line": 3, "column": 4, "message": "bad: x\n", "hint": "at 50%"}
    ]
    assert json.loads(as_json(WARNED))["valid"] is True


def test_github_annotations_escape_what_the_workflow_syntax_reads() -> None:
    first, summary = github(BROKEN).splitlines()
    assert first == "::error file=plans/a%2Cb.yaml,line=3,col=4::bad: x\\u000a; at 50%25"
    assert summary == "failed: 1 problem in 2 files (5 records)"
    assert github(WARNED).startswith("::warning file=a.yaml,line=1,col=1::needs review\n")


def test_every_format_validate_offers_has_a_reporter() -> None:
    assert set(REPORTERS.names) == {"text", "json", "github"}
    screen = _Screen()
    assert all(REPORTERS.render(name, BROKEN, screen).endswith("\n") for name in REPORTERS.names)


class _Screen:
    lang = "en"
    width = 80
    color = False


def test_github_annotations_are_said_in_the_session_language() -> None:
    from targetctl.domain.messages import Msg

    found = ValidationResult(files=1, problems=[Problem("a.yaml", 2, 3, Msg("model.must_be_list", name="x", got="1"))])
    first, summary = github(found, "zh").splitlines()
    assert first == "::error file=a.yaml,line=2,col=3::x 须为列表，现为 1"
    assert summary == text(ValidationResult(files=1, problems=found.problems), "zh").splitlines()[-1]
    assert github(found).splitlines()[0].endswith("::x must be a list, got 1")
