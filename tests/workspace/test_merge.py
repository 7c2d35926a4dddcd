"""Two branches that both record merge cleanly with the shipped .gitattributes (a real git)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import GOLDEN, REPO, Run

pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")]


def git(repo: Path, *args: str) -> str:
    env_args = ["-c", "user.name=测试", "-c", "user.email=t@example.invalid", "-c", "init.defaultBranch=main"]
    out = subprocess.run(["git", *env_args, *args], cwd=repo, capture_output=True, text=True, check=False)
    assert out.returncode == 0 or args[0] == "merge", out.stderr
    return out.stdout + out.stderr


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(GOLDEN / "valid", tmp_path / "plans")
    shutil.copy(REPO / ".gitattributes", tmp_path / ".gitattributes")
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "plans")
    return tmp_path


def test_records_on_two_branches_merge_without_conflict(repo: Path, run: Run) -> None:
    assert run("record", "demo-people", "10", "--date", "2025-03-31", "--by", "甲").exit_code == 0
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "base record")
    base_id = run("log", "--json").stdout.split('"id": "')[1][:12]
    git(repo, "checkout", "-qb", "a")
    assert run("record", "demo-people", "20", "--date", "2025-04-30", "--by", "甲").exit_code == 0
    assert run("record", "--void", base_id, "--reason", "wrong", "--by", "甲").exit_code == 0
    git(repo, "commit", "-qam", "a")
    git(repo, "checkout", "-q", "main")
    assert run("record", "demo-growth", "7", "--date", "2025-04-30", "--by", "乙").exit_code == 0
    assert run("record", "demo-people", "25", "--date", "2025-05-31", "--by", "乙").exit_code == 0
    git(repo, "commit", "-qam", "main")
    out = git(repo, "merge", "--no-edit", "a")
    assert "CONFLICT" not in out
    result = run("validate")
    assert result.exit_code == 0, result.stdout
    assert result.stdout == "ok: 2 files (5 records) valid\n"
    log = run("log", "--json").stdout
    assert log.count('"type": "value"') == 4 and log.count('"type": "void"') == 1


def test_conflict_in_a_plan_file_is_reported(repo: Path, run: Run) -> None:
    plan = repo / "plans" / "demo.yaml"
    git(repo, "checkout", "-qb", "a")
    plan.write_text(plan.read_text(encoding="utf-8").replace("value: 100", "value: 120"), encoding="utf-8")
    git(repo, "commit", "-qam", "a")
    git(repo, "checkout", "-q", "main")
    plan.write_text(plan.read_text(encoding="utf-8").replace("value: 100", "value: 90"), encoding="utf-8")
    git(repo, "commit", "-qam", "main")
    assert "CONFLICT" in git(repo, "merge", "--no-edit", "a")
    result = run("validate")
    assert result.exit_code == 1 and "plans/demo.yaml:" in result.stdout and "invalid YAML" in result.stdout
