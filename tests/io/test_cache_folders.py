"""The output cache's key when several plans folders are read: a file is a log or a lock by its
place in its own plans folder, whatever the folders themselves are called."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from targetctl.io import cache, cachefs

LONG_AGO = 1_500_000_000


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, (LONG_AGO, LONG_AGO))


@pytest.mark.parametrize("name", ["records", "plans"])
def test_a_plan_in_a_folder_named_records_is_keyed_by_its_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cache, "racy", lambda times, now: False)  # every file settled: its times are trusted
    cachefs.forget()
    other, city = Path("other"), Path("city") / name
    _write(other / "a.yaml", "id: a\n")
    _write(city / "b.yaml", "id: b\n")
    _write(city / "records" / "b.yaml", "x\n")
    folders = (other, city)
    today = dt.date(2026, 12, 6)
    before = cache.base(cache.key(["status"], folders, {}, today))
    _write(city / "b.yaml", "id: b\ntitle: edited\n")
    after = cache.base(cache.key(["status"], folders, {}, today))
    assert before is not None and after is not None
    assert before != after  # the plan's edit is in the key, as for any plans folder
    _write(city / "records" / "b.yaml", "x\ny\n")
    assert cache.base(cache.key(["status"], folders, {}, today)) == after  # a log's content is not
