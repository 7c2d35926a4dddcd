"""The one write path: `record` and `import` make records through `writing.value_record`,
so that they refuse the same inputs with the same messages."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from targetctl.commands.import_ import plan_import
from targetctl.domain.messages import Msg
from targetctl.domain.problems import Problem, TargetctlError
from targetctl.workspace import writing
from tests.conftest import GOLDEN, Run

TARGETS = ["demo-people", "demo-projects", "demo-growth", "demo-park-size", "demo-premium", "demo-hall"]


def _sheet(path: Path, header: list[str], row: list[str]) -> Path:
    out = io.StringIO()
    csv.writer(out).writerows([header, row])
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_the_limits_are_the_models() -> None:
    assert writing.TEXT_LIMITS == {"by": 200, "note": 4000, "evidence": 4000, "reason": 4000}


@pytest.mark.parametrize(
    ("column", "text", "said"),
    [
        ("备注", "x" * 5000, "--note is longer than 4000 characters"),
        ("填报人", "y" * 300, "--by is longer than 200 characters"),
        ("填报人", "张\t三", "--by holds a control character (a tab?)"),
    ],
)
def test_import_refuses_texts_as_record_does(
    run: Run, demo: Path, tmp_path: Path, column: str, text: str, said: str
) -> None:
    sheet = _sheet(
        tmp_path / "in.csv", ["目标编号", "数值", "截至日期", column], ["demo-projects", "3", "2025-06-30", text]
    )
    result = run("import", str(sheet), "--by", "x")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: in.csv:2:4: row 2, column '{column}': {said}")
    assert not (demo / "records" / "demo-2025.yaml").exists()
    option = {"备注": "--note", "填报人": "--by", "佐证": "--evidence"}[column]
    refused = run("record", "demo-projects", "3", "--date", "2025-06-30", option, text)
    assert refused.exit_code == 1 and refused.stderr.startswith(f"error: {said}")


def test_an_empty_text_option_says_what_to_write(run: Run, demo: Path) -> None:
    refused = run("record", "demo-projects", "3", "--date", "2025-06-30", "--by=")
    assert refused.exit_code == 1
    assert refused.stderr == "error: --by is empty; write some text after --by\n"


@pytest.mark.parametrize("column", ["备注", "填报人", "佐证"])
def test_a_text_cell_of_spaces_is_taken_as_empty(run: Run, demo: Path, tmp_path: Path, column: str) -> None:
    sheet = _sheet(
        tmp_path / "in.csv", ["目标编号", "数值", "截至日期", column], ["demo-projects", "3", "2025-06-30", "  "]
    )
    result = run("import", str(sheet), "--by", "x")
    assert result.exit_code == 0, result.stderr
    logged = (demo / "records" / "demo-2025.yaml").read_text(encoding="utf-8")
    assert '"by": "x"' in logged and '"note"' not in logged and '"evidence"' not in logged


def test_judge_refuses_texts_by_the_same_rules(run: Run, demo: Path) -> None:
    result = run("judge", "demo-premium", "green", "--reason", "ok", "--by", "y" * 300)
    assert result.exit_code == 1 and result.stderr.startswith("error: --by is longer than 200 characters")
    result = run("judge", "demo-premium", "green", "--reason", "r" * 4001)
    assert result.exit_code == 1 and result.stderr.startswith("error: --reason is longer than 4000 characters")


def test_the_import_option_by_is_checked_too(run: Run, demo: Path, tmp_path: Path) -> None:
    sheet = _sheet(tmp_path / "in.csv", ["目标编号", "数值", "截至日期"], ["demo-projects", "3", "2025-06-30"])
    result = run("import", str(sheet), "--by", "a\tb")
    assert result.exit_code == 2, "a bad option is a usage error, named as the option"
    assert "Invalid value: --by holds a control character (a tab?)" in result.stderr, result.stderr
    assert "row" not in result.stderr and "in.csv" not in result.stderr


VALUES = st.one_of(
    st.sampled_from(
        ["12", "1.2万", "-3", "abc", "9.5%", "+5", "１５", "0", "99999", "3 people", "venue", "1,234", ".1", "0.095"]
    ),
    st.text(alphabet="0123456789.,-+%万亿 abc", min_size=1, max_size=8),
).filter(lambda s: s.strip() != "")
TEXTS = st.one_of(
    st.none(),
    st.text(alphabet=st.sampled_from('ab 张三\t\n,;"#'), min_size=1, max_size=12),
    st.sampled_from(["x" * 4001, "y" * 201, " "]),
)
DAYS = st.dates(min_value=dt.date(2023, 6, 1), max_value=dt.date.today() + dt.timedelta(days=40))


# the hints import words for itself: the same advice, naming import's options instead of record's
IMPORT_WORDS = {"record.plausible_hint": Msg("import.plausible_hint"), "record.total_hint": Msg("import.total_hint")}


def _said(problem: Problem) -> tuple[str, str]:
    """A problem's message and hint, as the user reads them."""
    return problem.message.text("en"), problem.hint.text("en") if isinstance(problem.hint, Msg) else ""


