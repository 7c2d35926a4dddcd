"""How targetctl meets its standard streams: a terminal gets the pager for a long answer, however
the answer was made (cached or not), and a stream closed at start is no terminal, never a bug."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.io.test_cache import outputs

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal and closed descriptors: POSIX")

MAIN = "import sys; sys.argv[0] = 'targetctl'; from targetctl.cli.fast import main; main()"


def _env(cache: Path) -> dict[str, str]:
    env = {**os.environ, "TARGETCTL_CACHE_DIR": str(cache), "NO_COLOR": "1", "COLUMNS": "100", "LINES": "5"}
    env["PAGER"] = "sed 's/^/P:/'"  # a pager that shows it was used
    env.pop("TARGETCTL_PLANS", None)
    env.pop("TARGETCTL_PAGER", None)
    return env


def _on_a_terminal(cwd: Path, cache: Path, *args: str) -> str:
    """What a terminal shows for targetctl ARGS run on it."""
    import pty

    main, child = pty.openpty()
    done = subprocess.run(
        [sys.executable, "-c", MAIN, *args],
        env=_env(cache),
        cwd=cwd,
        stdin=child,
        stdout=child,
        stderr=child,
        check=False,
    )
    os.close(child)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the other end is closed: all read
            break
        if not chunk:
            break
        shown += chunk
    os.close(main)
    assert done.returncode == 0, shown
    return shown.decode("utf-8", "replace")


def test_a_status_from_the_cache_is_paged_as_the_first_one(demo: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _on_a_terminal(demo.parent, cache, "status", "--as-of", "2025-06-30")
    assert outputs(cache), "the first status kept its answer"
    again = _on_a_terminal(demo.parent, cache, "status", "--as-of", "2025-06-30")
    assert first.startswith("P:") and again.startswith("P:")
    assert again == first


def _closed(cwd: Path, cache: Path, script: str) -> subprocess.CompletedProcess[str]:
    program = cache.parent / "targetctl"
    program.write_text(f"#!{sys.executable}\n{MAIN.replace('; ', chr(10))}\n", encoding="utf-8")
    program.chmod(0o755)
    env = {**_env(cache), "TARGETCTL": str(program)}
    return subprocess.run(["sh", "-c", script], env=env, cwd=cwd, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("command", ["show demo-people", "status", "validate plans", "list"])
def test_a_closed_output_is_no_bug(demo: Path, tmp_path: Path, command: str) -> None:
    done = _closed(demo.parent, tmp_path / "cache", f"$TARGETCTL {command} >&-; echo $?")
    assert done.stdout.strip() == "0", done.stderr
    assert "internal error" not in done.stderr


def test_a_record_with_its_output_closed_is_written(demo: Path, tmp_path: Path) -> None:
    log = demo / "records" / "demo-2025.yaml"
    before = log.read_text(encoding="utf-8") if log.exists() else ""
    script = "$TARGETCTL record demo-people 7 --by x --date 2025-06-01 >&- 2>&-; echo $?"
    done = _closed(demo.parent, tmp_path / "cache", script)
    assert done.stdout.strip() == "0"
    assert log.read_text(encoding="utf-8").count("\n") > before.count("\n")


def test_a_void_with_its_input_closed_is_not_asked(demo: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _closed(demo.parent, cache, "$TARGETCTL record demo-people 7 --by x --date 2025-06-01")
    done = _closed(demo.parent, cache, "$TARGETCTL record --void last --reason typo --by x <&-; echo $?")
    assert done.stdout.strip().splitlines()[-1] == "0", done.stderr
    assert "internal error" not in done.stderr
