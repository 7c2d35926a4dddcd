"""The cache's temporary files and folders are made as `tempfile` makes them: new (never one
that is there, never through a link), only the user's, and under the names pruning deletes."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from targetctl.io import cachefs

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows uses tempfile itself")


def test_a_new_file_is_the_users_alone_and_named_for_pruning(tmp_path: Path) -> None:
    fd, name = cachefs._new_file(tmp_path)
    os.close(fd)
    assert cachefs._TEMP.fullmatch(Path(name).name)
    assert stat.S_IMODE(Path(name).stat().st_mode) & 0o077 == 0
    folder = Path(cachefs._new_folder(tmp_path))
    assert cachefs._TEMP.fullmatch(folder.name) and folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0


def test_a_taken_name_or_a_link_is_passed_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draws = iter([b"\x00" * 5, b"\x00" * 5, b"\x01" * 5, b"\x00" * 5, b"\x02" * 5])
    monkeypatch.setattr(os, "urandom", lambda n: next(draws))
    (tmp_path / "elsewhere").write_text("kept")
    (tmp_path / ".tmp-0000000000.part").symlink_to(tmp_path / "elsewhere")
    fd, name = cachefs._new_file(tmp_path)
    os.close(fd)
    assert Path(name).name == ".tmp-0000000000.part".replace("00", "01")
    assert (tmp_path / "elsewhere").read_text() == "kept"
    assert Path(cachefs._new_folder(tmp_path)).name == ".tmp-0202020202.part"


def test_a_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cachefs.CACHE_ENV, str(tmp_path))
    cachefs.forget()
    assert cachefs.write("output", "ab" * 20, b"body") is not None
    folder = tmp_path / cachefs.FOLDER / "output"
    assert sorted(p.name for p in folder.iterdir()) == ["ab" * 20]
    cachefs.forget()
