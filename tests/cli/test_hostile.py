"""Hostile and broken input to every command that reads files: a one-line error naming the
file and line, a non-zero exit, no traceback, no hang, nothing written."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import Result

from targetctl.io.plans import read_plan
from targetctl.workspace import load
from tests.conftest import GOLDEN, Run

PLAN = (GOLDEN / "valid" / "demo.yaml").read_text(encoding="utf-8")
LAUGHS = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True)
)

PLAN_CASES = {
    "billion-laughs": LAUGHS,
    "deep-nesting": "id: " + "[" * 20_000 + "]" * 20_000 + "\n",
    "python-tag": "id: !!python/object/apply:os.system ['touch pwned']\n",
    "duplicate-key": PLAN.replace("id: demo-2025\n", "id: demo-2025\nid: demo-2026\n"),
    "non-utf8": PLAN.replace("示范计划", "\udcff"),
    "tab": PLAN.replace("  - id: demo-area", "\t- id: demo-area"),
    "nan": PLAN.replace("value: 100", "value: .nan"),
    "infinity": PLAN.replace("value: 100", "value: .inf"),
    "huge-float": PLAN.replace("value: 100", "value: 1.0e+999"),
    "huge-int": PLAN.replace("value: 100", "value: " + "9" * 5000),
    "bad-date": PLAN.replace("due: 2025-06-30", "due: 2025-02-30"),
    "empty": "",
    "not-a-mapping": "- just\n- a list\n",
    "path-in-id": PLAN.replace("id: demo-people", "id: ../../etc/passwd"),
    "source-escape": PLAN.replace("file: sources/demo.txt", "file: ../../../../etc/hostname"),
    "absolute-source": PLAN.replace("file: sources/demo.txt", "file: /etc/hostname"),
    "nul-in-source": PLAN.replace("file: sources/demo.txt", 'file: "sources/demo\\0.txt"'),
    "endless-period": PLAN.replace("{start: 2025-01-01, end: 2025-12-31}", "{start: 0001-01-01, end: 9999-12-31}"),
    "merge-conflict": PLAN.replace(
        "    value: 100\n", "<<<<<<< HEAD\n    value: 100\n=======\n    value: 90\n>>>>>>> a\n"
    ),
}

COMMANDS = [
    ("validate",),
    ("list",),
    ("trace",),
    ("status",),
    ("show", "demo-people"),
    ("log",),
    ("overdue",),
    ("repair",),
    ("record", "demo-people", "5", "--date", "2025-06-30", "--by", "x"),
]


# the rest of the commands, so that the matrix below runs every one of them
OTHER_COMMANDS = [
    ("schema",),
    ("judge", "demo-people", "red", "--reason", "x", "--by", "x"),
    ("record", "--void", "aaaaaaaaaaaa", "--reason", "x", "--by", "x"),
    ("record", "demo-projects", "1", "--add", "--date", "2025-06-30", "--by", "x"),
    ("status", "--json"),
    ("show", "demo-hall", "--json"),
    ("log", "--json"),
    ("overdue", "--json"),
    ("export",),
    ("export", "--sheet", "records"),
    ("export", "--format", "json"),
    ("export", "--format", "xlsx", "-o", "out.xlsx"),
    ("report", "--format", "md"),
    ("report", "-o", "out.html"),
    ("import", "in.csv"),
    ("init", "new-plan", "--year", "2025"),
    ("draft", "in.csv", "--compare", "demo-2025"),
    ("validate", "--strict", "--format", "json"),
    ("trace", "--unmapped"),
]
EVERY = COMMANDS + OTHER_COMMANDS
IMPORT_SHEET = "目标编号,数值,截至日期\ndemo-people,5,2025-06-30\n"


def test_the_matrix_runs_every_command() -> None:
    from targetctl.cli.main import app

    names = {c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands if c.callback}
    assert names == {c[0] for c in EVERY}


def assert_no_internal_error(result: Result) -> None:
    out = result.stdout + result.stderr
    assert result.exit_code != 3, out
    assert "Traceback" not in out and "internal error" not in out and "please report" not in out


def write_plan(root: Path, text: str) -> None:
    data = text.encode("utf-8", errors="surrogateescape")
    (root / "demo.yaml").write_bytes(data)


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file's bytes, but the writers' empty lock files (git-ignored, left by design)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not (p.suffix == ".lock" and p.stat().st_size == 0)
    }


@pytest.mark.parametrize("case", sorted(PLAN_CASES))
@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_hostile_plan(case: str, command: tuple[str, ...], run: Run, demo: Path) -> None:
    write_plan(demo, PLAN_CASES[case])
    before = snapshot(demo)
    start = time.monotonic()
    result = run(*command)
    elapsed = time.monotonic() - start
    assert result.exit_code == 1, (result.stdout, result.stderr)
    out = result.stdout + result.stderr
    assert "Traceback" not in out and "internal error" not in out
    assert "plans/demo.yaml:" in out
    assert elapsed < 10, "a hang guard, not a benchmark: typical cases take milliseconds"
    assert snapshot(demo) == before
    assert not Path("pwned").exists()


@pytest.mark.parametrize("case", sorted(PLAN_CASES))
@pytest.mark.parametrize("command", OTHER_COMMANDS, ids=[" ".join(c[:3]) for c in OTHER_COMMANDS])
def test_hostile_plan_never_an_internal_error(
    case: str, command: tuple[str, ...], run: Run, demo: Path, tmp_path: Path
) -> None:
    write_plan(demo, PLAN_CASES[case])
    (tmp_path / "in.csv").write_text(IMPORT_SHEET, encoding="utf-8")
    before = snapshot(demo)
    result = run(*command)
    assert_no_internal_error(result)
    if command[0] not in ("schema", "init"):  # the two that read no plan
        assert result.exit_code == 1 and "plans/demo.yaml" in result.stdout + result.stderr
        assert snapshot(demo) == before
    assert not Path("pwned").exists()


def test_enormous_plan_file(run: Run, demo: Path) -> None:
    (demo / "demo.yaml").write_bytes(b"# " + b"x" * (17 * 1024 * 1024) + b"\n")
    result = run("validate")
    assert result.exit_code == 1 and "plans/demo.yaml:1:1: file is larger than 16 MiB" in result.stdout


RECORD = (
    '- {"id": "aaaaaaaaaaaa", "type": "value", "target": "demo-people", "as_of": "2025-06-30", '
    '"value": 5, "recorded": "2025-07-01T00:00:00Z", "by": "x"}\n'
)
LOG_CASES = {
    "unknown-target": RECORD.replace("demo-people", "demo-nobody"),
    "path-in-target": RECORD.replace("demo-people", "../../etc/passwd"),
    "nan": RECORD.replace('"value": 5', '"value": NaN'),
    "infinity": RECORD.replace('"value": 5', '"value": Infinity'),
    "huge": RECORD.replace('"value": 5', '"value": 1e999'),
    "bad-date": RECORD.replace("2025-06-30", "2025-02-30"),
    "python-tag": "- !!python/object/apply:os.system ['touch pwned']\n",
    "laughs": "- " + LAUGHS.replace("\n", " ").split(" ", 1)[0] + " {a: &a [1,1], b: [*a, *a]}\n",
    "non-utf8": RECORD.replace('"by": "x"', '"by": "\udcff"'),
    "torn": RECORD[:50],
    "long-line": RECORD.replace('"by": "x"', '"by": "' + "x" * 70_000 + '"'),
    "duplicate-key": RECORD.replace('"value": 5', '"value": 5, "value": 6'),
    "deep-nesting": '- {"a": ' + "[" * 30_000 + "]" * 30_000 + "}\n",
}


@pytest.mark.parametrize("case", sorted(LOG_CASES))
def test_hostile_record_log(case: str, run: Run, demo: Path) -> None:
    (demo / "records").mkdir()
    log = demo / "records" / "demo-2025.yaml"
    log.write_bytes(LOG_CASES[case].encode("utf-8", errors="surrogateescape"))
    for command in [("validate",), ("status",), ("show", "demo-people"), ("log",)]:
        result = run(*command)
        out = result.stdout + result.stderr
        assert result.exit_code == 1, (command, out)
        assert "plans/records/demo-2025.yaml:1:" in out and "Traceback" not in out
    assert not Path("pwned").exists()


@pytest.mark.parametrize("case", sorted(LOG_CASES))
@pytest.mark.parametrize("command", EVERY, ids=[" ".join(c[:3]) for c in EVERY])
def test_hostile_record_log_never_an_internal_error(
    case: str, command: tuple[str, ...], run: Run, demo: Path, tmp_path: Path
) -> None:
    (demo / "records").mkdir()
    (demo / "records" / "demo-2025.yaml").write_bytes(LOG_CASES[case].encode("utf-8", errors="surrogateescape"))
    (tmp_path / "in.csv").write_text(IMPORT_SHEET, encoding="utf-8")
    assert_no_internal_error(run(*command))
    assert not Path("pwned").exists()


def test_duplicate_keys_in_a_json_line_keep_nothing_silently(run: Run, demo: Path) -> None:
    """JSON allows duplicate keys (the last wins); a record line must not hide one."""
    (demo / "records").mkdir()
    (demo / "records" / "demo-2025.yaml").write_text(LOG_CASES["duplicate-key"], encoding="utf-8")
    result = run("validate")
    assert "duplicate key 'value'" in result.stdout


def test_bom_and_crlf_plan_loads_like_its_plain_twin(tmp_path: Path, demo: Path) -> None:
    twin = tmp_path / "twin"
    shutil.copytree(demo, twin)
    (twin / "demo.yaml").write_bytes(b"\xef\xbb\xbf" + PLAN.replace("\n", "\r\n").encode())
    plain, _ = read_plan(demo / "demo.yaml")
    windows, problems = read_plan(twin / "demo.yaml")
    assert problems == [] and plain is not None and windows is not None and plain.plan == windows.plan
    for loc in [("targets", 3, "max"), ("excluded", 0, "reason"), ("programmes", 0, "programmes", 0, "id")]:
        assert plain.doc.position(loc) == windows.doc.position(loc)


def test_full_width_punctuation_in_text_is_kept(demo: Path) -> None:
    text = PLAN.replace("en: Recruit talent", "en: 引进人才：“双一流”（高校），１００名")
    (demo / "demo.yaml").write_text(text, encoding="utf-8")
    ws = load(demo, records=False, strict=False)
    assert ws.problems == [] and ws.targets["demo-people"][1].title.en == "引进人才：“双一流”（高校），１００名"


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mutated_plans_give_problems_never_exceptions(demo: Path, data: st.DataObject) -> None:
    text = PLAN
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 5))
        insert = data.draw(st.sampled_from(["", ":", "-", " ", "\n", "[", "{", "&a", "*a", "!!", "'", "#", "9", "\t"]))
        text = text[:at] + insert + text[at + cut :]
    (demo / "demo.yaml").write_text(text, encoding="utf-8")
    ws = load(demo, records=False, strict=False)
    for problem in ws.problems:
        assert problem.line >= 1 and problem.message


BAD_ARGS = [
    ("validate", "--format", "xml"),
    ("validate", "--nope"),
    ("list", "--lang", "fr"),
    ("trace", "extra"),
    ("schema", "extra"),
    ("record",),
    ("record", "demo-people"),
    ("record", "demo-people", "1", "--date", "30/06/2025"),
    ("record", "--void", "abc", "demo-people"),
    ("judge", "demo-people", "purple", "--reason", "x"),
    ("judge", "demo-people", "red"),
    ("status", "--status", "late"),
    ("status", "--kind", "vibes"),
    ("status", "--as-of", "2025-13-01"),
    ("status", "--at-risk", "-1"),
    ("status", "--at-risk", "20", "--behind", "10"),
    ("status", "--fail-on", "sometimes"),
    ("overdue", "--as-of", "soon"),
    ("show",),
    ("log", "--since", "last week"),
    ("repair", "--force"),
    ("frobnicate",),
]


@pytest.mark.parametrize("args", BAD_ARGS, ids=[" ".join(a) for a in BAD_ARGS])
def test_bad_arguments_exit_2(args: tuple[str, ...], run: Run, demo: Path) -> None:
    before = snapshot(demo)
    result = run(*args)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stderr.strip()
    assert snapshot(demo) == before


@pytest.mark.parametrize("command", EVERY, ids=[" ".join(c[:3]) for c in EVERY])
def test_escape_codes_in_every_text_field_reach_no_output(command: tuple[str, ...], run: Run, demo: Path) -> None:
    """Output text: a valid plan with escape codes, bidi overrides, U+FFFE and NUL in every
    text field; every command answers without an internal error and prints none of them."""
    from tests.render.test_output_text import ESCAPES, RAW, hostile_texts, hostile_yaml

    (demo / "demo.yaml").write_text(hostile_yaml(hostile_texts(ESCAPES + "\ufffe\x00")), encoding="utf-8")
    Path("in.csv").write_text(IMPORT_SHEET, encoding="utf-8")
    result = run(*command)
    assert_no_internal_error(result)
    assert result.exit_code in (0, 1), result.output
    assert not RAW.findall((result.stdout + result.stderr).replace("\t", ""))


def _document_cases() -> dict[str, bytes]:
    from tests.io.test_documents import _corrupt_pdfs, docx_bytes, p

    laughs = '<!ENTITY l0 "ha">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    pdfs = _corrupt_pdfs()
    return {
        "laughs.docx": docx_bytes(p("&l9;"), prolog=f"<!DOCTYPE w:document [{laughs}]>"),
        "deep.docx": docx_bytes("<w:p>" * 20_000 + "</w:p>" * 20_000),
        "bomb.docx": docx_bytes(p("x"), extra={"word/media/big.bin": b"\0" * (60 * 1024 * 1024)}),
        "unclosed.docx": docx_bytes("<w:p><w:r><w:t>x</w:r></w:p>"),
        "not-a-zip.docx": b"PK\x03\x04 not really",
        "cut.pdf": pdfs[0],
        "no-root.pdf": pdfs[2],
        "type-error.pdf": pdfs[-2],
        "attribute-error.pdf": pdfs[-1],
        "ten-megabytes.txt": "新增就业1万人".encode() * 600_000,
    }


DOCUMENTS = _document_cases()


@pytest.mark.parametrize("name", DOCUMENTS)
def test_hostile_documents_to_draft_fail_in_one_line_and_write_nothing(name: str, run: Run, tmp_path: Path) -> None:
    (tmp_path / name).write_bytes(DOCUMENTS[name])
    started = time.monotonic()
    result = run("draft", name, "--id", "x")
    assert time.monotonic() - started < 10
    assert result.exit_code == 1, result.output
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith(f"error: {name}:"), result.stderr
    assert not (tmp_path / "plans").exists() or not any((tmp_path / "plans").rglob("x.*"))