def _import_refusal(root: Path, sheet: Path) -> tuple[str, str] | None:
    try:
        plan_import(root, sheet, by=None, today=dt.date.today())
    except TargetctlError as exc:
        message, hint = _said(exc.problems[0])
        return re.sub(r"^row \d+, column '[^']*': ", "", message), hint
    return None


def _record_refusal(
    root: Path, target: str, value: str, day: dt.date, given: dict[str, str | None]
) -> tuple[str, str] | None:
    try:
        writing.record_value(
            root,
            target,
            value,
            day=day,
            by=given["by"],
            note=given["note"],
            evidence=given["evidence"],
            provisional=bool(given["provisional"]),
            with_status=False,
        )
    except TargetctlError as exc:
        problem = exc.problems[0]
        hint = problem.hint
        if isinstance(hint, Msg) and hint.id in IMPORT_WORDS:  # an option of record's that import has not
            problem = dataclasses.replace(problem, hint=IMPORT_WORDS[hint.id])
        return _said(problem)
    return None


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    target=st.sampled_from([*TARGETS, "demo-peple", "no-such-target"]),
    value=VALUES,
    day=DAYS,
    by=TEXTS,
    note=TEXTS,
    evidence=TEXTS,
    provisional=st.sampled_from([None, "是"]),
)
def test_import_and_record_refuse_the_same_rows_with_the_same_messages(
    tmp_path_factory: pytest.TempPathFactory,
    target: str,
    value: str,
    day: dt.date,
    by: str | None,
    note: str | None,
    evidence: str | None,
    provisional: str | None,
) -> None:
    base = tmp_path_factory.mktemp("same")
    one, two = base / "one", base / "two"
    shutil.copytree(GOLDEN / "valid", one)
    shutil.copytree(GOLDEN / "valid", two)
    given = {"by": by, "note": note, "evidence": evidence, "provisional": provisional}
    sheet = _sheet(
        base / "in.csv",
        ["目标编号", "数值", "截至日期", "填报人", "备注", "佐证", "初步数"],
        [target, value, day.isoformat(), *(text or "" for text in given.values())],
    )
    # an empty cell is no text, nor is one of spaces: 填报人 falls back to git's user, as
    # `record` without --by does
    unwritten = {name: text if text is None or text.strip() else None for name, text in given.items()}
    assert _import_refusal(one, sheet) == _record_refusal(two, target, value, day, unwritten)


@pytest.mark.parametrize(
    ("target", "value", "day"),
    [
        ("demo-projects", "12", dt.date.today() + dt.timedelta(days=3)),  # in the future
        ("no-such-target", "12", dt.date(2025, 6, 30)),  # nothing like any id
        ("demo-peple", "12", dt.date(2025, 6, 30)),  # a near miss
    ],
)
def test_import_gives_the_hint_record_gives(tmp_path: Path, target: str, value: str, day: dt.date) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    shutil.copytree(GOLDEN / "valid", one)
    shutil.copytree(GOLDEN / "valid", two)
    sheet = _sheet(tmp_path / "in.csv", ["目标编号", "数值", "截至日期"], [target, value, day.isoformat()])
    given = {"by": "甲", "note": None, "evidence": None, "provisional": None}
    said = _record_refusal(two, target, value, day, given)
    assert said is not None and said[1], "record gives a hint"
    assert _import_refusal(one, sheet) == said
