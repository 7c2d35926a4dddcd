"""The shipped pre-commit hook works in a fresh repository of plans (pre-commit try-repo)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOLDEN, REPO, edit

pytest.importorskip("pre_commit")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")]


def sh(cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=900, check=False)


def test_hook_passes_on_valid_plans_and_fails_on_a_broken_one(tmp_path: Path) -> None:
    repo = tmp_path / "plans-repo"
    shutil.copytree(GOLDEN / "valid", repo / "plans")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    sh(repo, "git", "init", "-q")
    sh(repo, "git", "add", "-A")
    sh(repo, *git, "commit", "-qm", "plans")
    # the hook's environment is a second install of every dependency (hundreds of MB): no pip cache
    # beside it, and it is removed as soon as the test ends, so a small CI disk does not fill up
    cache = tmp_path / "cache"
    env = {**os.environ, "PRE_COMMIT_HOME": str(cache), "NO_COLOR": "1", "PIP_NO_CACHE_DIR": "1"}
    env.pop("TARGETCTL_PLANS", None)
    try:
        _check_hook(repo, env)
    finally:
        shutil.rmtree(cache, ignore_errors=True)


def _check_hook(repo: Path, env: dict[str, str]) -> None:
    hook = [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "targetctl-validate", "--all-files"]
    ok = sh(repo, *hook, env=env)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "targetctl validate" in ok.stdout and "Passed" in ok.stdout
    edit(repo / "plans" / "demo.yaml", "unit: mu", "unit: acres")
    bad = sh(repo, *hook, env=env)
    assert bad.returncode == 1
    assert "plans/demo.yaml:51:11: unknown unit 'acres'" in bad.stdout
