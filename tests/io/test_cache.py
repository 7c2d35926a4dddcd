"""The status cache is never stale and never fails, and output survives a console that
cannot show every character. Run as the installed command runs (the start-up fast path)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from targetctl.io import cache
from tests.conftest import Run
from tests.io.test_files import OTHER_PLAN

TODAY = dt.date(2025, 6, 30)  # the day of the run, as the session gives it

POISON = "from the cache\n"


def tctl(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    full = {**os.environ, "NO_COLOR": "1", "LANG": "en_US.UTF-8", "TARGETCTL_CACHE_DIR": str(cwd / "cache"), **env}
    for name in ("TARGETCTL_PLANS", "TARGETCTL_LANG", "LC_ALL", "LC_MESSAGES", "COLUMNS"):
        full.pop(name, None) if name not in env else None
    return subprocess.run(
        [sys.executable, "-m", "targetctl", *args], cwd=cwd, env=full, capture_output=True, timeout=60, check=False
    )


def status(cwd: Path, **env: str) -> str:
    result = tctl(cwd, "status", "--as-of", "2025-06-30", **env)
    assert result.returncode == 0 and not result.stderr, result.stderr
    return result.stdout.decode("utf-8")


def outputs(folder: Path) -> list[Path]:
    """The output cache's entries in a cache folder."""
    return sorted((folder / "targetctl-cache" / "output").glob("[0-9a-f]*"))


def plant(entry: Path, text: str) -> None:
    """Give an entry another answer, whole and checksummed as the cache writes it: a
    stale answer that passes every check of its form."""
    hashes = entry.read_bytes().partition(b"\n")[2].partition(b"\n")[0]
    body = hashes + b"\n" + text.encode("utf-8")
    check = hashlib.sha256(entry.name.encode() + b"\n" + body).hexdigest().encode()
    entry.write_bytes(b"targetctl-cache-1 " + check + b"\n" + body)


def poison(cwd: Path) -> None:
    """Replace every cache entry, so that a stale hit shows."""
    entries = outputs(cwd / "cache")
    assert entries, "the first run filled the cache"
    for entry in entries:
        plant(entry, POISON)


@pytest.fixture
def cached(demo: Path, tmp_path: Path) -> Path:
    """A workspace whose status is in the cache, with every entry poisoned."""
    status(tmp_path)
    poison(tmp_path)
    assert status(tmp_path) == POISON, "the fast path answers from the cache"
    return tmp_path


@pytest.mark.slow
def test_the_locale_is_in_the_key(cached: Path) -> None:
    out = status(cached, LANG="zh_CN.UTF-8")
    assert out != POISON and "示范计划" in out and "状态" in out


