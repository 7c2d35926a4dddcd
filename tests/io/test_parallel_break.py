"""io.parallel, found by the break-it review of issue #22: a library caller's process on a
system whose workers are spawned (Windows, macOS)."""

from __future__ import annotations

import os
import sys

import pytest

from targetctl.io import parallel


def _pid(n: int) -> int:
    return os.getpid() + 0 * n


def test_a_library_caller_on_a_spawning_system_reads_in_its_own_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """A spawned worker re-runs the caller's script from the top: the README's three lines of
    `targetctl.open`, without `if __name__ == "__main__":`, broke the pool (BrokenProcessPool)
    once the logs passed 8 MB. Only the command line, whose entry points guard it, spawns."""
    monkeypatch.setenv(parallel.JOBS_ENV, "2")
    monkeypatch.setattr(parallel, "_COMMAND_LINE", [False])
    monkeypatch.setattr(sys, "platform", "darwin")
    assert parallel.pmap(_pid, [1, 2, 3, 4], total_bytes=10 * parallel.MIN_BYTES) == [os.getpid()] * 4


def test_a_library_caller_on_linux_still_forks_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    if sys.platform != "linux":
        pytest.skip("fork is the start method on Linux only")
    monkeypatch.setenv(parallel.JOBS_ENV, "2")
    monkeypatch.setattr(parallel, "_COMMAND_LINE", [False])
    assert os.getpid() not in parallel.pmap(_pid, [1, 2, 3, 4], total_bytes=10 * parallel.MIN_BYTES)
