"""The caches key on the version of msgspec too: it decodes the record logs whose states are saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from targetctl.io import cache

TODAY = dt.date(2025, 6, 30)  # the day of the run, as the session gives it


def test_another_version_of_msgspec_is_a_miss(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = cache.key(["status"], demo, {}, TODAY)
    site = tmp_path / "site"
    (site / "msgspec-99.0.dist-info").mkdir(parents=True)
    monkeypatch.syspath_prepend(str(site))  # msgspec upgraded
    cache.versions.cache_clear()
    assert cache.key(["status"], demo, {}, TODAY) != before
    monkeypatch.undo()
    cache.versions.cache_clear()
    assert cache.key(["status"], demo, {}, TODAY) == before
