from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import yaml

from targetctl.commands.init import init_plan
from tests.conftest import Run


def test_init_writes_a_plan_that_validates_strictly(run: Run, tmp_path: Path) -> None:
    result = run("init", "district-plan-2027", "--year", "2027")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "wrote plans/district-plan-2027.yaml",
        "wrote plans/sources/district-plan-2027.txt",
        "wrote plans/plan.schema.json",
    ]
    text = (tmp_path / "plans" / "district-plan-2027.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=plan.schema.json\n")
    assert yaml.safe_load(text)["period"] == {
        "start": yaml.safe_load("2027-01-01"),
        "end": yaml.safe_load("2027-12-31"),
    }
    assert json.loads((tmp_path / "plans" / "plan.schema.json").read_text(encoding="utf-8"))["title"] == "Plan"
    assert run("validate", "--strict").stdout == "ok: 1 file valid\n"
    assert run("init", "second-plan").exit_code == 0
    assert run("validate").exit_code == 0


def test_init_never_overwrites_and_checks_the_id(run: Run, demo: Path) -> None:
    before = (demo / "demo.yaml").read_bytes()
    result = run("init", "demo")
    assert result.exit_code == 1 and "plans/demo.yaml: already exists" in result.stderr
    assert (demo / "demo.yaml").read_bytes() == before
    assert run("init", "Bad Id").exit_code == 2
    assert run("init", "x", "--year", "99999").exit_code == 2


def test_init_uses_a_shared_schema_folder(run: Run, tmp_path: Path) -> None:
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "plan.schema.json").write_text("{}", encoding="utf-8")
    assert run("init", "p-2027").stdout.count("wrote") == 2
    first = (tmp_path / "plans" / "p-2027.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/plan.schema.json"


def test_init_plan_writes_the_plan_and_its_source_for_the_year_of_today(tmp_path: Path) -> None:
    root = tmp_path / "plans"
    root.mkdir()
    written = init_plan(root, "town-plan", None, dt.date(2031, 3, 4))
    assert {"sources/town-plan.txt", "town-plan.yaml"} <= {p.relative_to(root).as_posix() for p in written}
    plan = yaml.safe_load((root / "town-plan.yaml").read_text(encoding="utf-8"))
    period = (str(plan["period"]["start"]), str(plan["period"]["end"]))
    assert plan["id"] == "town-plan" and period == ("2031-01-01", "2031-12-31")
