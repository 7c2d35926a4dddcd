"""What a cold command leaves out at start-up, and that leaving it out changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from targetctl.cli import fast

LOADED = "import sys; sys.argv[0] = 'targetctl'; from targetctl.cli.fast import main; main()"


def modules_after(cwd: Path, *args: str) -> set[str]:
    """The modules imported by a command run through the console entry point."""
    env = {**os.environ, "NO_COLOR": "1", "TARGETCTL_CACHE_DIR": str(cwd / "cache")}
    env.pop("TARGETCTL_PLANS", None)
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    code = f"import atexit, sys; atexit.register(lambda: sys.stderr.write(' '.join(sys.modules))); {LOADED}"
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=cwd, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return set(done.stderr.split())


@pytest.mark.slow
def test_cold_show_and_validate_import_no_typer_and_no_package_metadata(demo: Path) -> None:
    for args in (["show", "demo-people"], ["validate"]):
        loaded = modules_after(demo.parent, *args)
        assert "targetctl.domain.model" in loaded
        assert not {"typer", "click", "importlib.metadata"} & loaded


@pytest.mark.slow
def test_cold_record_imports_no_rich(demo: Path) -> None:
    loaded = modules_after(demo.parent, "record", "demo-people", "5", "--date", "2025-03-31", "--by", "me")
    assert "targetctl.render.line" in loaded
    assert not {"typer", "rich", "rich.console", "importlib.metadata"} & loaded


def test_the_loader_stand_in_says_what_pydantics_own_says(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic.plugin import _loader

    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "__all__")
    assert tuple(_loader.get_plugins()) == ()
    monkeypatch.delitem(sys.modules, fast._LOADER)
    fast.no_plugin_loader()
    assert tuple(sys.modules[fast._LOADER].get_plugins()) == ()
    assert sys.modules[fast._LOADER] is not _loader


@pytest.mark.parametrize("setting", ["some-plugin", "0", None])
def test_the_loader_is_left_alone_unless_every_plugin_is_off(
    monkeypatch: pytest.MonkeyPatch, setting: str | None
) -> None:
    if setting is None:
        monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    else:
        monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", setting)
    monkeypatch.delitem(sys.modules, fast._LOADER, raising=False)
    fast.no_plugin_loader()
    assert fast._LOADER not in sys.modules


@pytest.mark.slow
def test_cold_show_draws_without_rich_layout(demo: Path) -> None:
    # the plain writer (render/plain_show.py) stands in for Rich's tables where it can promise
    # Rich's bytes; Rich's console and tables are imported only where Rich draws
    loaded = modules_after(demo.parent, "show", "demo-people")
    assert "targetctl.render.plain_show" in loaded
    assert (
        not {"rich.console", "rich.table", "rich.text", "targetctl.render.history", "targetctl.render.status"} & loaded
    )


@pytest.mark.slow
@pytest.mark.parametrize("args", [["show", "demo-people"], ["validate"]])
def test_a_cold_command_writes_its_caches_without_tempfile(demo: Path, args: list[str]) -> None:
    # tempfile was about 1 % of a cold command; the cache makes its own names
    loaded = modules_after(demo.parent, *args)
    assert "targetctl.io.cachefs" in loaded
    assert "tempfile" not in loaded
    made = {p.name for p in (demo.parent / "cache" / "targetctl-cache").iterdir()}
    assert {"CACHEDIR.TAG", "output", "plans"} <= made


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [["show", "demo-people"], ["validate"], ["record", "demo-people", "5", "--date", "2025-03-31", "--by", "me"]],
)
def test_a_cold_command_leaves_out_the_status_report(demo: Path, args: list[str]) -> None:
    # the report's seven dataclasses are compiled at its import (about 3 M instructions each);
    # one target's progress (`domain.progress.progress_of`) needs none of them
    loaded = modules_after(demo.parent, *args)
    assert "targetctl.domain.progress" in loaded
    assert "targetctl.domain.summary" not in loaded
    assert ("targetctl.domain.detail" in loaded) == (args[0] == "show")  # a target's detail: show's alone
