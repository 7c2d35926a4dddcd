"""record, judge, status, show, log and overdue through the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from rich.cells import cell_len

from targetctl.commands import Context
from targetctl.commands.record import RecordOptions
from targetctl.commands.record import run as record_run
from targetctl.domain.problems import TargetctlError
from tests.conftest import Json, Recorder, Run, edit, status_json, status_of

LOG = Path("plans/records/demo-2025.yaml")


@pytest.fixture
def recorded(recorder: Recorder) -> Run:
    """The demo plan with one value for each kind."""
    return recorder(
        ("demo-people", "30", "--date", "2025-04-30"),
        ("demo-people", "40", "--date", "2025-06-30", "--note", "Q2"),
        ("demo-projects", "12个", "--date", "2025-06-30"),
        ("demo-growth", "7.5%", "--date", "2025-06-30", "--provisional"),
        ("demo-park-size", "600", "--date", "2025-06-30"),
        ("demo-premium", "10", "--date", "2025-06-30"),
        ("demo-hall", "venue", "--date", "2025-03-01"),
        by="测试员",
    )


def targets(doc: Json) -> dict[str, Json]:
    return {t["id"]: t for p in doc["plans"] for t in p["targets"]}


def test_record_prints_status_line(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:

    from targetctl.io import clock

    moment = dt.datetime(2025, 6, 30, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    monkeypatch.setattr(clock, "now", lambda: moment)
    result = run("record", "demo-people", "40", "--date", "2025-06-30", "--by", "甲")
    assert result.exit_code == 0 and result.stderr == ""
    first, second = result.stdout.splitlines()
    assert first.startswith("recorded ") and first.endswith(" in plans/records/demo-2025.yaml")
    assert second == "demo-people: 40 people (goal = 100 people)  ████░░░░░░ 40%  expected 40 people  on-track"
    later = run("record", "demo-people", "10", "--date", "2025-03-31", "--by", "甲").stdout.splitlines()[1]
    assert later.startswith("demo-people: 40 people"), "a back-dated value does not hide the latest one"


def test_status_of_every_kind(recorded: Run) -> None:
    got = targets(status_json(recorded, "--as-of", "2025-06-30"))
    assert {k: (v["current"], v["status"]) for k, v in got.items()} == {
        "demo-people": (40.0, "on-track"),
        "demo-projects": (12.0, "on-track"),
        "demo-growth": (7.5, "at-risk"),
        "demo-park-size": (600.0, "achieved"),
        "demo-premium": (10.0, "behind"),
        "demo-hall": ("venue", "on-track"),
    }
    assert got["demo-growth"]["provisional"] is True


def test_status_as_of_a_past_date(recorded: Run) -> None:
    got = targets(status_json(recorded, "--as-of", "2025-05-15"))
    assert got["demo-people"]["current"] == 30.0 and got["demo-people"]["last_update"] == "2025-04-30"
    assert got["demo-growth"]["status"] == "no-data"
    assert targets(status_json(recorded, "--as-of", "2025-07-15"))["demo-hall"]["status"] == "missed"


def test_status_table_and_summary(recorded: Run) -> None:
    result = recorded("status", "--as-of", "2025-06-30")
    assert result.exit_code == 0
    assert (
        "Sub-programme" in result.stdout
        and "demo-people" in result.stdout
        and "40 people" in result.stdout
        and "/ = 100 people" in result.stdout
    )
    assert result.stdout.splitlines()[-1].startswith("As of 2025-06-30: 6 targets: 1 achieved")
    assert "\x1b" not in result.stdout


def test_status_fits_80_columns_in_chinese(recorded: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    out = recorded("status", "--as-of", "2025-06-30", "--lang", "zh", "--all").stdout
    assert "引进人才" in out
    widths = {cell_len(line) for line in out.splitlines()}
    assert max(widths) <= 80
    shown = [line.strip() for line in out.splitlines()]
    ids = ["demo-people", "demo-projects", "demo-growth", "demo-premium", "demo-hall", "demo-park-size"]
    assert all(i in shown or any(ln.startswith(i + " ") for ln in shown) for i in ids), "ids stand whole"


def test_status_filters(recorded: Run) -> None:
    day = ("--as-of", "2025-06-30")
    assert set(targets(status_json(recorded, *day, "--programme", "demo-sub"))) == {"demo-people", "demo-hall"}
    assert set(targets(status_json(recorded, *day, "--status", "behind"))) == {"demo-premium"}
    assert set(targets(status_json(recorded, *day, "--kind", "growth"))) == {"demo-growth"}
    assert len(targets(status_json(recorded, *day, "--owner", "示范办公室"))) == 6
    assert targets(status_json(recorded, *day, "--owner", "nobody")) == {}
    bad = recorded("status", "--programme", "demo-sbu")
    assert bad.exit_code == 1 and "unknown programme 'demo-sbu'; did you mean 'demo-sub'?" in bad.stderr
    assert recorded("status", "--status", "late").exit_code == 2
    assert recorded("status", "--as-of", "yesterday").exit_code == 2


def test_programme_rollups_in_json(recorded: Run) -> None:
    plan = status_json(recorded, "--as-of", "2025-06-30")["plans"][0]
    progs = {p["id"]: p["summary"] for p in plan["programmes"]}
    assert progs["demo-area"]["targets"] == 6 and progs["demo-sub"]["targets"] == 2
    assert plan["summary"]["counts"]["behind"] == 1


def test_fail_on(recorded: Run) -> None:
    result = recorded("status", "--as-of", "2025-06-30", "--fail-on", "behind", "--fail-on", "missed")
    assert result.exit_code == 1 and "1 target(s) behind/missed: demo-premium" in result.stderr
    assert recorded("status", "--as-of", "2025-06-30", "--fail-on", "missed").exit_code == 0


def test_typo_in_target_is_suggested_and_nothing_written(run: Run, demo: Path) -> None:
    result = run("record", "demo-peple", "3", "--date", "2025-06-30", "--by", "x")
    assert result.exit_code == 1
    assert result.stderr == "error: unknown target 'demo-peple'; did you mean 'demo-people'?\n"
    assert not LOG.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("demo-people", "3%"), "unit '%' does not match target 'demo-people'"),
        (("demo-people", "many"), "'many' is not a number"),
        (("demo-hall", "finished"), "'finished' is not a state of milestone 'demo-hall'"),
        (("demo-people", "3", "--date", "2099-01-01"), "date 2099-01-01 is in the future"),
        (("demo-people", "3", "--date", "2020-01-01"), "is far outside the plan period"),
        (("demo-hall", "3", "--add"), "--add needs a cumulative target"),
        (("demo-people", "--", "-3"), "cannot be negative"),
    ],
)
def test_bad_values_write_nothing(recorded: Run, args: tuple[str, ...], message: str) -> None:
    before = LOG.read_bytes()
    date = () if "--date" in args else ("--date", "2025-06-30")
    result = recorded("record", *date, "--by", "x", *args)
    assert result.exit_code == 1 and message in result.stderr, result.stderr
    assert LOG.read_bytes() == before


def test_add_increments_latest_total(recorded: Run) -> None:
    result = recorded("record", "demo-people", "5", "--add", "--date", "2025-07-31", "--by", "x")
    assert result.exit_code == 0 and "demo-people: 45 people" in result.stdout


def test_correction_and_void_show_in_history(recorded: Run) -> None:
    recorded("record", "demo-people", "41", "--date", "2025-06-30", "--by", "x", "--note", "corrected")
    doc = json.loads(recorded("show", "demo-people", "--json", "--as-of", "2025-07-01").stdout)
    states = [(h["value"], h["state"]) for h in doc["history"]]
    assert states == [(30.0, "current"), (40.0, "superseded"), (41.0, "current")]
    first = doc["history"][0]["id"]
    voided = recorded("record", "--void", first, "--reason", "wrong month", "--by", "x")
    assert voided.exit_code == 0 and voided.stdout.startswith(f"voided {first}")
    doc = json.loads(recorded("show", "demo-people", "--json").stdout)
    assert doc["history"][0]["state"] == "voided"
    text = recorded("show", "demo-people", "--as-of", "2025-07-01").stdout
    assert "voided:" in text and "superseded" in text and "全年引进人才100名" in text
    assert "actual vs expected" in text
    again = recorded("record", "--void", first, "--reason", "again", "--by", "x")
    assert again.exit_code == 1 and "already voided" in again.stderr
    assert recorded("record", "--void", "ffffffffffff", "--reason", "x").exit_code == 1
    assert recorded("record", "--void", first).exit_code == 2
    assert recorded("record", "demo-people", "--void", first, "--reason", "x").exit_code == 2


def test_final_figure_supersedes_provisional(recorded: Run) -> None:
    recorded("record", "demo-growth", "8.1", "--date", "2025-06-30", "--by", "统计局")
    got = targets(status_json(recorded, "--as-of", "2025-06-30"))["demo-growth"]
    assert (got["current"], got["provisional"], got["status"]) == (8.1, False, "on-track")  # so far in the year


def test_judgement_shown_and_disagreement_flagged(recorded: Run) -> None:
    assert recorded("judge", "demo-premium", "green", "--date", "2025-06-30", "--by", "x").exit_code == 2
    result = recorded("judge", "demo-premium", "green", "--reason", "budget approved", "--date", "2025-06-30")
    assert result.exit_code == 0
    got = targets(status_json(recorded, "--as-of", "2025-06-30"))["demo-premium"]
    assert got["judged"]["rating"] == "green" and got["disagrees"] is True
    assert "judged green ≠" in recorded("status", "--as-of", "2025-06-30").stdout


def test_log_newest_first_and_filters(recorded: Run) -> None:
    doc = json.loads(recorded("log", "--json").stdout)
    assert len(doc["records"]) == 7
    stamps = [r["recorded"] for r in doc["records"]]
    assert stamps == sorted(stamps, reverse=True)
    only = json.loads(recorded("log", "--json", "--target", "demo-people", "--since", "2025-05-01").stdout)
    assert [r["value"] for r in only["records"]] == [40.0]
    assert json.loads(recorded("log", "--json", "--by", "nobody").stdout)["records"] == []
    assert "demo-hall" in recorded("log", "--plan", "demo-2025").stdout
    assert recorded("log", "--target", "nope").exit_code == 1


def test_overdue_lists_by_lead_unit(recorded: Run) -> None:
    doc = json.loads(recorded("overdue", "--json", "--as-of", "2025-09-15").stdout)
    assert doc["lead_units"] == [
        {
            "lead_unit": "示范办公室",
            "folder": None,
            "targets": [
                {
                    "plan": "demo-2025",
                    "target": "demo-people",
                    "cadence": "monthly",
                    "cadence_days": 31,
                    "last_report": "2025-06-30",
                }
            ],
        }
    ]
    assert "no report is overdue" in recorded("overdue", "--as-of", "2025-07-15").stdout
    assert "示范办公室" in recorded("overdue", "--as-of", "2025-09-15").stdout


def test_notes_are_shown_literally(run: Run, demo: Path) -> None:
    note = "[bold red]alarm[/] \x1b[2J\x1b[31mred"
    assert run("record", "demo-people", "3", "--date", "2025-06-30", "--by", "x", "--note", note).exit_code == 0
    out = run("show", "demo-people").stdout
    assert "[bold red]alarm[/]" in out and "\x1b" not in out


def test_validate_checks_record_logs(recorded: Run) -> None:
    assert recorded("validate").stdout == "ok: 2 files (7 records) valid\n"
    lines = LOG.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace('"demo-people"', '"demo-peopel"')
    lines[3] = lines[3].replace('"value": 40', '"value": "lots"')
    lines.append(lines[4])
    lines.append(
        '- {"id": "eeeeeeeeeeee", "type": "void", "void": "ffffffffffff", "reason": "x", '
        '"recorded": "2025-07-01T00:00:00Z", "by": "x"}'
    )
    lines.append('- {"id": "dddddddddddd", "type": "value"')
    LOG.write_text("\n".join(lines), encoding="utf-8")
    result = recorded("validate")
    assert result.exit_code == 1
    out = result.stdout.splitlines()
    assert out[0] == "plans/records/demo-2025.yaml:3:1: unknown target 'demo-peopel'; did you mean 'demo-people'?"
    assert out[1].startswith("plans/records/demo-2025.yaml:4:1: 'lots' is not a state") or "needs a number" in out[1]
    assert "10:1: record id" in out[2] and "already used on line 5" in out[2]
    assert out[3] == "plans/records/demo-2025.yaml:11:1: void of unknown record 'ffffffffffff'"
    assert out[4].startswith("plans/records/demo-2025.yaml:12:1: incomplete last line")
    assert recorded("status").exit_code == 1


def test_stray_record_log(run: Run, demo: Path) -> None:
    (demo / "records").mkdir()
    (demo / "records" / "nope.yaml").write_text("", encoding="utf-8")
    result = run("validate")
    assert result.exit_code == 1 and "record log of no plan" in result.stdout


def test_status_refuses_invalid_plans(run: Run, demo: Path) -> None:
    edit(demo / "demo.yaml", "unit: mu", "unit: acres")
    result = run("status")
    assert result.exit_code == 1 and "unknown unit 'acres'" in result.stderr


def test_no_status_appends_without_reading_the_log(run: Run, demo: Path) -> None:
    result = run("record", "demo-people", "7", "--date", "2025-06-30", "--by", "x", "--no-status")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1
    assert json.loads(run("log", "--json").stdout)["records"][0]["value"] == 7.0


def test_add_counts_hand_written_records(run: Run, demo: Path) -> None:
    assert run("record", "demo-projects", "10", "--date", "2025-06-30", "--by", "x").exit_code == 0
    with LOG.open("a", encoding="utf-8") as log:
        log.write(
            "- {type: value, id: dddddddddddd, recorded: 2025-07-02T00:00:00+00:00, by: me, target: demo-projects, "
            "as_of: 2025-07-10, value: 15}\n"
        )
    assert run("record", "demo-projects", "1", "--add", "--date", "2025-07-10", "--by", "x").exit_code == 0
    assert status_of(run, "demo-projects", "2025-07-10")["current"] == 16.0


def test_back_dated_add_is_refused(run: Run, demo: Path) -> None:
    run("record", "demo-projects", "10", "--date", "2025-07-01", "--by", "x")
    result = run("record", "demo-projects", "5", "--add", "--date", "2025-06-15", "--by", "x")
    assert result.exit_code == 1 and "would not reach the later values" in result.stderr


def test_negative_range_values_are_refused_and_zero_minimum_does_not_crash(run: Run, demo: Path) -> None:
    result = run("record", "demo-park-size", "--", "-5")
    assert result.exit_code == 1 and "cannot be negative" in result.stderr
    edit(demo / "demo.yaml", "min: 500", "min: 0")
    assert run("record", "demo-park-size", "900", "--date", "2025-06-30", "--by", "x").exit_code == 0
    assert status_of(run, "demo-park-size", "2025-06-30")["status"] == "at-risk"


def test_record_refuses_when_a_target_id_is_in_two_plans(run: Run, demo: Path) -> None:
    other = (demo / "demo.yaml").read_text(encoding="utf-8").replace("id: demo-2025", "id: demo-other")
    (demo / "other.yaml").write_text(other, encoding="utf-8")
    result = run("record", "demo-people", "5", "--date", "2025-06-30", "--by", "x")
    assert result.exit_code == 1 and "already used" in result.stderr
    assert not LOG.exists()


def test_dates_must_be_written_in_full(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "5", "--date", "20250630").exit_code == 2


def test_record_run_writes_for_the_context_day_and_says_where(demo: Path) -> None:
    ctx = Context(plans=demo, today=dt.date(2025, 6, 30))
    out = record_run(ctx, "demo-projects", "12", RecordOptions(by="甲", with_status=False))
    log = (demo / "records" / "demo-2025.yaml").read_text(encoding="utf-8")
    assert out.code == 0 and "demo-2025.yaml" in out.text and '"as_of": "2025-06-30"' in log
    with pytest.raises(TargetctlError, match="in the future"):
        record_run(ctx, "demo-projects", "13", RecordOptions(day=dt.date(2025, 7, 1), by="甲"))
