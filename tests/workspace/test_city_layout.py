"""docs/collaboration.md's city layout with a real git: the districts' plans repositories as
submodules of the city's, read as one workspace through TARGETCTL_PLANS."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO, Run
from tests.districts import district

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(where: Path, *args: str) -> str:
    config = ["-c", "user.name=督查室", "-c", "user.email=c@example.invalid", "-c", "init.defaultBranch=main"]
    config += ["-c", "protocol.file.allow=always"]  # submodules from local paths
    out = subprocess.run(["git", *config, *args], cwd=where, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_districts_as_submodules_are_one_workspace(tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("huangdao", "jiaozhou"):
        repo = tmp_path / "hosted" / name
        district(repo, "plans", plan=name)
        shutil.copy(REPO / ".gitattributes", repo / ".gitattributes")
        git(tmp_path, "init", "-q", str(repo))
        git(repo, "add", "-A")
        git(repo, "commit", "-qm", "plans")
    city = tmp_path / "city-plans"
    district(city, "plans", plan="city")
    git(tmp_path, "init", "-q", str(city))
    for name in ("huangdao", "jiaozhou"):
        git(city, "submodule", "add", "-q", str(tmp_path / "hosted" / name), f"districts/{name}")
    git(city, "add", "-A")
    git(city, "commit", "-qm", "the city and its districts")

    monkeypatch.chdir(city)
    folders = ["plans", "districts/huangdao/plans", "districts/jiaozhou/plans"]
    monkeypatch.setenv("TARGETCTL_PLANS", os.pathsep.join(folders))
    assert run("validate").stdout == "ok: 3 files valid\n"
    recorded = run("record", "jiaozhou-projects", "7", "--date", "2025-06-30", "--by", "督查室", "--no-status")
    assert "in districts/jiaozhou/plans/records/jiaozhou.yaml" in recorded.stdout
    doc = json.loads(run("status", "--json", "--as-of", "2025-07-01").stdout)
    assert [p["id"] for p in doc["plans"]] == ["city", "huangdao", "jiaozhou"]
    assert git(city / "districts" / "jiaozhou", "status", "--porcelain") == "?? plans/records/\n"
    assert git(city, "status", "--porcelain") == " M districts/jiaozhou\n"  # the city's own tree is untouched
