"""Several plans folders as one workspace through the CLI: `--plans A --plans B` (and
TARGETCTL_PLANS joined by os.pathsep) for every reading command; writes go to the folder of
the target's plan; an id used in two folders is a located error naming both files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.cli.test_fast import complete
from tests.conftest import Run
from tests.districts import district
from tests.io.test_cache import outputs, plant

BOTH = ("--plans", "east", "--plans", "west")


@pytest.fixture
def city(run: Run, tmp_path: Path) -> Run:
    """Two districts' plans folders side by side, each with a value recorded through the pair."""
    district(tmp_path, "east")
    district(tmp_path, "west")
    for target, value in (("east-projects", "8"), ("west-projects", "12")):
        result = run(*BOTH, "record", target, value, "--date", "2025-06-30", "--by", "测试员", "--no-status")
        assert result.exit_code == 0, result.stderr
    return run


def test_record_writes_to_the_folder_of_the_targets_plan(city: Run, tmp_path: Path) -> None:
    east, west = tmp_path / "east" / "records", tmp_path / "west" / "records"
    assert sorted(p.name for p in east.glob("*.yaml")) == ["east.yaml"]
    assert sorted(p.name for p in west.glob("*.yaml")) == ["west.yaml"]
    assert '"target": "west-projects"' in (west / "west.yaml").read_text(encoding="utf-8")
    assert "west-projects" not in (east / "east.yaml").read_text(encoding="utf-8")
    result = city(*BOTH, "record", "west-projects", "13", "--date", "2025-07-31", "--by", "测试员")
    assert result.exit_code == 0, result.stderr
    assert "in west/records/west.yaml" in result.stdout


def test_judge_and_void_write_to_the_folder_of_the_plan(city: Run, tmp_path: Path) -> None:
    judged = city(*BOTH, "judge", "west-projects", "amber", "--reason", "slow", "--by", "测试员")
    assert judged.exit_code == 0, judged.stderr
    west_log = tmp_path / "west" / "records" / "west.yaml"
    east_log = tmp_path / "east" / "records" / "east.yaml"
    east_before = east_log.read_bytes()
    assert '"rating": "amber"' in west_log.read_text(encoding="utf-8")
    rows = json.loads(city(*BOTH, "log", "--json", "--target", "west-projects").stdout)["records"]
    value_id = next(r["id"] for r in rows if r["type"] == "value")
    voided = city(*BOTH, "record", "--void", value_id, "--reason", "typo", "--yes", "--by", "测试员")
    assert voided.exit_code == 0, voided.stderr
    assert f'"void": "{value_id}"' in west_log.read_text(encoding="utf-8")
    assert east_log.read_bytes() == east_before


def _targets(doc: dict[str, object]) -> set[str]:
    plans = doc["plans"]
    assert isinstance(plans, list)
    return {t["id"] for p in plans for t in p["targets"]}


def test_status_reads_both_folders(city: Run) -> None:
    result = city(*BOTH, "status", "--json", "--as-of", "2025-07-01", "--no-cache")
    assert result.exit_code == 0, result.stderr
    assert _targets(json.loads(result.stdout)) == {"east-projects", "west-projects"}
    text = city(*BOTH, "status", "--as-of", "2025-07-01").stdout
    assert "east plan" in text and "west plan" in text


def test_status_cached_answer_follows_either_folder(city: Run, tmp_path: Path) -> None:
    first = city(*BOTH, "status", "--as-of", "2025-07-01").stdout
    assert city(*BOTH, "status", "--as-of", "2025-07-01").stdout == first
    result = city(*BOTH, "record", "east-projects", "20", "--date", "2025-06-30", "--by", "测试员", "--no-status")
    assert result.exit_code == 0, result.stderr
    after = city(*BOTH, "status", "--as-of", "2025-07-01").stdout
    assert after != first and "achieved" in after
    assert after == city(*BOTH, "status", "--as-of", "2025-07-01", "--no-cache").stdout


def test_show_finds_a_target_in_either_folder(city: Run) -> None:
    for target, value in (("east-projects", 8), ("west-projects", 12)):
        result = city(*BOTH, "show", target, "--json", "--as-of", "2025-07-01")
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["current"] == value


