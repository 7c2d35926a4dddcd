"""Issue 9, part A: recording never silently stores a wrong number, and what is shown is true."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import Result

from targetctl.domain.records import BadValue, parse_number
from targetctl.io.yamlsafe import parse
from tests.conftest import Json, Run

LOG = Path("plans/records/demo-2025.yaml")


def record(run: Run, *args: str) -> Result:
    return run("record", "--by", "x", *args)


def last() -> Json:
    row: Json = json.loads(LOG.read_text(encoding="utf-8").splitlines()[-1][2:])
    return row


# --- the log is read as the JSON it holds ---------------------------------------------


def test_two_records_on_one_line_are_located_by_every_command(run: Run, demo: Path) -> None:
    assert record(run, "demo-people", "30", "--date", "2025-04-30").exit_code == 0
    line = LOG.read_text(encoding="utf-8").splitlines()[-1]
    with LOG.open("a", encoding="utf-8") as handle:
        handle.write(f"{line}, {line[2:]}\n")
    where = "plans/records/demo-2025.yaml:4:1: 2 records on one line"
    for args in (["validate"], ["status"], ["overdue"], ["log"], ["show", "demo-people"], ["export"], ["report"]):
        result = run(*args)
        assert result.exit_code == 1, (args, result.output)
        assert where in result.output, (args, result.output)
    written = record(run, "demo-growth", "7.5", "--date", "2025-05-01")  # the bad line is another target's
    assert written.exit_code == 0 and written.stdout.startswith("recorded ")
    assert last()["value"] == 7.5
    # a running total is never checked against a log that cannot be read: refused, nothing written
    refused = record(run, "demo-people", "31", "--date", "2025-05-01")
    assert refused.exit_code == 1 and where in refused.stderr and last()["value"] == 7.5


def test_duplicate_key_with_a_space_before_the_colon(run: Run, demo: Path) -> None:
    assert record(run, "demo-people", "30", "--date", "2025-04-30").exit_code == 0
    text = LOG.read_text(encoding="utf-8")
    LOG.write_text(text.replace('"value": 30', '"value": 30, "value" : 100'), encoding="utf-8")
    result = run("validate")
    assert result.exit_code == 1 and "duplicate key 'value'" in result.stdout


def test_add_reads_an_id_spelled_with_a_json_escape(run: Run, demo: Path) -> None:
    assert record(run, "demo-people", "30", "--date", "2025-04-30").exit_code == 0
    text = LOG.read_text(encoding="utf-8")
    LOG.write_text(text.replace('"demo-people"', '"demo\\u002dpeople"'), encoding="utf-8")
    assert run("validate").exit_code == 0
    result = record(run, "demo-people", "5", "--add", "--date", "2025-05-31")
    assert result.exit_code == 0, result.output
    assert last()["value"] == 35


# --- number and date forms --------------------------------------------------------------


@pytest.mark.parametrize("text", ["1,2345", "12,3", "1,2,3", "12,3456", "1,23.5"])
def test_thousands_separators_only_in_groups_of_three(text: str) -> None:
    with pytest.raises(BadValue, match="group three digits"):
        parse_number(text)


@pytest.mark.parametrize(("text", "number"), [("12,345", 12345), ("1,234,567.5", 1234567.5), ("１２，３４５", 12345)])
def test_valid_thousands_grouping(text: str, number: float) -> None:
    assert parse_number(text)[0] == Decimal(str(number))


@pytest.mark.parametrize("text", ["0x64", "1:40", "1_000", "017", "0b101", "1:30.5", "1_000.5"])
def test_yaml_1_1_number_forms_are_text(text: str) -> None:
    doc, problems = parse(f"a: {text}\n", "x.yaml")
    assert not problems and doc is not None and doc.data == {"a": text}


def test_yaml_1_1_number_in_a_plan_and_a_log_is_refused(run: Run, demo: Path) -> None:
    plan = demo / "demo.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("value: 100\n", "value: 0x64\n"), encoding="utf-8")
    result = run("validate")
    assert result.exit_code == 1 and "demo.yaml:22:12: value must be a number, got '0x64'" in result.stdout, (
        result.stdout
    )
    plan.write_text(plan.read_text(encoding="utf-8").replace("value: 0x64\n", "value: 100\n"), encoding="utf-8")
    (demo / "records").mkdir()
    (demo / "records" / "demo-2025.yaml").write_text(
        "- {id: abcdefabcdef, recorded: 2025-07-01T00:00:00+08:00, by: x, type: value,"
        " target: demo-people, as_of: 2025-06-30, value: 1:40}\n",
        encoding="utf-8",
    )
    result = run("validate")
    assert (
        result.exit_code == 1
        and "demo-2025.yaml:1:1: target 'demo-people' is a quantity and needs a number, not '1:40'" in result.stdout
    ), result.stdout


@pytest.mark.parametrize("day", ["20250801", "2025-W31-1"])
def test_one_date_rule_in_import_and_options(run: Run, demo: Path, tmp_path: Path, day: str) -> None:
    sheet = tmp_path / "in.csv"
    sheet.write_text(f"目标编号,数值,截至日期\ndemo-projects,12,{day}\n", encoding="utf-8")
    result = run("import", str(sheet))
    assert result.exit_code == 1 and "is not a date; write YYYY-MM-DD" in result.stderr
    assert not LOG.exists()
    assert record(run, "demo-projects", "12", "--date", day).exit_code == 2


# --- recording: no silent wrong number ------------------------------------------------------


def test_plus_on_a_running_total_is_refused_with_a_hint(run: Run, demo: Path) -> None:
    assert record(run, "demo-people", "53", "--date", "2025-05-31").exit_code == 0
    before = LOG.read_bytes()
    result = record(run, "demo-people", "+10", "--date", "2025-06-30")
    assert result.exit_code == 1 and "looks like an increment" in result.stderr and "--add" in result.stderr
    assert LOG.read_bytes() == before
    assert record(run, "demo-people", "+10", "--add", "--date", "2025-06-30").exit_code == 0
    assert last()["value"] == 63
    assert record(run, "demo-growth", "+2.5", "--date", "2025-06-30").exit_code == 0, "a rate may carry a sign"


def test_a_lower_running_total_needs_correct(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert record(run, "demo-people", "53", "--date", "2025-05-31").exit_code == 0
    before = LOG.read_bytes()
    for args in (
        ("10", "--date", "2025-06-30"),
        ("50", "--date", "2025-05-31"),
    ):
        result = record(run, "demo-people", *args)
        assert result.exit_code == 1 and "--correct" in result.stderr, (args, result.stderr)
    assert LOG.read_bytes() == before
    assert record(run, "demo-people", "20", "--date", "2025-04-30").exit_code == 0, "an earlier date is no drop"
    assert record(run, "demo-people", "60", "--date", "2025-06-15", "--provisional").exit_code == 0
    assert record(run, "demo-people", "58", "--date", "2025-06-15").exit_code == 0, "a final figure replaces it"
    assert record(run, "demo-people", "57", "--date", "2025-06-15", "--provisional").exit_code == 1
    result = record(run, "demo-people", "50", "--date", "2025-06-30", "--correct")
    assert result.exit_code == 0 and last()["correction"] is True
    assert "correction" not in json.loads(LOG.read_text(encoding="utf-8").splitlines()[-2][2:])
    monkeypatch.setenv("COLUMNS", "200")
    shown = run("show", "demo-people", "--as-of", "2025-07-01")
    assert "current (correction)" in shown.stdout
    assert json.loads(run("show", "demo-people", "--json").stdout)["history"][-1]["correction"] is True


def test_a_number_written_in_another_form_is_said_back(run: Run, demo: Path) -> None:
    result = record(run, "demo-people", "３０人", "--date", "2025-05-31", "--no-status")
    assert result.exit_code == 0 and result.stdout.splitlines()[0] == "read ３０人 = 30"
    result = record(run, "demo-park-size", "1,200", "--date", "2025-05-31", "--no-status")
    assert result.stdout.splitlines()[0] == "read 1,200 = 1,200"
    for plain in ("31", "32人", "33 people"):
        result = record(run, "demo-people", plain, "--date", "2025-06-30", "--no-status")
        assert result.stdout.startswith("recorded "), "a plain number needs no echo"
    assert record(run, "demo-growth", "+2.5%", "--date", "2025-06-30").stdout.startswith("read +2.5% = 2.5\n")


def test_an_implausible_value_needs_confirm(run: Run, demo: Path) -> None:
    for target, value, why in [
        ("demo-projects", "1.2万", "12,000 is over 10× the goal of 'demo-projects' (20): is that right?"),
        ("demo-growth", "1200%", "1,200% is over 1000% for 'demo-growth': is that right?"),
        ("demo-park-size", "8001", "over 10× the goal of 'demo-park-size' (800)"),
    ]:
        result = record(run, target, value, "--date", "2025-05-31")
        assert result.exit_code == 1 and why in result.stderr and "--confirm" in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert not LOG.exists()
    result = record(run, "demo-projects", "1.2万", "--date", "2025-05-31", "--confirm")
    assert result.exit_code == 0 and result.stdout.startswith("read 1.2万 = 12,000\n")
    assert last()["value"] == 12000
    assert record(run, "demo-projects", "200", "--date", "2025-06-30").exit_code == 1, "still a lower total"


# --- record ids by prefix ---------------------------------------------------------------------


def write_log(demo: Path, *records: Json) -> None:
    base = {"recorded": "2025-07-01T09:00:00+08:00", "by": "x"}
    (demo / "records").mkdir(exist_ok=True)
    text = "".join("- " + json.dumps({**base, **r}) + "\n" for r in records)
    (demo / "records" / "demo-2025.yaml").write_text(text, encoding="utf-8")


def value_row(rid: str, value: float = 30, as_of: str = "2025-06-30") -> Json:
    return {"id": rid, "type": "value", "target": "demo-people", "as_of": as_of, "value": value}


def void_row(rid: str, of: str) -> Json:
    return {"id": rid, "type": "void", "void": of, "reason": "wrong"}


def test_void_by_a_unique_prefix(run: Run, demo: Path) -> None:
    write_log(demo, value_row("32ff0099aa11"), value_row("32ff0088bb22", 40), value_row("abcdef", 50))
    result = run("record", "--void", "32ff0099", "--reason", "typo", "--by", "x")
    assert result.exit_code == 0 and result.stdout.startswith(
        "voided 32ff0099aa11 "
    )  # said back in full, result.output
    assert last()["void"] == "32ff0099aa11"
    ambiguous = run("record", "--void", "32ff00", "--reason", "typo", "--by", "x")
    assert ambiguous.exit_code == 1
    assert "record id '32ff00' is ambiguous: it starts 32ff0088bb22, 32ff0099aa11; give more of the id" in (
        ambiguous.stderr
    )
    short = run("record", "--void", "32ff0", "--reason", "typo", "--by", "x")
    assert short.exit_code == 1 and "give at least 6 of its hex digits" in short.stderr
    assert run("record", "--void", "ABCDEF", "--reason", "an exact id", "--by", "x").exit_code == 0
    assert last()["void"] == "abcdef"
    assert run("validate").exit_code == 0


# --- validate refuses what record refuses --------------------------------------------------------


def test_validate_refuses_a_void_of_a_void_and_a_double_void(run: Run, demo: Path) -> None:
    write_log(
        demo,
        value_row("aaaaaaaaaaaa"),
        void_row("bbbbbbbbbbbb", "aaaaaaaaaaaa"),
        void_row("cccccccccccc", "bbbbbbbbbbbb"),
        void_row("dddddddddddd", "aaaaaaaaaaaa"),
    )
    result = run("validate")
    assert result.exit_code == 1
    assert "demo-2025.yaml:3:1: record 'bbbbbbbbbbbb' is itself a void" in result.stdout
    assert "demo-2025.yaml:4:1: record 'aaaaaaaaaaaa' is already voided" in result.stdout
    again = run("record", "--void", "bbbbbb", "--reason", "x", "--by", "x")
    assert again.exit_code == 1 and "record 'bbbbbbbbbbbb' is itself a void" in again.stderr


def test_validate_refuses_an_as_of_far_outside_the_period(run: Run, demo: Path) -> None:
    write_log(demo, value_row("aaaaaaaaaaaa", as_of="2025-06-30"), value_row("bbbbbbbbbbbb", as_of="2019-06-30"))
    result = run("validate")
    assert result.exit_code == 1
    assert "demo-2025.yaml:2:1: date 2019-06-30 is far outside the plan period 2025-01-01..2025-12-31" in (
        result.stdout
    )
    refused = record(run, "demo-people", "30", "--date", "2019-06-30")
    assert refused.exit_code == 1 and "date 2019-06-30 is far outside the plan period" in refused.stderr


def test_validate_refuses_a_long_line_that_is_valid_json(run: Run, demo: Path) -> None:
    rows = [value_row(f"{n:012x}", n, f"2025-06-{n + 1:02d}") for n in range(20)]
    write_log(demo, *rows)
    log = demo / "records" / "demo-2025.yaml"
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[9] = lines[9].replace(', "by"', "," + " " * 70_000 + '"by"')
    log.write_text("".join(lines), encoding="utf-8")
    result = run("validate")
    assert result.exit_code == 1 and "demo-2025.yaml:10:1: line is longer than 64 KiB" in result.stdout


# --- what is shown is what is true ---------------------------------------------------------------


def test_export_log_and_show_mark_every_record_alike(run: Run, demo: Path, tmp_path: Path) -> None:
    import csv
    import io

    import openpyxl

    for args in (
        ("30", "--date", "2025-06-30", "--provisional"),
        ("31", "--date", "2025-06-30"),  # replaces the provisional figure
        ("40", "--date", "2025-07-31"),
        ("41", "--date", "2025-07-31"),  # supersedes 40
        ("50", "--date", "2025-08-31"),
    ):
        assert record(run, "demo-people", *args, "--no-status").exit_code == 0
    fifty = last()["id"]
    assert run("record", "--void", fifty, "--reason", "wrong", "--by", "x").exit_code == 0
    shown = {h["id"]: h["state"] for h in json.loads(run("show", "demo-people", "--json").stdout)["history"]}
    assert sorted(shown.values()) == ["current", "current", "superseded", "superseded", "voided"]
    logged = {r["id"]: r["state"] for r in json.loads(run("log", "--json").stdout)["records"]}
    assert {k: v for k, v in logged.items() if k in shown} == shown
    assert list(logged.values()).count("void") == 1
    table = run("log").stdout
    assert table.count("superseded") == 2 and table.count("voided") == 1
    rows = list(csv.DictReader(io.StringIO(run("export", "--sheet", "records", "--lang", "en").stdout)))
    assert {r["Record id"]: r["State"] for r in rows} == shown
    book_path = tmp_path / "out.xlsx"
    assert run("export", "--format", "xlsx", "-o", str(book_path), "--lang", "en").exit_code == 0
    sheet = openpyxl.load_workbook(book_path).worksheets[1]
    header = [c.value for c in sheet[1]]
    states = {
        row[header.index("Record id")]: row[header.index("State")] for row in sheet.iter_rows(2, values_only=True)
    }
    assert states == shown


def test_past_due_with_nothing_reported_is_missed_and_overdue(run: Run, demo: Path) -> None:
    doc = json.loads(run("status", "--json", "--as-of", "2025-07-01").stdout)
    got = {t["id"]: t for p in doc["plans"] for t in p["targets"]}
    assert got["demo-hall"]["status"] == "missed" and got["demo-hall"]["current"] is None
    assert got["demo-projects"]["status"] == "no-data", "not due yet"
    failing = run("status", "--as-of", "2025-07-01", "--fail-on", "missed")
    assert failing.exit_code == 1 and "demo-hall" in failing.stderr
    overdue = json.loads(run("overdue", "--json", "--as-of", "2025-07-01").stdout)
    listed = {t["target"]: t for u in overdue["lead_units"] for t in u["targets"]}
    assert listed["demo-hall"]["cadence"] is None and listed["demo-hall"]["last_report"] is None
    assert "demo-projects" not in listed
    assert record(run, "demo-hall", "venue", "--date", "2025-06-01").exit_code == 0
    overdue = json.loads(run("overdue", "--json", "--as-of", "2025-07-01").stdout)
    assert "demo-hall" not in {t["target"] for u in overdue["lead_units"] for t in u["targets"]}


def test_importing_the_records_export_or_a_file_twice_changes_nothing(run: Run, demo: Path, tmp_path: Path) -> None:
    assert record(run, "demo-people", "40", "--date", "2025-06-30").exit_code == 0
    assert record(run, "demo-people", "99", "--date", "2025-07-31").exit_code == 0
    wrong = last()["id"]
    assert run("record", "--void", wrong, "--reason", "typo", "--by", "x").exit_code == 0
    before = LOG.read_bytes()
    for lang in ("zh", "en"):
        export = tmp_path / f"records-{lang}.csv"
        assert run("export", "--sheet", "records", "--lang", lang, "-o", str(export)).exit_code == 0
        result = run("import", str(export), "--by", "x")
        assert result.exit_code == 0, result.output
        assert result.stdout.splitlines()[0].endswith(" 0 values recorded") or "记录0项" in result.stdout
        assert LOG.read_bytes() == before
    sheet = tmp_path / "in.csv"
    sheet.write_text(
        "目标编号,数值,截至日期\ndemo-projects,12,2025-07-31\ndemo-people,99,2025-07-31\n", encoding="utf-8"
    )
    voided = run("import", str(sheet), "--by", "x")  # a value voided once is named, never brought back
    assert voided.exit_code == 1 and "was recorded and then voided" in voided.stderr
    assert LOG.read_bytes() == before
    sheet.write_text("目标编号,数值,截至日期\ndemo-projects,12,2025-07-31\n", encoding="utf-8")
    first = run("import", str(sheet), "--by", "x")
    assert first.stdout == "demo-projects: 12 → 12 projects as of 2025-07-31\n1 row read, 1 value recorded\n"
    again = run("import", str(sheet), "--by", "x")
    assert again.stdout == "1 row read, 0 values recorded\n1 row skipped: already recorded, or voided\n"
    doc = json.loads(run("status", "--json", "--as-of", "2025-08-01").stdout)
    got = {t["id"]: t["current"] for p in doc["plans"] for t in p["targets"]}
    assert (got["demo-people"], got["demo-projects"]) == (40, 12)


def test_import_refuses_what_record_refuses(run: Run, demo: Path, tmp_path: Path) -> None:
    assert record(run, "demo-people", "53", "--date", "2025-05-31").exit_code == 0
    before = LOG.read_bytes()
    sheet = tmp_path / "in.csv"
    sheet.write_text(
        "目标编号,数值,截至日期\n"
        "demo-people,50,2025-06-30\n"  # below the log's 53
        "demo-projects,12,2025-05-31\n"
        "demo-projects,10,2025-06-30\n"  # below the row above
        "demo-projects,+3,2025-07-31\n"
        "demo-growth,1200%,2025-06-30\n",
        encoding="utf-8",
    )
    result = run("import", str(sheet), "--by", "x")
    assert result.exit_code == 1 and LOG.read_bytes() == before
    errors = result.stderr.splitlines()
    assert len(errors) == 4, errors
    assert "row 2, column '数值': 'demo-people' is a running total and 50 is below the 53 recorded" in errors[0]
    assert "row 4, column '数值': 'demo-projects' is a running total and 10 is below the 12" in errors[1]
    assert "row 5, column '数值': '+3' looks like an increment" in errors[2]
    assert "row 6, column '数值': 1,200% is over 1000%" in errors[3] and "--confirm" in errors[3]
