"""Writes are all or nothing and stay inside the plans folder: a full disk, a file-size limit,
a refused permission or a symbolic link out leaves every file as it was, with one clear line."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from targetctl.domain.problems import TargetctlError, UsageError
from targetctl.io.files import check_plan_id, create_new, write_atomic
from tests.cli.test_hostile import snapshot
from tests.conftest import Run, edit

LOG = Path("plans/records/demo-2025.yaml")
OTHER_PLAN = """\
id: other-2025
title: {zh: 其他计划, en: Other plan}
lead_unit: 其他办公室
period: {start: 2025-01-01, end: 2025-12-31}
source: {file: sources/demo.txt}
programmes:
  - id: other-area
    title: {zh: 其他领域, en: Other area}
targets:
  - id: other-people
    programme: other-area
    title: {zh: 其他人才, en: Other talent}
    kind: quantity
    comparator: at-least
    value: 10
    unit: people
    quote: 全年引进人才100名
"""
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits and signals")


def one_clear_line(result: Result, exit_code: int = 1) -> str:
    out = result.stdout + result.stderr
    assert result.exit_code == exit_code, out
    assert "Traceback" not in out and "internal error" not in out
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 1, result.stderr
    return errors[0]


@pytest.fixture
def logged(run: Run, demo: Path) -> Run:
    assert run("record", "demo-people", "40", "--date", "2025-06-30", "--by", "x").exit_code == 0
    return run


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """After `arm(name)`, a write to a file with that name writes half its bytes, then fails with ENOSPC."""
    real = os.write
    armed: dict[str, str] = {}

    def write(fd: int, data: bytes) -> int:
        name = str(Path(f"/proc/self/fd/{fd}").readlink()) if Path("/proc/self/fd").is_dir() else armed.get("name", "")
        if armed and armed["name"] in Path(name).name:
            half = bytes(data)[: max(1, len(data) // 2)]
            real(fd, half)
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd, data)

    monkeypatch.setattr(os, "write", write)
    return lambda name: armed.update(name=name)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to tell files apart")
def test_a_failed_record_leaves_no_torn_line(logged: Run, full_disk: Callable[[str], None]) -> None:
    before = LOG.read_bytes()
    full_disk("demo-2025.yaml")
    result = logged("record", "demo-people", "50", "--date", "2025-06-30", "--by", "x")
    line = one_clear_line(result)
    assert "plans/records/demo-2025.yaml" in line and "No space left on device" in line
    assert LOG.read_bytes() == before


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to tell files apart")
def test_import_across_plans_is_all_or_nothing(
    logged: Run, demo: Path, tmp_path: Path, full_disk: Callable[[str], None]
) -> None:
    (demo / "other.yaml").write_text(OTHER_PLAN, encoding="utf-8")
    assert logged("record", "other-people", "1", "--date", "2025-06-30", "--by", "x").exit_code == 0
    before = snapshot(demo)
    sheet = tmp_path / "in.csv"
    sheet.write_text("目标编号,数值,截至日期\ndemo-people,60,2025-06-30\nother-people,5,2025-06-30\n", encoding="utf-8")
    full_disk("other-2025.yaml")  # the second plan's log, written after the first one's
    line = one_clear_line(logged("import", str(sheet)))
    assert "plans/records/other-2025.yaml" in line
    assert snapshot(demo) == before


def test_a_refused_open_is_one_line(logged: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    before = LOG.read_bytes()
    real = os.open

    def refuse(path: str | Path, flags: int, *args: int) -> int:
        if Path(path).name == "demo-2025.yaml" and flags & os.O_APPEND:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real(path, flags, *args)

    monkeypatch.setattr(os, "open", refuse)
    line = one_clear_line(logged("record", "demo-people", "50", "--date", "2025-06-30", "--by", "x"))
    assert "Permission denied" in line and "demo-2025.yaml" in line
    assert LOG.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_records_folder(logged: Run, demo: Path) -> None:
    before = snapshot(demo)
    (demo / "records").chmod(0o555)
    try:
        line = one_clear_line(logged("record", "demo-people", "50", "--date", "2025-06-30", "--by", "x"))
        assert "records" in line
    finally:
        (demo / "records").chmod(0o755)
    assert snapshot(demo) == before


def _limited(args: list[str], cwd: Path, limit: int) -> subprocess.CompletedProcess[str]:
    """Run targetctl under a file-size limit (RLIMIT_FSIZE): a write past it comes up short."""
    import resource

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "NO_COLOR": "1", "TARGETCTL_CACHE_DIR": str(cwd / "cache"), "LANG": "en_US.UTF-8"}
    env.pop("TARGETCTL_PLANS", None)
    return subprocess.run(
        [sys.executable, "-m", "targetctl", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        preexec_fn=cap,
        timeout=60,
        check=False,
    )


@posix_only
@pytest.mark.parametrize(
    "args",
    [
        ["record", "demo-people", "50", "--date", "2025-06-30", "--by", "x", "--note", "n" * 400],
        ["import", "in.csv"],
        ["init", "new-plan", "--year", "2025"],
        ["report", "--format", "md", "-o", "out.md"],
        ["export", "-o", "out.csv"],
        ["export", "--format", "xlsx", "-o", "out.xlsx"],
        ["repair"],
    ],
    ids=lambda a: a[0] + ("-" + a[-1] if "-o" in a else ""),
)
def test_file_size_limit(args: list[str], logged: Run, demo: Path, tmp_path: Path) -> None:
    rows = "".join(f"demo-people,{41 + n % 50},2025-06-30\n" for n in range(300))  # values the typo guard lets by
    (tmp_path / "in.csv").write_text("目标编号,数值,截至日期\n" + rows, encoding="utf-8")
    if args == ["repair"]:
        with LOG.open("ab") as handle:
            handle.write(b'- {"id": "torn\n')  # a line for repair to move aside
    before = snapshot(demo)
    # a little room, so that each write is cut short, then refused; repair's rewrite is smaller
    limit = 50 if args == ["repair"] else LOG.stat().st_size + 100
    result = _limited(["--plans", "plans", *args], tmp_path, limit)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "cannot write" in result.stderr
    assert snapshot(demo) == before
    assert not list(tmp_path.glob("*out*")) and not list(tmp_path.glob(".*tmp"))


def test_symlinked_log_out_of_the_plans_folder_is_refused(logged: Run, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_bytes(LOG.read_bytes())
    LOG.unlink()
    try:
        LOG.symlink_to(outside)
    except OSError:
        pytest.skip("symbolic links are not available")
    before = outside.read_bytes()
    line = one_clear_line(logged("record", "demo-people", "50", "--date", "2025-06-30", "--by", "x"))
    assert "symbolic link" in line and "demo-2025.yaml" in line
    assert outside.read_bytes() == before


@pytest.mark.parametrize("name", [".gitignore", ".demo-2025.yaml.lock"])
def test_symlinked_lock_or_gitignore_is_refused(name: str, logged: Run, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    link = LOG.parent / name
    link.unlink(missing_ok=True)
    try:
        link.symlink_to(victim)
    except OSError:
        pytest.skip("symbolic links are not available")
    before = LOG.read_bytes()
    line = one_clear_line(logged("record", "demo-people", "50", "--date", "2025-06-30", "--by", "x"))
    assert "symbolic link" in line and name in line
    assert victim.read_text(encoding="utf-8") == "keep me\n" and LOG.read_bytes() == before


def test_records_folder_linked_inside_the_plans_folder_is_used(run: Run, demo: Path) -> None:
    (demo / "data").mkdir()
    try:
        (demo / "records").symlink_to(demo / "data", target_is_directory=True)
    except OSError:
        pytest.skip("symbolic links are not available")
    assert run("record", "demo-people", "50", "--date", "2025-06-30", "--by", "x").exit_code == 0
    assert (demo / "data" / "demo-2025.yaml").is_file()


@pytest.mark.parametrize("command", [["report", "--format", "md"], ["export"]])
def test_output_to_a_missing_folder_or_a_folder(command: list[str], run: Run, demo: Path, tmp_path: Path) -> None:
    result = run(*command, "-o", str(tmp_path / "missing" / "out"))
    assert result.exit_code == 2 and "does not exist" in result.stderr and "Traceback" not in result.stderr
    result = run(*command, "-o", str(tmp_path))
    assert result.exit_code == 2 and "is a folder" in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["report", "--format", "md"], ["export"], ["export", "--format", "json"]])
def test_output_to_a_full_device(command: list[str], run: Run, demo: Path) -> None:
    line = one_clear_line(run(*command, "-o", "/dev/full"))
    assert "/dev/full" in line and "No space left on device" in line


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to tell files apart")
@pytest.mark.parametrize("command", [["report", "--format", "md"], ["export"], ["export", "--format", "xlsx"]])
def test_output_files_are_written_whole_or_not_at_all(
    command: list[str], run: Run, demo: Path, tmp_path: Path, full_disk: Callable[[str], None]
) -> None:
    out = tmp_path / "out.file"
    out.write_bytes(b"the previous report\n")
    full_disk("out.file")
    line = one_clear_line(run(*command, "-o", str(out)))
    assert "out.file" in line
    assert out.read_bytes() == b"the previous report\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_validate_with_no_plan_files_fails(run: Run, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("--plans", "empty", "validate")
    assert result.exit_code == 1 and "empty: no plan files in this folder" in result.stdout
    result = run("validate", "empty")
    assert result.exit_code == 1


def test_init_all_or_nothing(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(demo)
    real_replace, real_link = os.replace, os.link

    def refusing(real: Callable[[str | Path, str | Path], None]) -> Callable[[str | Path, str | Path], None]:
        def refuse(src: str | Path, dst: str | Path) -> None:
            if Path(dst).suffix == ".yaml":
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(dst))
            real(src, dst)

        return refuse

    monkeypatch.setattr(os, "replace", refusing(real_replace))
    monkeypatch.setattr(os, "link", refusing(real_link))  # a new file is linked into place, never over another
    line = one_clear_line(run("init", "new-plan", "--year", "2025"))
    assert "new-plan.yaml" in line
    assert snapshot(demo) == before


def test_repair_leaves_no_side_file_when_it_cannot_write(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("record", "demo-people", "40", "--date", "2025-06-30", "--by", "x").exit_code == 0
    edit(demo / "records" / "demo-2025.yaml", "- {", '- {"torn\n- {')
    before = snapshot(demo)
    real = os.replace

    def refuse(src: str | Path, dst: str | Path) -> None:
        if Path(dst).name == "demo-2025.yaml":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))
        real(src, dst)

    monkeypatch.setattr(os, "replace", refuse)
    line = one_clear_line(run("repair"))
    assert "demo-2025.yaml" in line
    assert snapshot(demo) == before


def test_a_plans_folder_that_is_a_file_is_one_line_for_init(run: Run, tmp_path: Path) -> None:
    (tmp_path / "plans").write_text("not a folder\n", encoding="utf-8")
    line = one_clear_line(run("--plans", "plans", "init", "new-plan", "--year", "2025"))
    assert line.startswith("error: plans")
    assert (tmp_path / "plans").read_text(encoding="utf-8") == "not a folder\n"


def test_write_atomic_replaces_and_create_new_refuses_what_exists(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    write_atomic(path, b"one\n")
    write_atomic(path, b"two\n")
    assert path.read_bytes() == b"two\n" and [p.name for p in tmp_path.iterdir()] == ["a.yaml"]
    with pytest.raises(TargetctlError):
        create_new(path, b"three\n")
    assert path.read_bytes() == b"two\n"
    create_new(tmp_path / "b.yaml", b"new\n")
    assert (tmp_path / "b.yaml").read_bytes() == b"new\n"


@pytest.mark.parametrize("plan_id", ["Town-Plan", "town_plan", "town-plan\n", "x" * 71, "-town"])
def test_check_plan_id_refuses_what_is_no_plan_id(plan_id: str) -> None:
    with pytest.raises(UsageError):
        check_plan_id(plan_id)
    check_plan_id("town-plan-2027")
