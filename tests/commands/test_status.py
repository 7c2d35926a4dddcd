"""The status and show views a person reads: attention first, one line per title, ids and
numbers never broken at 80 columns, clean numbers, sorting and text search."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len

from targetctl.commands import Context
from targetctl.commands.status import StatusOptions
from targetctl.commands.status import run as status_run
from targetctl.render.status import bar, percent_text
from tests.conftest import Run, edit, status_of


def test_a_bar_is_full_only_at_100_percent() -> None:
    assert bar(0.996) == "█████████░ 99%"
    assert bar(1.0) == "██████████ 100%"
    assert bar(1.4, cells=5) == "█████ 140%"
    assert bar(0.0) == "░░░░░░░░░░ 0%" and bar(None) == "—"
    assert percent_text(0.9999) == "99%" and percent_text(0.004) == "0%"


@pytest.fixture
def day_run(run: Run, demo: Path) -> Callable[..., str]:
    for args in [
        ("demo-people", "10", "--date", "2025-06-30"),  # behind 40 expected
        ("demo-projects", "25", "--date", "2025-06-30"),  # achieved
        ("demo-growth", "7.9", "--date", "2025-06-30"),  # nearly there
        ("demo-premium", "30", "--date", "2025-06-30"),  # well past its goal
    ]:
        assert run("record", *args, "--by", "x").exit_code == 0

    def status(*args: str) -> str:
        result = run("status", "--as-of", "2025-06-30", "--no-cache", *args)
        assert result.exit_code == 0, result.stderr
        return str(result.stdout)

    return status


def test_attention_first_and_no_data_folded(day_run: Callable[..., str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    out = day_run()
    order = [m.group(0) for m in re.finditer(r"demo-(people|projects|growth|premium|hall|park-size)\b", out)]
    assert order.index("demo-growth") < order.index("demo-projects")  # at risk before achieved
    assert "demo-hall" not in order and "+1 with no data (--all)" in out
    everything = day_run("--all")
    assert "demo-hall" in everything and "with no data" not in everything


def test_sort_and_grep(day_run: Callable[..., str]) -> None:
    by_progress = day_run("--sort", "progress")
    places = [by_progress.index(i) for i in ("demo-growth", "demo-projects", "demo-premium")]
    assert places == sorted(places)
    only = day_run("--grep", "PROJECTS")  # ids, titles and quotes, ignoring case
    assert "demo-projects" in only and "demo-people" not in only
    assert "demo-growth" in day_run("--grep", "产值增长")


def test_eighty_columns_never_break_an_id_or_a_number(
    day_run: Callable[..., str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    for lang in ("en", "zh"):
        out = day_run("--all", "--lang", lang)
        lines = out.splitlines()
        assert max(cell_len(line) for line in lines) <= 80
        for ident in ("demo-people", "demo-projects", "demo-growth", "demo-premium", "demo-hall", "demo-park-size"):
            assert any(line.strip().startswith(ident) for line in lines), ident
        assert not any(re.search(r"\d-$|^\s*\d", line.rstrip()) and "%" not in line for line in lines if "│" in line)


def test_titles_take_one_line_unless_wide(day_run: Callable[..., str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    assert "…" in day_run("--all")
    assert "…" not in day_run("--all", "--wide").split("As of")[0].replace("...", "")


def test_expected_values_are_rounded_to_the_goals_precision(
    day_run: Callable[..., str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    out = day_run("--as-of", "2025-08-15")
    assert not re.search(r"exp\. \d+\.\d", out), out


def test_lang_before_the_command(run: Run, demo: Path) -> None:
    result = run("--lang", "zh", "list")
    assert result.exit_code == 0 and "示范计划" in result.stdout and "完成" in result.stdout
    assert "目标任务" in run("--lang", "zh", "status", "--no-cache").stdout


def test_show_fits_80_columns(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    for day, value in (("2025-03-31", "2400"), ("2025-06-30", "1800")):
        assert (
            run(
                "record",
                "demo-park-size",
                value,
                "--date",
                day,
                "--by",
                "测试员",
                "--note",
                "季度统计口径",
                "--confirm",
            ).exit_code
            == 0
        )
    out = run("show", "demo-park-size", "--as-of", "2025-07-01").stdout
    lines = out.splitlines()
    assert max(cell_len(line) for line in lines) <= 80
    assert sum("2025-03-31" in line for line in lines) == 1 and "superseded" not in out
    assert any("band" in line and "▒" in line for line in lines)  # a range is drawn against its band


def test_long_output_is_paged_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:

    from targetctl.cli import terminal

    long_text = "x\n" * 500
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    assert not terminal.pages(long_text)  # piped: never
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.delenv("TARGETCTL_PAGER", raising=False)
    assert terminal.pages(long_text)
    assert not terminal.pages("short\n")
    assert not terminal.pages(long_text, allowed=False)  # --no-pager
    monkeypatch.setenv("TARGETCTL_PAGER", "0")
    assert not terminal.pages(long_text)


def test_pager_receives_the_text(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from targetctl.cli import terminal

    seen: list[str] = []
    monkeypatch.setattr(terminal, "pages", lambda text, allowed=True: allowed)
    monkeypatch.setattr(terminal, "page", seen.append)
    assert run("list").exit_code == 0 and "demo-people" in seen[0]
    assert run("--no-pager", "list").stdout.count("demo-people") == 1 and len(seen) == 1


def test_english_number_agreement() -> None:
    from targetctl.render.i18n import plural

    assert plural("1 targets: 1 achieved") == "1 target: 1 achieved"
    assert plural("11 targets, 1 programmes") == "11 targets, 1 programme"
    assert plural("1 overdue report(s) in 2 lead unit(s)") == "1 overdue report in 2 lead units"
    assert plural("2.1 targets") == "2.1 targets"


def test_nothing_to_summarise_is_said_plainly(run: Run, demo: Path) -> None:
    out = run("status", "--grep", "no such words anywhere", "--no-cache").stdout
    assert "no targets match" in out and "0 targets" not in out


def test_chinese_words_for_states_and_ratings(run: Run, demo: Path) -> None:
    assert run("record", "demo-hall", "进行中", "--date", "2025-03-01").exit_code == 0
    assert run("record", "demo-hall", "完成", "--date", "2025-04-01").exit_code == 0
    assert run("judge", "demo-hall", "绿", "--reason", "按期完成", "--date", "2025-04-01").exit_code == 0
    data = run("status", "--json", "--as-of", "2025-04-02").stdout
    hall = next(t for t in json.loads(data)["plans"][0]["targets"] if t["id"] == "demo-hall")
    assert (hall["current"], hall["judged"]["rating"]) == ("done", "green")


def test_period_view_by_quarter_and_month(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    for day, value in (("2025-03-31", "20"), ("2025-06-30", "35"), ("2025-09-30", "70")):
        assert run("record", "demo-people", value, "--date", day).exit_code == 0
    out = run("status", "--period", "quarter", "--as-of", "2025-11-15", "--no-cache").stdout
    header = next(line for line in out.splitlines() if "Q1" in line)
    assert header.split()[1:] == ["2025", "Q1", "2025", "Q2", "2025", "Q3", "2025", "Q4*"]  # * : not yet ended
    people = next(line for line in out.splitlines() if line.strip().startswith("demo-people"))
    assert people.split()[1:] == ["20/20", "35/40", "70/70", "70/85"]  # the path: 40 by 06-30, then to 100
    assert "demo-hall" not in out  # milestones have no numbers to put in a column
    months = run("status", "--period", "month", "--as-of", "2025-11-15", "--no-cache").stdout
    assert "the last" in months and max(cell_len(line) for line in months.splitlines()) <= 80
    assert run("status", "--period", "month", "--json").exit_code == 2


def test_since_lists_status_moves_and_records(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "10", "--date", "2025-03-31").exit_code == 0
    assert run("record", "demo-people", "45", "--date", "2025-06-30", "--by", "李四").exit_code == 0
    out = run("status", "--since", "2025-04-01", "--as-of", "2025-07-01", "--no-cache").stdout
    assert "Changes from 2025-04-01 to 2025-07-01" in out
    moved = next(line for line in out.splitlines() if line.strip().startswith("demo-people"))
    assert moved.split()[1:] == ["behind", "on-track"]
    assert "45 people" in out and "李四" in out and "10 people" not in out
    assert run("status", "--since", "2025-08-01", "--as-of", "2025-07-01").exit_code == 2


def test_a_cut_title_never_ends_in_a_digit() -> None:
    from rich.text import Text

    from targetctl.render.common import cut

    assert cut(Text("引进人才100名"), 20).plain == "引进人才100名"
    assert cut(Text("引进人才100名优秀干部"), 14).plain == "引进人才100名…"
    assert cut(Text("引进人才100名优秀干部"), 12).plain == "引进人才…"  # not '引进人才100…' or '引进人才1…'
    assert cut(Text("Recruit 100 people from top universities"), 12).plain == "Recruit …"
    assert cut(Text("Open the lecture hall"), 10).plain == "Open the …"


def test_void_last_retracts_your_own_latest_record(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "10", "--date", "2025-03-31", "--by", "张三").exit_code == 0
    assert run("record", "demo-people", "20", "--date", "2025-04-30", "--by", "张三").exit_code == 0
    assert run("record", "demo-people", "25", "--date", "2025-05-31", "--by", "李四").exit_code == 0
    done = run("record", "--void", "last", "--reason", "录错了", "--by", "张三")
    assert done.exit_code == 0 and done.stdout.startswith("voided ")
    log = json.loads(run("log", "--json").stdout)["records"]
    voided = next(r for r in log if r["type"] == "void")["void"]
    assert next(r for r in log if r["id"] == voided)["value"] == 20  # 张三's latest, not 李四's
    again = run("record", "--void", "last", "--reason", "再撤一条", "--by", "张三")
    assert again.exit_code == 0  # the next latest that still stands: 10
    nobody = run("record", "--void", "last", "--reason", "x", "--by", "王五")
    assert nobody.exit_code == 1 and "no record by '王五' to void" in nobody.stderr


@pytest.mark.parametrize("columns", ["40", "60", "80", "120"])
def test_narrow_terminals_get_a_list_that_cuts_nothing(
    day_run: Callable[..., str], monkeypatch: pytest.MonkeyPatch, columns: str
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    out = day_run("--all")
    words = set(out.split())
    for ident in ("demo-people", "demo-projects", "demo-growth", "demo-premium", "demo-hall", "demo-park-size"):
        assert ident in words, (columns, ident)
    assert "2025-06-30" in words and ("behind" in words or "at-risk" in words)
    assert max(cell_len(line) for line in out.splitlines()) <= int(columns)


def test_statuses_may_be_typed_in_chinese(day_run: Callable[..., str]) -> None:
    only = day_run("--status", "已完成", "--all")
    assert "demo-projects" in only and "demo-people" not in only
    assert "demo-people" in day_run("--status", "进度滞后", "--all")


def test_a_voided_judgement_no_longer_counts(run: Run, demo: Path) -> None:
    run("record", "demo-people", "10", "--date", "2025-06-30", "--by", "x")
    run("judge", "demo-people", "green", "--reason", "ok", "--date", "2025-06-30", "--by", "x")
    judgement = json.loads(run("log", "--json").stdout)["records"][0]["id"]
    assert status_of(run, "demo-people", "2025-06-30")["disagrees"] is True
    assert run("record", "--void", judgement, "--reason", "mistake", "--by", "x").exit_code == 0
    got = status_of(run, "demo-people", "2025-06-30")
    assert got["judged"] is None and got["disagrees"] is False


def test_a_floor_below_the_start(run: Run, demo: Path) -> None:
    edit(demo / "demo.yaml", "percent: 8\n", "percent: -5\n")
    assert run("record", "--date", "2025-06-30", "--by", "x", "demo-growth", "--", "-20").exit_code == 0
    low = status_of(run, "demo-growth", "2025-06-30")
    assert (low["status"], low["progress"]) == ("behind", 0.0)
    assert run("record", "--date", "2025-07-31", "--by", "x", "demo-growth", "--", "-2").exit_code == 0
    assert status_of(run, "demo-growth", "2025-07-31")["status"] == "on-track"  # a rate for the year, so far
    assert run("record", "--date", "2025-12-31", "--by", "x", "demo-growth", "--", "-2").exit_code == 0
    assert status_of(run, "demo-growth", "2026-01-02")["status"] == "achieved"


def test_json_lead_unit_inherits_the_plans(run: Run, demo: Path) -> None:
    assert status_of(run, "demo-people", "2025-06-30")["lead_unit"] == "示范办公室"


def test_status_run_reports_as_of_the_day_in_its_options(demo: Path) -> None:
    out = status_run(Context(plans=demo, today=dt.date(2030, 1, 1)), StatusOptions(dt.date(2025, 6, 30), fmt="json"))
    doc = json.loads(out.text)
    assert out.code == 0 and doc["as_of"] == "2025-06-30"
    assert "demo-people" in json.dumps(doc["plans"])
