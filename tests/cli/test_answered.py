"""A plain `show` or `validate` asked again with nothing changed is answered from the output
cache before the models are imported, and prints what the command prints."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from targetctl.cli import answered, quick
from targetctl.cli.session import parse
from targetctl.commands import Context, Output
from tests.conftest import edit

ENTRY = "sys.argv[0] = 'targetctl'; from targetctl.cli.fast import main; main()"
TYPER = "from targetctl.cli.main import main; main()"
# whether the models were imported: written after the command's output
PROBE = (
    "import atexit, sys; "
    "atexit.register(lambda: sys.stderr.write('targetctl.domain.model' in sys.modules and '[models]' or ''))"
)


def targetctl(
    cwd: Path, *args: str, lang: str = "en", code: str = ENTRY, columns: int = 80
) -> tuple[int, str, str, bool]:
    """The exit code, stdout and stderr, and whether the models were imported."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": str(columns), "TARGETCTL_CACHE_DIR": str(cwd / "cache")}
    env["TARGETCTL_LANG"] = lang
    env.pop("TARGETCTL_PLANS", None)
    done = subprocess.run(
        [sys.executable, "-c", f"{PROBE}; {code}", *args], env=env, cwd=cwd, capture_output=True, text=True
    )
    err = done.stderr.removesuffix("[models]")
    return done.returncode, done.stdout, err, err != done.stderr


def typer_says(cwd: Path, *args: str, lang: str = "en") -> tuple[int, str, str]:
    """What the command prints through Typer, which never reads the output cache for these."""
    return targetctl(cwd, *args, lang=lang, code=TYPER)[:3]


@pytest.fixture
def workspace(demo: Path) -> Path:
    return demo.parent


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("args", [["show", "demo-people"], ["validate"], ["validate", "plans"]])
def test_asked_again_it_is_answered_without_the_models(workspace: Path, args: list[str], lang: str) -> None:
    first = targetctl(workspace, *args, lang=lang)
    again = targetctl(workspace, *args, lang=lang)
    assert first[3] and not again[3]
    assert first[:3] == again[:3] == typer_says(workspace, *args, lang=lang)
    assert first[0] == 0 and first[1]


@pytest.mark.slow
def test_a_change_to_what_it_read_is_never_answered_from_before(workspace: Path) -> None:
    show = ("show", "demo-people")
    before = targetctl(workspace, *show)
    recorded = targetctl(workspace, "record", "demo-people", "5", "--date", "2025-03-31", "--by", "me")
    assert recorded[0] == 0
    after = targetctl(workspace, *show)
    assert after[3] and after[1] != before[1]
    assert after[:3] == typer_says(workspace, *show)
    assert targetctl(workspace, "validate")[3]
    edit(workspace / "plans" / "demo.yaml", "kind: quantity", "kind: quantityx")
    for args in (show, ("validate",)):
        code, text, err, models = targetctl(workspace, *args)
        assert (code, models) == (1, True) and "demo.yaml:" in text + err


@pytest.mark.slow
def test_a_failure_is_not_kept(workspace: Path) -> None:
    edit(workspace / "plans" / "demo.yaml", "kind: quantity", "kind: quantityx")
    for _ in range(2):
        code, _, _, models = targetctl(workspace, "validate")
        assert (code, models) == (1, True)


@pytest.mark.slow
def test_another_width_is_another_answer(workspace: Path) -> None:
    assert targetctl(workspace, "show", "demo-people")[3]
    wide = targetctl(workspace, "show", "demo-people", columns=120)
    assert wide[3]
    assert wide[:3] == targetctl(workspace, "show", "demo-people", code=TYPER, columns=120)[:3]


def _context(key: str | None, cache: bool = True) -> Context:
    """A context whose plans folder is not there: the library can make no key of its own."""
    return Context(Path("no-such-plans-folder"), today=dt.date(2025, 3, 31), cache=cache, cache_key=key)