def test_overdue_lists_both_folders(city: Run) -> None:
    result = city(*BOTH, "overdue", "--json", "--as-of", "2025-12-01")
    assert result.exit_code == 0, result.stderr
    assert "east办公室" in result.stdout and "west办公室" in result.stdout


def test_overdue_keeps_two_districts_units_of_one_name_apart(run: Run, tmp_path: Path) -> None:
    # each district has its own 发改局: one name, two bodies, each chased for its own reports
    for name in ("east", "west"):
        plan = district(tmp_path, name) / f"{name}.yaml"
        plan.write_text(plan.read_text(encoding="utf-8").replace(f"{name}办公室", "区发改局"), encoding="utf-8")
    text = run(*BOTH, "overdue", "--as-of", "2025-12-01")
    assert text.exit_code == 0, text.stderr
    assert text.stdout.splitlines()[-1] == "As of 2025-12-01: 2 overdue reports in 2 lead units."
    assert "区发改局  east" in text.stdout and "区发改局  west" in text.stdout
    doc = json.loads(run(*BOTH, "overdue", "--json", "--as-of", "2025-12-01").stdout)
    assert [(u["lead_unit"], u["folder"]) for u in doc["lead_units"]] == [("区发改局", "east"), ("区发改局", "west")]
    one = json.loads(run("--plans", "east", "overdue", "--json", "--as-of", "2025-12-01").stdout)
    assert [(u["lead_unit"], u["folder"]) for u in one["lead_units"]] == [("区发改局", None)]


def test_overdue_names_a_folder_by_its_one_name_as_the_warehouse_does(run: Run, tmp_path: Path) -> None:
    from targetctl.io.paths import folder_name

    for name in ("east", "west"):
        district(tmp_path, name)
    (tmp_path / "via").symlink_to(tmp_path / "east")  # the same district, named through a link
    doc = json.loads(run("--plans", "via", "--plans", "./west/", "overdue", "--json", "--as-of", "2025-12-01").stdout)
    assert sorted(u["folder"] for u in doc["lead_units"]) == ["east", "west"]
    assert folder_name(tmp_path / "via") == "east"


def test_report_covers_both_folders(city: Run) -> None:
    result = city(*BOTH, "report", "--format", "md", "--as-of", "2025-07-01")
    assert result.exit_code == 0, result.stderr
    assert "east plan" in result.stdout and "west plan" in result.stdout


def test_export_covers_both_folders(city: Run) -> None:
    result = city(*BOTH, "export", "--format", "json", "--as-of", "2025-07-01")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert _targets(doc) == {"east-projects", "west-projects"}
    assert {r["id"] for r in doc["records"]} == {"east-projects", "west-projects"}


def test_list_log_trace_and_validate_cover_both_folders(city: Run) -> None:
    listed = city(*BOTH, "list")
    assert "east-projects" in listed.stdout and "west-projects" in listed.stdout
    logged = json.loads(city(*BOTH, "log", "--json").stdout)["records"]
    assert {r["target"] for r in logged} == {"east-projects", "west-projects"}
    traced = city(*BOTH, "trace")
    assert "east: source clauses" in traced.stdout and "west: source clauses" in traced.stdout
    validated = city(*BOTH, "validate")
    assert validated.exit_code == 0, validated.stdout
    assert validated.stdout == "ok: 4 files (2 records) valid\n"


