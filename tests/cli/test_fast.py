"""The fast completion of target ids gives what Typer's own completion gives."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.io.test_cache import outputs, plant


def complete(words: str, cword: int, *, typer_only: bool = False, cwd: Path, shell: str = "bash") -> list[str]:
    env = {**os.environ, "_TARGETCTL_COMPLETE": f"complete_{shell}", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    env["_TYPER_COMPLETE_ARGS"] = words
    env.pop("TARGETCTL_PLANS", None)
    code = (
        "from targetctl.cli.main import main; main()" if typer_only else "from targetctl.cli.fast import main; main()"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=cwd, capture_output=True, text=True, check=False)
    return out.stdout.split()


@pytest.mark.parametrize(
    ("words", "cword"),
    [
        ("targetctl record demo-p", 2),
        ("targetctl show ", 2),
        ("targetctl judge demo-h", 2),
        ("targetctl --plans plans record demo-", 4),
        ("targetctl log --target demo-g", 3),
    ],
)
def test_fast_completion_matches_typer(words: str, cword: int, demo: Path) -> None:
    fast = complete(words, cword, cwd=demo.parent)
    assert fast and all(w.startswith("demo-") for w in fast)
    assert fast == complete(words, cword, cwd=demo.parent, typer_only=True)


def test_other_words_are_left_to_typer(demo: Path) -> None:
    assert complete("targetctl sta", 1, cwd=demo.parent) == ["status"]
    assert "--date" in complete("targetctl record demo-people 3 --da", 4, cwd=demo.parent)


def test_zsh_quotes(demo: Path) -> None:
    assert complete("targetctl show demo-pe", 0, cwd=demo.parent, shell="zsh") == ['"demo-people"']


def test_plans_option_is_followed(demo: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert complete(f"targetctl --plans {demo} show demo-pa", 4, cwd=elsewhere) == ["demo-park-size"]
    assert complete("targetctl show demo-pa", 2, cwd=elsewhere) == []


def run_status(cwd: Path, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TARGETCTL_CACHE_DIR": str(cache), "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("TARGETCTL_PLANS", None)
    code = "from targetctl.cli.fast import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code, "status", "--as-of", "2025-06-30", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.slow
def test_status_from_the_cache_before_typer(demo: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = run_status(demo.parent, cache)
    assert first.returncode == 0 and len(outputs(cache)) == 1
    plant(outputs(cache)[0], "cached\n")  # a whole entry
    assert run_status(demo.parent, cache).stdout == "cached\n"
    assert run_status(demo.parent, cache, "--no-cache").stdout == first.stdout
    assert run_status(demo.parent, cache, "--fail-on", "missed").stdout == first.stdout
    (demo / "sources" / "demo.txt").write_text((demo / "sources" / "demo.txt").read_text(encoding="utf-8") + "\n")
    assert run_status(demo.parent, cache).stdout == first.stdout
