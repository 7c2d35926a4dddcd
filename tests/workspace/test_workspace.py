"""The one loader and the library API (`targetctl.open`), tested directly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import targetctl
from targetctl.domain.problems import TargetctlError, UsageError
from targetctl.domain.summary import Filters
from targetctl.workspace import Workspace, load
from tests.conftest import Run, edit

DAY = dt.date(2025, 6, 30)


def test_open_is_the_loader_and_iterates_progress(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "40", "--date", "2025-06-01", "--by", "x").exit_code == 0
    ws = targetctl.open(demo, as_of=DAY)
    assert isinstance(ws, targetctl.Workspace) and ws.ledger.day == DAY and not ws.ledger.full
    progress = {p.target.id: p for p in ws.status()}
    assert progress["demo-people"].current == 40 and progress["demo-people"].last_update == dt.date(2025, 6, 1)
    assert set(progress) == {t.id for lp in ws.plans for t in lp.plan.targets}


def test_status_for_another_day_reads_for_that_day(run: Run, demo: Path) -> None:
    for day, value in (("2025-03-31", "10"), ("2025-06-01", "40")):
        assert run("record", "demo-people", value, "--date", day, "--by", "x").exit_code == 0
    ws = load(demo, as_of=DAY)
    early = {p.target.id: p.current for p in ws.status(dt.date(2025, 4, 30))}
    assert early["demo-people"] == 10
    opened_without_a_day = load(demo)
    assert {p.target.id: p.current for p in opened_without_a_day.status(DAY)}["demo-people"] == 40


def test_history_holds_every_record_and_detail_marks_them(run: Run, demo: Path) -> None:
    for value in ("10", "12"):
        assert run("record", "demo-people", value, "--date", "2025-03-31", "--by", "x").exit_code == 0
    ws = load(demo, history=True)
    assert ws.ledger.full and len(ws.ledger.history("demo-people").values) == 2
    detail = ws.detail("demo-people", DAY)
    assert [line.state for line in detail.history] == ["superseded", "current"]
    assert load(demo, as_of=DAY).detail("demo-people", DAY).progress.current == 12


def test_one_target_reads_only_its_plan(demo: Path) -> None:
    (demo / "broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(TargetctlError):
        load(demo)
    ws = load(demo, target="demo-people", history=True)
    assert [lp.plan.id for lp in ws.plans] == ["demo-2025"] and ws.files == 1


def test_not_strict_collects_every_problem(demo: Path) -> None:
    edit(demo / "demo.yaml", "id: demo-people", "id: demo-people\n    frobnicate: 1")
    (demo / "records").mkdir(exist_ok=True)
    (demo / "records" / "nobody.yaml").write_text("", encoding="utf-8")
    ws = load(demo, strict=False)
    assert any("frobnicate" in p.message for p in ws.problems)
    with pytest.raises(TargetctlError) as raised:
        load(demo)
    assert any("frobnicate" in p.message for p in raised.value.problems)


def test_plans_only_and_unknown_names(demo: Path) -> None:
    ws = load(demo, records=False)
    assert ws.ledger.records == 0 and ws.plans
    with pytest.raises(TargetctlError, match="did you mean 'demo-people'"):
        ws.target("demo-peple")
    with pytest.raises(TargetctlError, match="unknown plan"):
        ws.status(DAY, Filters(plan="nope"))
    with pytest.raises(UsageError):
        load(demo / "missing")


def test_default_folder_comes_from_the_environment(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TARGETCTL_PLANS", str(demo))
    assert load(records=False).root == demo
    monkeypatch.delenv("TARGETCTL_PLANS")
    monkeypatch.chdir(demo.parent)
    assert load(records=False).root == Path("plans")


def test_the_root_package_exports_only_the_api() -> None:
    assert targetctl.open is load and targetctl.Workspace is Workspace
    with pytest.raises(AttributeError):
        targetctl.nothing  # noqa: B018


def test_the_readme_example_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Using it as a library") :]
    code = section[section.index("```python\n") + 10 : section.index("```", section.index("```python\n") + 10)]
    monkeypatch.chdir(REPO)
    exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("mfg-") and printed[-1] in {"achieved", "on-track", "missed", "no-data", "behind"}


def test_a_workspace_read_for_one_target_answers_for_the_others_too(run: Run, demo: Path) -> None:
    assert run("record", "demo-projects", "5", "--date", "2025-06-01", "--by", "x").exit_code == 0
    one = load(demo, target="demo-people", as_of=DAY, history=True)
    assert {p.target.id: p.current for p in one.status(DAY)}["demo-projects"] == 5
    assert one.detail("demo-projects", DAY).progress.current == 5


def test_days_may_be_text_and_not_strict_is_kept(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "40", "--date", "2025-06-01", "--by", "x").exit_code == 0
    with (demo / "records" / "demo-2025.yaml").open("a", encoding="utf-8") as log:
        log.write("- {not json}\n")
    ws = load(demo, as_of="2025-06-30", strict=False)
    assert ws.ledger.problems and {p.target.id: p.current for p in ws.status("2025-06-30")}["demo-people"] == 40
    assert {p.target.id: p.current for p in ws.status("2025-05-31")}["demo-people"] is None
    assert ws.detail("demo-people", "2025-06-30").progress.current == 40
    with pytest.raises(UsageError, match="not a date"):
        load(demo, as_of="30/06/2025", strict=False)
    edit(demo / "demo.yaml", "id: demo-people", "id: demo-people\n    frobnicate: 1")
    assert load(demo, target="demo-projects", strict=False).problems


def test_show_refuses_when_another_plan_is_broken(run: Run, demo: Path) -> None:
    (demo / "other.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    shown = run("show", "demo-people")
    assert shown.exit_code == 1 and "other.yaml" in shown.stderr


def test_json_and_another_format_together_are_a_usage_error(run: Run, demo: Path) -> None:
    for args in (["status", "--json", "--format", "text"], ["validate", "--json", "--format", "github"]):
        result = run(*args)
        assert result.exit_code == 2 and "--json" in result.stderr, args
    assert run("export", "--json", "--format", "xlsx", "-o", "x.xlsx").exit_code == 2
    same = run("status", "--json", "--format", "json", "--as-of", "2025-06-30")
    assert same.exit_code == 0 and '"format": "targetctl.status/1"' in same.stdout