def test_plans_variable_joined_by_the_path_separator(city: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TARGETCTL_PLANS", os.pathsep.join(["east", "west"]))
    result = city("status", "--json", "--as-of", "2025-07-01", "--no-cache")
    assert result.exit_code == 0, result.stderr
    assert _targets(json.loads(result.stdout)) == {"east-projects", "west-projects"}
    assert "west-projects" in city("list").stdout
    recorded = city("record", "west-projects", "14", "--date", "2025-08-31", "--by", "测试员", "--no-status")
    assert "in west/records/west.yaml" in recorded.stdout


@pytest.mark.parametrize("how", ["option", "variable", "argument"])
def test_a_pattern_names_every_folder_it_matches(city: Run, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    # a province's folders, too many for a Windows command line or variable, are named by one pattern
    pattern = "[ew]*[st]"
    given = ("--plans", pattern) if how == "option" else ()
    if how == "variable":
        monkeypatch.setenv("TARGETCTL_PLANS", pattern)
    if how != "argument":
        result = city(*given, "status", "--json", "--as-of", "2025-07-01", "--no-cache")
        assert result.exit_code == 0, result.stderr
        assert _targets(json.loads(result.stdout)) == {"east-projects", "west-projects"}
        recorded = city(
            *given, "record", "west-projects", "14", "--date", "2025-08-31", "--by", "测试员", "--no-status"
        )
        assert "in west/records/west.yaml" in recorded.stdout
    validated = city(*given, "validate", *([pattern] if how == "argument" else []))
    assert validated.stdout == f"ok: 4 files ({3 if how != 'argument' else 2} records) valid\n", validated.stderr


def test_an_empty_part_of_the_variable_is_no_folder(city: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "east.yaml").write_bytes((tmp_path / "east" / "east.yaml").read_bytes())  # not a plans folder
    monkeypatch.setenv("TARGETCTL_PLANS", os.pathsep.join(["east", "", "west", ""]))
    for args in (("list",), ("status", "--no-cache")):
        result = city(*args)
        assert result.exit_code == 0, result.stderr
        assert "west plan" in result.stdout


def _fast(cwd: Path, *args: str, plans: str | None = None) -> subprocess.CompletedProcess[str]:
    """targetctl through its start-up path (`cli/fast.py`), as the console script runs it."""
    env = {**os.environ, "TARGETCTL_CACHE_DIR": str(cwd / "cache"), "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("TARGETCTL_PLANS", None)
    if plans is not None:
        env["TARGETCTL_PLANS"] = plans
    code = "from targetctl.cli.fast import main; main()"
    return subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=cwd, capture_output=True, text=True)


@pytest.mark.parametrize("given", ["options", "variable"])
def test_the_start_up_path_answers_from_the_cache_of_both_folders(city: Run, tmp_path: Path, given: str) -> None:
    plans = os.pathsep.join(["east", "", "west"]) if given == "variable" else None
    args = (*(BOTH if given == "options" else ()), "status", "--as-of", "2025-07-01")
    first = _fast(tmp_path, *args, plans=plans)
    assert first.returncode == 0 and "west plan" in first.stdout and len(outputs(tmp_path / "cache")) == 1
    plant(outputs(tmp_path / "cache")[0], "cached\n")
    assert _fast(tmp_path, *args, plans=plans).stdout == "cached\n"
    source = tmp_path / "west" / "sources" / "west.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # a change in the second folder
    assert _fast(tmp_path, *args, plans=plans).stdout == first.stdout


def test_completion_offers_the_ids_of_both_folders(city: Run, tmp_path: Path) -> None:
    assert complete("targetctl --plans east --plans west show ", 6, cwd=tmp_path) == ["east-projects", "west-projects"]


def test_the_same_folder_twice_is_read_once(city: Run) -> None:
    result = city("--plans", "east", "--plans", "./east", "list")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("east-projects") == 1


def test_an_id_in_two_folders_is_a_located_error_naming_both_files(city: Run, tmp_path: Path) -> None:
    district(tmp_path, "north", plan="east", target="north-projects")  # plan id 'east' again
    district(tmp_path, "south", target="west-projects")  # target id 'west-projects' again
    args = ("--plans", "east", "--plans", "west", "--plans", "north", "--plans", "south")
    expected = (
        "error: north/east.yaml:1:5: id 'east' is already used at east/east.yaml:1; ids must be unique\n"
        "error: north/east.yaml:10:9: id 'east-area' is already used at east/east.yaml:10; ids must be unique\n"
        "error: south/south.yaml:13:9: id 'west-projects' is already used at west/west.yaml:13; ids must be unique\n"
    )
    for command in (("status", "--no-cache"), ("list",), ("show", "east-projects")):
        result = city(*args, *command)
        assert (result.exit_code, result.stderr) == (1, expected), command
    validated = city(*args, "validate")
    assert validated.exit_code == 1
    assert validated.stdout.splitlines()[:3] == [line.removeprefix("error: ") for line in expected.splitlines()]


def test_a_write_is_refused_where_an_id_is_in_two_folders(city: Run, tmp_path: Path) -> None:
    district(tmp_path, "south", target="west-projects")
    log = tmp_path / "west" / "records" / "west.yaml"
    before = log.read_bytes()
    result = city(*BOTH, "--plans", "south", "record", "west-projects", "1", "--date", "2025-08-31", "--by", "x")
    assert result.exit_code == 1
    assert "south/south.yaml:13:9: id 'west-projects' is already used at west/west.yaml:13" in result.stderr
    assert log.read_bytes() == before
    assert not (tmp_path / "south" / "records").exists()


def test_import_writes_to_the_folder_of_the_rows_plans(city: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "west.csv"
    sheet.write_text("目标编号,数值,截至日期\nwest-projects,15,2025-09-30\n", encoding="utf-8")
    east_log = tmp_path / "east" / "records" / "east.yaml"
    east_before = east_log.read_bytes()
    result = city(*BOTH, "import", str(sheet), "--by", "测试员")
    assert result.exit_code == 0, result.stderr
    assert '"value": 15' in (tmp_path / "west" / "records" / "west.yaml").read_text(encoding="utf-8")
    assert east_log.read_bytes() == east_before


def _both_sheet(tmp_path: Path) -> Path:
    sheet = tmp_path / "both.csv"
    sheet.write_text("目标编号,数值,截至日期\neast-projects,9,2025-09-30\nwest-projects,15,2025-09-30\n", "utf-8")
    return sheet


def test_import_spanning_two_folders_writes_each_row_beside_its_plan(city: Run, tmp_path: Path) -> None:
    result = city(*BOTH, "import", str(_both_sheet(tmp_path)), "--by", "测试员")
    assert result.exit_code == 0, result.stderr
    for name, value in (("east", 9), ("west", 15)):
        folder = tmp_path / name / "records"
        assert f'"value": {value}' in (folder / f"{name}.yaml").read_text(encoding="utf-8")
        assert not [p.name for p in folder.iterdir() if p.name.startswith(".import-") and p.suffix != ".lock"]
    assert (
        (tmp_path / "east" / "records" / ".gitignore")
        .read_text(encoding="utf-8")
        .endswith(".import-intent.json\n.*.tmp\n.import-commit-*\n")
    )
    assert not (tmp_path / "west" / "records" / ".gitignore").read_text(encoding="utf-8").count("commit")


KILLED = """
import os, sys
from pathlib import Path
from targetctl.io import files
real_append, real_unlink, calls = files.Appender.append, Path.unlink, []
def append(self, *args):
    calls.append(1)
    if sys.argv[1] == "between" and len(calls) == 2:
        os._exit(9)  # killed between the two folders' appends, as kill -9 would
    real_append(self, *args)
def unlink(self, *args, **kwargs):
    if sys.argv[1] == "committed" and self.name == ".import-intent.json":
        os._exit(9)  # killed once the import took place, its intents still there
    real_unlink(self, *args, **kwargs)
files.Appender.append, Path.unlink = append, unlink
from targetctl.cli.main import app
app(sys.argv[2:])
"""


@pytest.mark.parametrize("when", ["between", "committed"])
def test_an_import_across_folders_killed_midway_is_all_or_nothing(city: Run, tmp_path: Path, when: str) -> None:
    import subprocess
    import sys

    logs = [tmp_path / d / "records" / f"{d}.yaml" for d in ("east", "west")]
    before = [log.read_bytes() for log in logs]
    script = tmp_path / "killed.py"
    script.write_text(KILLED, encoding="utf-8")
    env = {**os.environ, "TARGETCTL_CACHE_DIR": str(tmp_path / "cache")}
    args = [sys.executable, str(script), when, *BOTH, "import", str(_both_sheet(tmp_path)), "--by", "x"]
    assert subprocess.run(args, cwd=tmp_path, env=env, check=False).returncode == 9
    assert (tmp_path / "west" / "records" / ".import-intent.json").exists()
    # each folder read alone comes to the same answer as the two read together
    west = json.loads(city("--plans", "west", "log", "--json").stdout)["records"]
    east = json.loads(city("--plans", "east", "log", "--json").stdout)["records"]
    values = sorted(r["value"] for r in east + west)
    assert values == ([8.0, 9.0, 12.0, 15.0] if when == "committed" else [8.0, 12.0])
    if when == "between":
        assert [log.read_bytes() for log in logs] == before
    assert not [p for d in ("east", "west") for p in (tmp_path / d / "records").glob(".import-intent.json")]


def test_init_and_draft_need_one_folder(city: Run, tmp_path: Path) -> None:
    result = city(*BOTH, "init", "north")
    assert result.exit_code == 2
    assert "init writes into one plans folder, and 2 were given; pass one --plans" in result.stderr
    assert not (tmp_path / "east" / "north.yaml").exists() and not (tmp_path / "west" / "north.yaml").exists()


def test_repair_covers_both_folders(city: Run, tmp_path: Path) -> None:
    log = tmp_path / "west" / "records" / "west.yaml"
    with log.open("ab") as handle:
        handle.write(b'{"torn')
    result = city(*BOTH, "repair")
    assert result.exit_code == 0, result.stderr
    assert "west/records/west.yaml: line(s) 4 moved to" in result.stdout


def test_validate_names_an_empty_folder_among_several_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from targetctl.cli.main import app
    from tests.districts import district

    monkeypatch.chdir(tmp_path)
    district(tmp_path, "east")
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(app, ["validate", "east", "empty"])
    assert result.exit_code == 1
    assert result.output.count("no plan files in this folder") == 1, result.output
    result = CliRunner().invoke(app, ["--plans", "east", "--plans", "empty", "status"])
    assert result.exit_code == 1 and "empty: no plan files in this folder" in result.output


def test_validate_compares_a_lone_plan_file_with_the_folders_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from targetctl.cli.main import app
    from tests.districts import district

    monkeypatch.chdir(tmp_path)
    district(tmp_path, "east")
    other = district(tmp_path, "other", plan="copy", target="east-projects")
    result = CliRunner().invoke(app, ["validate", "east", "other/copy.yaml"])
    assert result.exit_code == 1
    assert "other/copy.yaml:13:9: id 'east-projects' is already used at east/east.yaml:13" in result.output, (
        result.output
    )
    assert other.is_dir()
    result = CliRunner().invoke(app, ["validate", "east/east.yaml", "east"])
    assert result.exit_code == 0 and "1 file valid" in result.output, result.output


def test_import_refuses_a_plan_moved_without_its_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from targetctl.cli.main import app
    from tests.districts import district

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(tmp_path / "cache"))
    east, west = district(tmp_path, "east"), district(tmp_path, "west")
    spare = district(tmp_path / "spare", "west", plan="harbour")  # west keeps a plan of its own
    (spare / "harbour.yaml").rename(west / "harbour.yaml")
    (spare / "sources" / "harbour.txt").rename(west / "sources" / "harbour.txt")
    plans = ["--plans", "east", "--plans", "west"]
    result = CliRunner().invoke(app, [*plans, "record", "west-projects", "5", "--date", "2025-06-30", "--by", "t"])
    assert result.exit_code == 0, result.output
    (west / "west.yaml").rename(east / "west.yaml")
    (west / "sources" / "west.txt").rename(east / "sources" / "west.txt")
    sheet = tmp_path / "r.csv"
    sheet.write_text("目标编号,数值,截至日期\nwest-projects,7,2025-07-31\n", encoding="utf-8")
    result = CliRunner().invoke(app, [*plans, "import", str(sheet)])
    assert result.exit_code == 1 and "move this log to east/records/" in result.output, result.output
    assert not (east / "records" / "west.yaml").exists()