@pytest.mark.parametrize(
    ("output", "key", "cache", "stored"),
    [
        (Output("text"), "k", True, True),
        (Output("text", ["a warning"]), "k", True, False),  # a hit would print the text alone
        (Output("text", code=1), "k", True, False),
        (Output("text"), None, True, False),  # no key could be made
        (Output("text"), "k", False, False),  # --no-cache
    ],
)
def test_only_a_whole_success_is_kept(
    monkeypatch: pytest.MonkeyPatch, output: Output, key: str | None, cache: bool, stored: bool
) -> None:
    from targetctl.io import cache as output_cache

    kept: list[tuple[str, str]] = []
    monkeypatch.setattr(output_cache, "store", lambda digest, text, day=None: kept.append((digest, text)))
    assert quick.kept(("show", "t"), lambda ctx: output)(_context(key, cache)) is output
    assert kept == ([("k", "text")] if stored else [])


@pytest.mark.parametrize(
    ("argv", "read"),
    [
        (["show", "demo-people"], ("plans",)),
        (["--plans", "other", "show", "demo-people"], ("other",)),
        (["validate"], ("plans",)),
        (["validate", "plans", "other"], ("plans", "other")),
        (["validate", "plans/demo.yaml"], None),  # a file may sit outside every folder read
        (["validate", "nowhere"], None),
        (["show"], None),
        (["show", "a", "b"], None),
        (["show", "--format", "json", "demo-people"], None),
        (["--lang", "zh", "show", "demo-people"], None),
        (["status"], None),
        (["record", "demo-people", "5"], None),
    ],
)
def test_which_command_lines_are_answered(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str], read: tuple[str, ...] | None
) -> None:
    monkeypatch.chdir(workspace)
    monkeypatch.delenv("TARGETCTL_PLANS", raising=False)
    (workspace / "other").mkdir()
    found = answered.folders_read(parse(argv))
    assert found == (tuple(Path(p) for p in read) if read is not None else None)


@pytest.mark.slow
@pytest.mark.parametrize("args", [["show", "demo-people"], ["validate"]])
def test_a_closed_pipe_is_said_as_through_typer_when_answered(workspace: Path, args: list[str]) -> None:
    said = []
    assert targetctl(workspace, *args)[0] == 0  # fills the entry
    for code in (ENTRY, TYPER):
        read_end, write_end = os.pipe()
        os.close(read_end)  # nobody reads: the first write fails
        env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80", "TARGETCTL_CACHE_DIR": str(workspace / "cache")}
        env["TARGETCTL_LANG"] = "en"
        argv = [sys.executable, "-c", f"{PROBE}; {code}", *args]
        done = subprocess.run(argv, env=env, cwd=workspace, stdout=write_end, stderr=subprocess.PIPE, text=True)
        os.close(write_end)
        said.append((done.returncode, done.stderr.removesuffix("[models]"), done.stderr.endswith("[models]")))
    assert said[0][:2] == said[1][:2] == (1, "error: Broken pipe\n")
    assert not said[0][2]  # the first was answered from the cache


STEPS = st.lists(st.sampled_from(["show", "validate", "record", "retitle", "same title"]), min_size=2, max_size=6)


@pytest.mark.slow
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_what_is_answered_is_what_the_command_prints_now(demo: Path, steps: list[str]) -> None:
    """Whatever was asked, recorded or edited before, each show and validate answered on the
    start-up path prints what Typer's path, which never reads the output cache, prints now."""
    with tempfile.TemporaryDirectory() as folder:
        workspace = Path(folder)
        shutil.copytree(demo, workspace / "plans")
        plan = workspace / "plans" / "demo.yaml"
        for n, step in enumerate(steps):
            if step == "record":
                day = f"2025-{n % 12 + 1:02d}-28"
                assert targetctl(workspace, "record", "demo-people", str(n + 1), "--date", day, "--by", "me")[0] == 0
            elif step in ("retitle", "same title"):  # an edit of the same size, maybe in the same second
                text = plan.read_text(encoding="utf-8")
                title = f"Recruit talent {n % 10}" if step == "retitle" else "Recruit talent"
                plan.write_text(re.sub(r"Recruit talent[ 0-9]*", title, text, count=1), encoding="utf-8")
            else:
                args = ("show", "demo-people") if step == "show" else ("validate",)
                assert targetctl(workspace, *args)[:3] == typer_says(workspace, *args)