@pytest.mark.slow
def test_a_dot_named_plan_file_is_in_the_key(cached: Path, demo: Path) -> None:
    (demo / ".other.yaml").write_text(OTHER_PLAN, encoding="utf-8")
    out = status(cached)
    assert out != POISON and "other-2025" in out


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no change time (st_ctime is the creation time)")
def test_an_edit_in_place_with_its_time_put_back_is_a_miss(cached: Path, demo: Path) -> None:
    plan = demo / "demo.yaml"
    st = plan.stat()
    text = plan.read_text(encoding="utf-8")
    assert "Demo plan" in text
    with plan.open("r+", encoding="utf-8") as handle:  # the same file, the same size
        handle.write(text.replace("Demo plan", "Demo PLAN"))
    os.utime(plan, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert plan.stat().st_mtime_ns == st.st_mtime_ns and plan.stat().st_size == st.st_size
    out = status(cached)
    assert out != POISON and "Demo PLAN" in out


@pytest.mark.slow
def test_a_linked_records_folder_is_watched(demo: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "shared-records"
    elsewhere.mkdir()
    try:
        (demo / "records").symlink_to(elsewhere, target_is_directory=True)
    except OSError:
        pytest.skip("symbolic links are not available")
    status(tmp_path)
    poison(tmp_path)
    (elsewhere / "demo-2025.yaml").write_text(
        '- {"id": "aaaaaaaaaaaa", "type": "value", "target": "demo-people", "as_of": "2025-06-30", '
        '"value": 77, "recorded": "2025-07-01T00:00:00Z", "by": "x"}\n',
        encoding="utf-8",
    )
    out = status(tmp_path)
    assert out != POISON and "77 people" in out


@pytest.mark.slow
def test_a_dangling_link_in_the_plans_folder_is_no_crash(demo: Path, tmp_path: Path) -> None:
    try:
        (demo / "gone.yaml").symlink_to(tmp_path / "nowhere.yaml")
    except OSError:
        pytest.skip("symbolic links are not available")
    assert cache.key(["x"], demo, {}, TODAY) is None, "what cannot be read is a miss"
    for _ in range(2):
        result = tctl(tmp_path, "status", "--as-of", "2025-06-30")
        assert result.returncode == 1, result.stderr  # a plan left out unsaid would be worse
        assert b"Traceback" not in result.stderr and b"plans/gone.yaml:1:1: a symbolic link" in result.stderr


@pytest.mark.slow
def test_a_cache_that_cannot_be_used_is_a_miss(demo: Path, tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("a file, not a folder", encoding="utf-8")
    assert "Demo plan" in status(tmp_path)
    assert "Demo plan" in status(tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize(
    "args", [("status", "--as-of", "2025-06-30"), ("show", "demo-people", "--as-of", "2025-06-30")]
)
@pytest.mark.parametrize("encoding", ["gbk", "ascii"])
def test_a_console_without_every_character(
    encoding: str, args: tuple[str, ...], run: Run, demo: Path, tmp_path: Path
) -> None:
    assert run("record", "demo-people", "40", "--date", "2025-06-30", "--by", "x").exit_code == 0
    outputs = []
    for _ in range(2):  # the second `status` comes from the cache, through the fast path
        result = tctl(tmp_path, *args, PYTHONIOENCODING=encoding)
        assert result.returncode == 0, result.stderr
        assert not result.stderr
        outputs.append(result.stdout.decode(encoding))
    assert outputs[0] == outputs[1]
    assert "40" in outputs[0]
    if encoding == "ascii":
        assert "#" in outputs[0], "the progress bar in plain characters"


def test_a_cut_emptied_or_foreign_output_entry_is_a_miss(run: Run, demo: Path, tmp_path: Path) -> None:
    first = run("status", "--as-of", "2025-06-30")
    [entry] = outputs(tmp_path / "cache")
    assert entry.stat().st_mode & 0o077 == 0
    for damaged in (entry.read_bytes()[:300], b""):
        entry.write_bytes(damaged)
        again = run("status", "--as-of", "2025-06-30")
        assert again.stdout == first.stdout and again.exit_code == 0
    entry.chmod(0o666)
    assert run("status", "--as-of", "2025-06-30").stdout == first.stdout


@pytest.mark.slow
def test_pruning_deletes_only_the_caches_own_entries(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from targetctl.io import cachefs

    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(demo.parent))  # the project folder itself
    old = time.time() - 40 * 86400
    mine = [demo.parent / f"{i:02d}.out" for i in range(100)]  # the user's own files, named as entries once were
    mine += [demo.parent / ("a" * 64), demo.parent / "saved-plans" / ("a" * 40)]
    (demo.parent / "saved-plans").mkdir()
    for path in [*mine, *demo.glob("*.yaml")]:
        path.touch()
        os.utime(path, (old, old))
    assert run("status", "--as-of", "2025-06-30").exit_code == 0  # makes and marks its own folder
    stale = demo.parent / "targetctl-cache" / "plans" / ("b" * 40)
    stale.write_bytes(b"x")
    os.utime(stale, (old, old))
    cachefs.forget()
    for n in range(cachefs.MAX_OUTPUTS + 5):  # more answers than the output cache keeps
        day = dt.date(2025, 1, 1) + dt.timedelta(days=n)
        assert run("status", "--as-of", day.isoformat()).exit_code == 0
    assert run("validate").exit_code == 0
    assert all(path.exists() for path in mine) and list(demo.glob("*.yaml"))
    assert not stale.exists()
    assert (
        (demo.parent / "targetctl-cache" / "CACHEDIR.TAG")
        .read_bytes()
        .startswith(b"Signature: 8a477f597d28d172789f06886806bc55")
    )
    assert len(outputs(demo.parent)) <= cachefs.MAX_OUTPUTS


def test_a_folder_of_that_name_the_cache_did_not_make_is_left_alone(
    run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(demo.parent))
    theirs = demo.parent / "targetctl-cache" / "output" / ("c" * 64)
    theirs.parent.mkdir(parents=True)
    theirs.write_bytes(b"the user's own")
    os.utime(theirs, (0, 0))
    first = run("status", "--as-of", "2025-06-30")
    assert first.exit_code == 0 and run("status", "--as-of", "2025-06-30").stdout == first.stdout
    assert [p.name for p in theirs.parent.iterdir()] == [theirs.name], "no entry written, none pruned"


def test_a_cache_folder_that_cannot_be_used_is_no_error(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(demo.parent / ("x" * 300)))
    for args in (["status", "--as-of", "2025-06-30"], ["validate"], ["show", "demo-people"]):
        result = run(*args)
        assert result.exit_code == 0, (args, result.stderr)


def test_an_edit_saved_mid_run_on_a_coarse_file_system_is_never_served(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The answer is made from the bytes read after the key; an in-place edit of the same size
    saved before the answer is stored keeps its times where they are whole seconds (FAT). The
    stored hash must be of the bytes as they were when the key was made, so the next run misses."""
    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(tmp_path / "cache"))
    plans = tmp_path / "plans"
    plans.mkdir()
    log = plans / "log.yaml"
    log.write_text("value: 5\n", encoding="utf-8")
    digest = cache.key(["status"], plans, {}, TODAY)
    assert digest is not None
    frozen = cache._stats(plans)
    monkeypatch.setattr(cache, "_stats", lambda _root: frozen)  # a coarse clock: the edit moves no time
    answer = "5 projects\n"  # made from the bytes the command read
    log.write_text("value: 7\n", encoding="utf-8")  # saved mid-run, same size
    cache.store(digest, answer)
    assert cache.lookup(digest) is None  # never the stale 5 again


def test_the_code_key_leaves_out_bytecode(tmp_path: Path) -> None:
    from targetctl.io.cache import _stats

    (tmp_path / "m.py").write_text("x = 1\n", encoding="utf-8")
    before = _stats(tmp_path, frozenset({"__pycache__"}))
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "m.cpython-311.pyc").write_bytes(b"\0")
    assert _stats(tmp_path, frozenset({"__pycache__"})) == before
    assert len(_stats(tmp_path)) == 2, "a plans folder is watched whole"
