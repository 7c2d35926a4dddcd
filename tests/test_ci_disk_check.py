""".ci/run's disk check only advises: whatever df prints or however it fails, CI goes on (our own df)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parents[1] / ".ci" / "run"
BASH = shutil.which("bash")


def _disk_check() -> str:
    """The lines of .ci/run from its disk check's comment to its note."""
    lines = RUN.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("# A full disk"))
    end = next(i for i, line in enumerate(lines) if "MB free" in line)
    return "\n".join(lines[start : end + 1])


@pytest.mark.skipif(BASH is None, reason="bash is not installed")
@pytest.mark.parametrize(
    ("df", "note"),
    [
        ("exit 1", False),  # df missing or unable to read the mount table
        ('echo "Filesystem 1024-blocks Used Available Capacity Mounted on"; echo "overlay - - - - /"', False),
        ('echo "Filesystem 1024-blocks Used Available Capacity Mounted on"', False),
        ('echo "Filesystem 1024-blocks Used Available Capacity Mounted on"; echo "/dev/sda1 9 8 2048 99% /"', True),
        ('echo "Filesystem 1024-blocks Used Available Capacity Mounted on"; echo "/dev/sda1 9 8 9000000 9% /"', False),
    ],
)
def test_the_disk_check_never_stops_ci(tmp_path: Path, df: str, note: bool) -> None:
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "df").write_text(f"#!/bin/sh\n{df}\n", encoding="utf-8")
    (fake / "df").chmod(0o755)
    script = f"set -euo pipefail\n{_disk_check()}\necho went-on\n"
    env = {**os.environ, "PATH": f"{fake}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run([str(BASH), "-c", script], capture_output=True, text=True, env=env, check=False, cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.endswith("went-on\n"), done.stdout + done.stderr
    assert done.stderr == ""
    assert ("MB free" in done.stdout) == note
