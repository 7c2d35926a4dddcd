"""docs/collaboration.md, end to end with a real git: three units record on their own
branches of one central repository, and the central copy merges them without conflicts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import GOLDEN, REPO, Run

pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")]
UNITS = {"fagai": "区发改局", "gongxin": "区工信局", "zuzhi": "区委组织部"}


def git(where: Path, *args: str, ok: bool = True) -> str:
    config = ["-c", "user.name=中心", "-c", "user.email=c@example.invalid", "-c", "init.defaultBranch=main"]
    out = subprocess.run(["git", *config, *args], cwd=where, capture_output=True, text=True, check=False)
    assert out.returncode == 0 or not ok, out.stderr
    return out.stdout + out.stderr


def test_three_units_record_on_branches_and_merge(tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    central = tmp_path / "central.git"
    git(tmp_path, "init", "-q", "--bare", str(central))
    seed = tmp_path / "seed"
    shutil.copytree(GOLDEN / "valid", seed / "plans")
    shutil.copy(REPO / ".gitattributes", seed / ".gitattributes")
    git(tmp_path, "init", "-q", str(seed))
    git(seed, "add", "-A")
    git(seed, "commit", "-qm", "plans")
    git(seed, "push", "-q", str(central), "main")

    # each unit clones, records on its own branch and pushes it (a pull request)
    for n, (branch, unit) in enumerate(UNITS.items()):
        clone = tmp_path / branch
        git(tmp_path, "clone", "-q", str(central), str(clone))
        monkeypatch.chdir(clone)
        git(clone, "checkout", "-qb", branch)
        when = ("--date", f"2025-0{n + 3}-28", "--by", unit)
        assert run("record", "demo-people", str(10 * (n + 1)), *when).exit_code == 0
        assert run("record", "demo-projects", str(n + 1), *when).exit_code == 0
        assert run("validate").exit_code == 0  # what CI runs on the pull request
        git(clone, "add", "-A")
        git(clone, "commit", "-qm", f"{unit} records")
        git(clone, "push", "-q", "origin", branch)

    # the central copy merges every pull request in turn
    main = tmp_path / "main"
    git(tmp_path, "clone", "-q", str(central), str(main))
    monkeypatch.chdir(main)
    for branch in UNITS:
        out = git(main, "merge", "--no-ff", "--no-edit", f"origin/{branch}", ok=False)
        assert "CONFLICT" not in out, out
    git(main, "push", "-q", "origin", "main")

    result = run("validate")
    assert result.exit_code == 0 and result.stdout == "ok: 2 files (6 records) valid\n", result.stdout
    log = run("log", "--json").stdout
    assert all(unit in log for unit in UNITS.values())
    people = run("show", "demo-people", "--as-of", "2025-06-30", "--json").stdout
    assert '"current": 30.0' in people  # the latest as-of date wins, whoever merged last

    # a unit that pulls afterwards sees everyone's records and records on
    first = tmp_path / "fagai"
    monkeypatch.chdir(first)
    git(first, "checkout", "-q", "main")
    git(first, "pull", "-q", "origin", "main")
    assert run("log", "--json").stdout.count('"type": "value"') == 6
