"""A sweep of failing commands under --lang zh: every message they print comes from the
catalog by id, so no English is left but ids, paths, option names, values and the plan file's
own keywords (kinds, comparators, field names)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pydantic import BaseModel

from targetctl.domain.model import KIND_FIELDS, Plan
from targetctl.domain.records import JudgementRecord, ValueRecord, VoidRecord
from targetctl.domain.vocabulary import KINDS, RATINGS, STATUSES
from tests.cli.test_usage_zh import english_left
from tests.conftest import GOLDEN, Run


def _fields(model: type[BaseModel], seen: set[type[BaseModel]]) -> set[str]:
    if model in seen:
        return set()
    seen.add(model)
    names = set(model.model_fields)
    for info in model.model_fields.values():
        for inner in re.findall(r"targetctl\.domain\.model\.(\w+)", repr(info.annotation)):
            found = getattr(__import__("targetctl.domain.model", fromlist=[inner]), inner, None)
            if isinstance(found, type) and issubclass(found, BaseModel):
                names |= _fields(found, seen)
    return names


# The plan file's keywords, and the names of formats and tools a message names as they are.
KEYWORDS = (
    _fields(Plan, set())
    | {name for model in (ValueRecord, JudgementRecord, VoidRecord) for name in model.model_fields}  # a log line's
    | {f for fields in KIND_FIELDS.values() for f in fields}
    | set(KINDS)
    | set(STATUSES)
    | set(RATINGS)
    | {"at-least", "more-than", "at-most", "less-than", "about", "exactly", "between", "range", "level"}
    | {"YAML", "UTF", "GB18030", "GBK", "CSV", "PDF", "OCR", "MiB", "KiB", "Excel", "xlsx", "docx", "txt", "pdf"}
    | {"html", "json", "yaml", "csv", "Parquet", "parquet", "pyarrow", "openpyxl", "pip", "install", "Word"}
    | {"value", "void", "judgement", "demo", "people", "projects", "nope", "nosuch", "zz", "abcdef", "nobody"}
    | {"tonnes", "zh", "en", "units", "of", "log", "list", "validate", "record", "repair", "export", "by", "or"}
    | {"out", "md", "HTML", "org"}  # values: a file name, a format, an example id
    | {
        "root",
        "not",
        "no",
        "on",
        "at",
        "more",
        "less",
    }  # CliRunner's program name; what is left of a keyword such as not-started
)
ALSO = tuple(sorted(KEYWORDS, key=len, reverse=True))

FAILING = [
    ("record", "nosuch", "1", "--date", "2025-05-01"),
    ("record", "demo-peple", "1", "--date", "2025-05-01"),
    ("record", "demo-people", "abc", "--date", "2025-05-01"),
    ("record", "demo-people", "12,34", "--date", "2025-05-01"),
    ("record", "demo-people", "5吨", "--date", "2025-05-01"),
    ("record", "demo-people", "-5", "--date", "2025-05-01"),
    ("record", "demo-people", "99999", "--date", "2025-05-01"),
    ("record", "demo-people", "1", "--date", "2099-01-01"),
    ("record", "demo-people", "1", "--date", "1990-01-01"),
    ("record", "demo-people", "1", "--date", "2025-13-01"),
    ("record", "demo-people", "1", "--by", " "),
    ("record", "demo-growth", "1万", "--date", "2025-05-01"),
    ("record", "demo-growth", "1", "--add", "--date", "2025-05-01"),
    ("record", "--void", "zz", "--reason", "x"),
    ("record", "--void", "abcdef12", "--reason", "x"),
    ("record", "--void", "last", "--reason", "x", "--by", "nobody"),
    ("record", "--void", "abcdef12"),
    ("record", "demo-people"),
    ("record", "demo-people", "1", "--yes"),
    ("judge", "demo-people", "red", "--reason", " "),
    ("judge", "nosuch", "red", "--reason", "x"),
    ("status", "--plan", "nope"),
    ("status", "--programme", "nope"),
    ("status", "--status", "nope"),
    ("status", "--at-risk", "20", "--behind", "10"),
    ("status", "--period", "month", "--since", "2025-01-01"),
    ("status", "--since", "2025-12-01", "--as-of", "2025-06-01"),
    ("log", "--plan", "nope"),
    ("trace", "--plan", "nope"),
    ("show", "nosuch"),
    ("export", "--format", "xlsx"),
    ("export", "--format", "parquet"),
    ("export", "-o", "out.pdf"),
    ("export", "--json", "--format", "csv"),
    ("report", "--format", "docx"),
    ("report", "--format", "md", "-o", "r.html"),
    ("draft", "nofile.txt", "--id", "x-2025"),
    ("draft", "plans/sources/demo.txt"),
    ("draft", "plans/sources/demo.txt", "--id", "BAD_ID"),
    ("draft", "plans/sources/demo.txt", "--id", "demo-2025"),
    ("draft", "plans/sources/demo.txt", "--id", "x-2025", "--year", "2025", "--period-start", "2025-01-01"),
    ("draft", "plans/sources/demo.txt", "--id", "x-2025", "--period-start", "2025-01-01"),
    ("draft", "plans/sources/demo.txt", "--id", "x-2025", "--review", "r.docx"),
    ("init", "demo-2025"),
    ("validate", "nowhere"),
    ("--plans", "nowhere", "status"),
    ("import", "nofile.csv"),
]


@pytest.fixture
def plans(run: Run, tmp_path: Path) -> Path:
    root = tmp_path / "plans"
    shutil.copytree(GOLDEN / "valid", root)
    return root


@pytest.mark.parametrize("args", FAILING, ids=" ".join)
def test_a_failing_command_says_it_all_in_chinese(run: Run, plans: Path, args: tuple[str, ...]) -> None:
    result = run("--lang", "zh", *args)
    assert result.exit_code in (1, 2), (args, result.stdout, result.stderr)
    said = result.stderr
    assert re.search(r"[\u4e00-\u9fff]", said), said
    assert english_left(said, ALSO) == [], said


@pytest.mark.parametrize("path", sorted((GOLDEN / "invalid").glob("*.yaml")), ids=lambda p: p.stem)
def test_validate_says_every_problem_in_chinese(run: Run, path: Path) -> None:
    result = run("--lang", "zh", "validate", str(path))
    assert result.exit_code == 1
    for line in result.stdout.splitlines():
        assert re.search(r"[\u4e00-\u9fff]", line), line
        assert english_left(line.split(": ", 1)[-1], ALSO) == [], line


def test_import_rows_are_refused_in_chinese(run: Run, plans: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "rows.csv"
    sheet.write_text(
        "目标编号,数值,截至日期,初步数\n"
        "nosuch,1,2025-05-01,\n"
        "demo-peple,1,2025-05-01,\n"
        "demo-people,abc,2025-05-01,\n"
        "demo-people,1,someday,\n"
        "demo-people,1,,\n"
        "demo-people,1,2025-05-01,maybe\n"
        "demo-growth,0.08,2025-05-01,\n",
        encoding="utf-8",
    )
    result = run("--lang", "zh", "import", str(sheet))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 7, result.stderr
    for line in lines:
        assert re.search(r"第\d+行", line) and english_left(line, ALSO) == [], line


def test_validate_of_a_broken_log_is_in_chinese(run: Run, plans: Path) -> None:
    log = plans / "records" / "demo-2025.yaml"
    log.parent.mkdir()
    row = '"type": "value", "target": "demo-people", "value": 1.0, "by": "x"'
    log.write_text(
        "# record log\n"
        f'- {{"id": "a1", {row}, "as_of": "2025-05-01", "recorded": "2025-05-01T10:00:00"}}\n'
        f'- {{"id": "abcdef01", {row}, "as_of": "2025-02-30", "recorded": "2025-05-01T10:00:00+08:00"}}\n'
        f'- {{"id": "abcdef02", {row}, "as_of": "2025-05-01", "recorded": "yesterday", "extra": 1}}\n'
        "not a record\n",
        encoding="utf-8",
    )
    result = run("--lang", "zh", "validate", str(plans))
    assert result.exit_code == 1
    assert "id 须符合格式" in result.stdout and "recorded 须带时区" in result.stdout, result.stdout
    for line in result.stdout.splitlines():
        assert english_left(line.split(": ", 1)[-1], ALSO) == [], line


def test_what_init_and_repair_report_is_in_chinese(run: Run, plans: Path) -> None:
    made = run("--lang", "zh", "--plans", str(plans), "init", "new-2025")
    assert made.exit_code == 0 and made.stdout.startswith("已写入 plans/new-2025.yaml"), made.stdout
    log = plans / "records" / "demo-2025.yaml"
    log.parent.mkdir()
    log.write_text("# record log\n- {torn", encoding="utf-8")
    repaired = run("--lang", "zh", "--plans", str(plans), "repair")
    assert repaired.exit_code == 0 and "repair：完成" in repaired.stdout and "已移至" in repaired.stdout, (
        repaired.stdout
    )
    for said in (made.stdout, repaired.stdout):
        assert english_left(re.sub(r"\S*/\S*", " ", said), ALSO) == [], said  # paths aside


def test_draft_fail_on_and_a_bug_are_said_in_chinese(run: Run, plans: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = plans / "sources" / "demo.txt"
    drafted = run("--lang", "zh", "--plans", str(plans), "draft", str(source), "--id", "x-2025", "--year", "2025")
    assert drafted.exit_code == 0 and "数值目标：" in drafted.stdout and "下一步：" in drafted.stdout, drafted.stdout
    compared = run("--lang", "zh", "--plans", str(plans), "draft", str(source), "--compare", "demo-2025")
    assert compared.exit_code == 0 and "草稿中有、计划中没有：" in compared.stdout, compared.stdout
    failing = run("--lang", "zh", "--plans", str(plans), "status", "--as-of", "2025-12-31", "--fail-on", "no-data")
    assert failing.exit_code == 1 and "项目标处于 no-data：" in failing.stderr, failing.stderr
    import targetctl.commands.list as command

    monkeypatch.setattr(command, "plan_tree", lambda *a: 1 / 0)
    bug = run("--lang", "zh", "--plans", str(plans), "list")
    assert bug.exit_code == 3 and bug.stderr.startswith("内部错误：ZeroDivisionError"), bug.stderr
    for said in (drafted.stdout, compared.stdout.split("\n")[0], failing.stderr, bug.stderr):
        assert english_left(re.sub(r"\S*/\S*|ZeroDivisionError|division by zero", " ", said), ALSO) == [], said
