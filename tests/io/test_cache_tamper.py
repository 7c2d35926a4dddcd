"""Property: whatever is done to the cache folder between runs (entries cut, emptied,
filled with garbage or a pickle, swapped between keys, put back from an older run,
replaced by links, opened to others), every answer equals the --no-cache answer, no
planted code runs, and no file outside the cache is written."""

from __future__ import annotations

import os
import pickle
import random
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.io.test_cache_trust import Planted
from tests.workspace.test_incremental import World, steps, world

MARKS = ("CACHEDIR.TAG", ".gitignore")  # the cache folder's own files, not entries

TAMPERS = ["cut", "empty", "garbage", "pickle", "swap", "stale", "link-entry", "link-victim", "open", "tag", "folder"]
pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="links and modes")]


def kept(w: World) -> list[Path]:
    """The entries in the cache folder, whatever its layout."""
    folder = Path(w.env["TARGETCTL_CACHE_DIR"] or "")
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and p.name not in MARKS)


def tamper(w: World, how: str, pick: int, old: dict[Path, bytes], marker: Path, victim: Path) -> None:
    entries = kept(w)
    own = Path(w.env["TARGETCTL_CACHE_DIR"] or "") / "targetctl-cache"
    if how == "tag" and (own / "CACHEDIR.TAG").exists():
        (own / "CACHEDIR.TAG").write_bytes(b"not ours\n")
        return
    if how == "folder" and own.exists():
        own.chmod(0o777)
        return
    if not entries:
        return
    entry = entries[pick % len(entries)]
    data = entry.read_bytes()
    if how == "cut":
        entry.write_bytes(data[: len(data) * (pick % 10) // 10])
    elif how == "empty":
        entry.write_bytes(b"")
    elif how == "garbage":
        entry.write_bytes(random.Random(pick).randbytes(pick % 300))
    elif how == "pickle":
        entry.write_bytes(pickle.dumps(Planted(marker)))
    elif how == "swap":
        other = entries[(pick + 1) % len(entries)]
        body = other.read_bytes()
        other.write_bytes(data)
        entry.write_bytes(body)
    elif how == "stale":
        for path, body in old.items():  # every entry as an earlier run left it
            if path.exists() and not path.is_symlink():
                path.write_bytes(body)
    elif how == "link-entry":
        other = entries[(pick + 1) % len(entries)]
        entry.unlink()
        entry.symlink_to(other)
    elif how == "link-victim":
        entry.unlink()
        entry.symlink_to(victim)
    elif how == "open":
        entry.chmod(0o666)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(steps, max_size=2),
    st.lists(st.tuples(steps, st.sampled_from(TAMPERS), st.integers(0, 1000)), min_size=1, max_size=3),
)
def test_no_cache_state_changes_an_answer_or_runs_code(first: list[Any], later: list[Any]) -> None:
    random.seed(0)
    with world() as w:
        marker = w.root.parent / "ran"
        victim = w.root.parent / "victim.txt"
        victim.write_text("the user's own\n", encoding="utf-8")
        for step in first:
            w.step(step)
        w.answers()
        for step, how, pick in later:
            old = {p: p.read_bytes() for p in kept(w)}
            w.step(step)
            w.answers()  # entries for the new state, next to the old ones
            tamper(w, how, pick, old, marker, victim)
            assert w.answers() == w.answers("--no-cache"), (step, how)
            assert not marker.exists(), "a planted pickle ran"
            assert victim.read_text(encoding="utf-8") == "the user's own\n"
        own = Path(w.env["TARGETCTL_CACHE_DIR"] or "") / "targetctl-cache"
        if own.exists():
            own.chmod(0o700)
            shutil.rmtree(own)
        assert not os.path.lexists(own)
