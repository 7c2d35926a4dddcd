"""Defects found by the break-it review of issue #22 in the library (`targetctl.open`): a
library call must leave the caller's interpreter as it found it."""

from __future__ import annotations

import gc
import subprocess
import sys
import weakref
from pathlib import Path

import pytest

import targetctl
from targetctl.io import parallel
from tests.districts import district


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_open_freezes_nothing_of_the_callers_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI freezes what a read built (gc.freeze), which a one-shot process may; a service
    that calls `targetctl.open` every few minutes would keep each read, and every cycle of its
    own alive at the time, for good."""
    monkeypatch.setattr(parallel, "_COMMAND_LINE", [False])  # as in a process the CLI never ran in
    roots = [district(tmp_path, "east"), district(tmp_path, "west")]
    gc.collect()
    before = gc.get_freeze_count()
    mine = _Cycle()
    gone = weakref.ref(mine)
    ws = targetctl.open(roots)
    list(ws.status())
    ws.read_records(history=True)
    # not ==: objects an earlier test froze may be freed meanwhile, which lowers the count
    assert gc.get_freeze_count() <= before
    del mine, ws
    gc.collect()
    assert gone() is None, "a cycle of the caller's, alive during the read, is collected after it"


def test_the_command_line_still_freezes_what_it_read(tmp_path: Path) -> None:
    """A one-shot command keeps the collector from walking millions of records it will not free."""
    roots = [district(tmp_path, "east"), district(tmp_path, "west")]
    script = (
        "import gc, sys\n"
        "from targetctl.cli.fast import main\n"
        f"sys.argv = ['targetctl', '--plans', {str(roots[0])!r}, '--plans', {str(roots[1])!r}]\n"
        "sys.argv += ['status', '--no-cache']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(str(gc.get_freeze_count()))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, cwd=tmp_path)
    assert int(done.stderr.strip().splitlines()[-1]) > 0, done.stderr


def test_the_errors_open_raises_are_named_where_open_is(tmp_path: Path) -> None:
    """The README says `targetctl.open` raises a TargetctlError: a caller must be able to catch
    it (and the UsageError for a folder that is not there) without knowing the module inside."""
    from targetctl import TargetctlError, UsageError

    east = district(tmp_path, "east")
    twin = district(tmp_path, "twin", plan="east")
    try:
        targetctl.open([east, twin])
    except TargetctlError as exc:
        assert "ids must be unique" in str(exc)
    else:
        raise AssertionError("a clash is an error")
    try:
        targetctl.open([east, tmp_path / "nowhere"])
    except UsageError as exc:
        assert "nowhere" in str(exc)
    else:
        raise AssertionError("a missing folder is an error")
    assert {"TargetctlError", "UsageError"} <= set(targetctl.__all__)
