"""What the caches trust and what they refuse (issue 17): no entry runs code, a folder
others can write is not used, a planted file neither skips a check nor is written
through, and a stale entry is never an answer."""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import targetctl
from targetctl.io import cache, statecache
from tests.conftest import Run, edit

MARKS = ("CACHEDIR.TAG", ".gitignore")  # the cache folder's own files, not entries

TODAY = dt.date(2025, 6, 30)  # the day of the run, as the session gives it

DAY = "2025-06-30"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX owners and modes")


class Planted:
    """Unpickled, it creates the marker file: what another user's code would do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (open, (str(self.marker), "w"))


def entries(folder: Path) -> list[Path]:
    """Every file the caches keep in `folder`, whatever their layout."""
    return [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and p.name not in MARKS]


def plan_key(demo: Path) -> str:
    return statecache.key("plan", statecache.digest((demo / "demo.yaml").read_bytes().decode("utf-8-sig").encode()))


def test_no_module_uses_pickle() -> None:
    source = Path(targetctl.__file__).parent
    assert not [p for p in source.rglob("*.py") if "import pickle" in p.read_text(encoding="utf-8")]


def test_a_planted_pickle_never_runs(run: Run, demo: Path, tmp_path: Path) -> None:
    full = [
        run(*args, "--no-cache").stdout for args in (("status", "--as-of", DAY), ("status", "--json", "--as-of", DAY))
    ]
    assert run("status", "--as-of", DAY).exit_code == 0 and run("validate").exit_code == 0
    marker = tmp_path / "ran"
    saved = entries(tmp_path / "cache")
    assert saved
    for entry in saved:
        entry.write_bytes(pickle.dumps(Planted(marker)))
    assert run("validate").exit_code == 0
    assert [run(*args).stdout for args in (("status", "--as-of", DAY), ("status", "--json", "--as-of", DAY))] == full
    assert not marker.exists()


def test_an_empty_planted_entry_does_not_skip_the_checks(run: Run, demo: Path, tmp_path: Path) -> None:
    assert run("validate").exit_code == 0
    source = demo / "sources" / "demo.txt"
    source.write_text("nothing quoted here\n", encoding="utf-8")
    plan_text = (demo / "demo.yaml").read_bytes().decode("utf-8-sig")
    memo = statecache.key("checked", statecache.digest(plan_text.encode()), statecache.digest(source.read_bytes()))
    for folder in (tmp_path / "cache" / "saved-plans", tmp_path / "cache" / "targetctl-cache" / "plans"):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / memo).write_bytes(b"")
        (folder / memo).chmod(0o600)
    result = run("validate")
    assert result.exit_code == 1 and "quote" in result.output


@posix_only
def test_a_folder_others_can_write_is_not_used(
    run: Run, demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)  # someone else could swap entries in it
    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(shared))
    first = run("status", "--as-of", DAY)
    assert first.exit_code == 0 and run("validate").exit_code == 0
    assert run("status", "--as-of", DAY).stdout == first.stdout
    assert list(shared.iterdir()) == [], "nothing read or written there"
    assert first.stderr.count("\n") <= 1


@posix_only
@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to give a folder away")
def test_a_folder_of_another_user_is_not_used(
    run: Run, demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o755)
    os.chown(theirs, 4242, 4242)
    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(theirs))
    assert run("status", "--as-of", DAY).exit_code == 0
    assert list(theirs.iterdir()) == []


@posix_only
def test_planted_links_are_neither_read_nor_written_through(run: Run, demo: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("the user's own file\n", encoding="utf-8")
    full = run("status", "--as-of", DAY, "--no-cache").stdout
    assert run("status", "--as-of", DAY).exit_code == 0
    for entry in entries(tmp_path / "cache"):
        entry.unlink()
        entry.symlink_to(victim)
    name = plan_key(demo)
    for folder in (tmp_path / "cache" / "saved-plans", tmp_path / "cache" / "targetctl-cache" / "plans"):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f".{name}.{os.getpid()}.tmp").symlink_to(victim)  # where a temporary file once went
    assert run("status", "--as-of", DAY).stdout == full
    assert run("validate").exit_code == 0
    assert victim.read_text(encoding="utf-8") == "the user's own file\n"


def test_one_saved_state_per_log_whatever_the_days_asked(run: Run, demo: Path, tmp_path: Path) -> None:
    for day in ("2025-03-31", "2025-05-31", "2025-07-31", "2025-09-30"):
        assert run("record", "demo-people", "40", "--date", day, "--by", "x").exit_code == 0
    for day in ("2025-04-30", "2025-06-30", "2025-08-31", "2025-10-31"):
        assert run("status", "--as-of", day).exit_code == 0
    states = [p for p in entries(tmp_path / "cache") if p.parent.name in ("saved-log-states", "states")]
    assert len(states) == 2  # the state, and its record ids kept apart


def test_a_same_second_same_size_edit_on_a_whole_second_file_system(
    run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Times cut to whole seconds, and an edit in that second: only the content tells."""
    second = (dt.datetime.now().timestamp() // 1) * 1_000_000_000
    real = cache._stats

    def coarse(root: Path) -> list[tuple[str, int, int, int, int]]:
        return [(name, size, int(second), int(second), ino) for name, size, _, _, ino in real(root)]

    monkeypatch.setattr(cache, "_stats", coarse)
    first = run("status", "--as-of", DAY)
    assert "Demo plan" in first.stdout and run("status", "--as-of", DAY).stdout == first.stdout
    edit(demo / "demo.yaml", "Demo plan", "Demo PLAN")
    assert "Demo PLAN" in run("status", "--as-of", DAY).stdout


CLOCK = """
import datetime as real, json, sys, types
days = [real.date.fromisoformat(d) for d in json.loads(sys.argv.pop(1))]
class Clock(real.date):
    @classmethod
    def today(cls):
        day = days.pop(0) if len(days) > 1 else days[0]
        return cls(day.year, day.month, day.day)
fake = types.SimpleNamespace(**{**vars(real), "date": Clock})
import targetctl.cli.main, targetctl.io.cache
targetctl.cli.main.dt = targetctl.io.cache.dt = fake
from targetctl.cli.fast import main
main()
"""


def test_a_run_that_crosses_midnight_keeps_its_day(demo: Path, tmp_path: Path) -> None:
    """The start-up fast path makes the key, the command computes the answer: one day for both."""
    env = {**os.environ, "TARGETCTL_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("TARGETCTL_PLANS", None)

    def status(days: list[str], *args: str) -> str:
        argv = [sys.executable, "-c", CLOCK, json.dumps(days), "status", *args]
        done = subprocess.run(argv, env=env, cwd=demo.parent, capture_output=True, text=True, check=False, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout

    status(["2025-06-30", "2025-07-01"])  # midnight falls during the run
    assert status(["2025-06-30"]) == status(["2025-06-30"], "--no-cache")


def test_another_version_of_a_library_is_a_miss(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = cache.key(["status"], demo, {}, TODAY)
    site = tmp_path / "site"
    (site / "rich-99.0.dist-info").mkdir(parents=True)
    (site / "rich-99.0.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: rich\nVersion: 99.0\n")
    monkeypatch.syspath_prepend(str(site))  # Rich upgraded
    if hasattr(cache, "versions"):
        cache.versions.cache_clear()
    assert cache.key(["status"], demo, {}, TODAY) != before
    monkeypatch.undo()
    if hasattr(cache, "versions"):
        cache.versions.cache_clear()
    assert cache.key(["status"], demo, {}, TODAY) == before


def test_the_library_reads_no_cache_unless_asked(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cache"
    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(folder))
    statecache.use(False)
    targetctl.open(demo, as_of=DAY)
    assert not folder.exists()
    asked = targetctl.open(demo, as_of=DAY, cache=True)
    assert entries(folder) and not statecache.active()
    again = targetctl.open(demo, as_of=DAY, cache=True)
    assert [p.status for p in again.status()] == [p.status for p in asked.status()]


def test_as_of_takes_a_datetime_or_says_what_it_wants(demo: Path) -> None:
    day = targetctl.open(demo, as_of=dt.date(2025, 6, 30))
    moment = targetctl.open(demo, as_of=dt.datetime(2025, 6, 30, 23, 59))
    assert [p.status for p in moment.status()] == [p.status for p in day.status()]
    assert [p.status for p in moment.status(dt.datetime(2025, 6, 30, 1))] == [p.status for p in day.status()]
    with pytest.raises(TypeError, match=r"datetime\.date"):
        targetctl.open(demo, as_of=20250630)  # type: ignore[arg-type]


@posix_only
def test_entries_are_private_and_the_folder_is_marked(run: Run, demo: Path, tmp_path: Path) -> None:
    assert run("status", "--as-of", DAY).exit_code == 0
    own = tmp_path / "cache" / "targetctl-cache"
    assert (own / "CACHEDIR.TAG").read_bytes().startswith(b"Signature: 8a477f597d28d172789f06886806bc55")
    assert stat.S_IMODE(own.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in entries(own))


@posix_only
def test_a_linked_entry_folder_is_neither_read_nor_written(run: Run, demo: Path, tmp_path: Path) -> None:
    from tests.io.test_cache import outputs, plant

    first = run("status", "--as-of", DAY)
    own = tmp_path / "cache" / "targetctl-cache"
    elsewhere = tmp_path / "elsewhere"
    (own / "output").rename(elsewhere)
    for entry in elsewhere.iterdir():
        plant(entry, "planted\n")
    (own / "output").symlink_to(elsewhere, target_is_directory=True)
    assert run("status", "--as-of", DAY).stdout == first.stdout
    assert run("status", "--as-of", "2025-07-01").exit_code == 0
    assert [p.name for p in elsewhere.iterdir()] == [p.name for p in outputs(tmp_path / "cache")]
    assert all(p.read_bytes().endswith(b"\nplanted\n") for p in elsewhere.iterdir())


def test_the_racy_window_follows_the_timestamps_granularity() -> None:
    second = 1_000_000_000
    t = 1_700_000_000 * second  # whole seconds, as ext3, HFS+ or FAT keep them
    assert cache.racy([(t, t)], t + second + second // 2), "within 2 s on a whole-second file system"
    assert not cache.racy([(t, t)], t + 2 * second)
    fine = t + 123_456_789  # nanoseconds: the window is 1 s
    assert cache.racy([(fine, fine)], fine + second // 2)
    assert not cache.racy([(fine, fine)], fine + second + 1)
    assert cache.racy([(t + 5 * second, t)], t + second), "changed after 'now': a clock behind the file system"


@posix_only
def test_a_cache_in_a_sticky_folder_such_as_tmp_is_used(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    import tempfile

    sticky = Path(tempfile.gettempdir())
    st = sticky.stat()
    if st.st_uid != 0 or not st.st_mode & stat.S_ISVTX:
        pytest.skip("the temporary folder is not a root-owned sticky folder")
    base = sticky / f"targetctl-test-{os.getpid()}-{os.urandom(4).hex()}"
    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(base))
    try:
        first = run("status", "--as-of", DAY)
        assert entries(base) and stat.S_IMODE(base.stat().st_mode) == 0o700
        assert run("status", "--as-of", DAY).stdout == first.stdout
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_the_cache_folder_ignores_itself_for_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # TARGETCTL_CACHE_DIR inside a repository: `git add -A` must not take the cache along
    from targetctl.io import cachefs

    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(tmp_path / "cache"))
    folder = cachefs.root()
    assert folder is not None and (folder / ".gitignore").read_bytes() == b"*\n"
