"""The output cache's string tests of a file's name (which the start-up fast path asks of every
file of every plans folder) say what Path's parent, name and suffix say: a log or a lock sits in
the records folder at the top of its plans folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from targetctl.io import cache

# a file's name as the walk makes it: names joined, none of them empty, "." or ".."
parts = st.sampled_from(["records", "plans", "a.yaml", ".x.lock", ".lock", ".gitignore", "x.yaml.lock", ".yaml"])
words = st.text(alphabet="ab.lmy", min_size=1, max_size=8).filter(lambda w: w not in (".", ".."))
names = st.lists(st.one_of(parts, words), min_size=1, max_size=4).map(
    lambda xs: os.path.join(*xs)  # noqa: PTH118
)


def is_log(name: str) -> bool:
    path = Path(name)
    return path.parent == Path("records") and path.suffix == ".yaml" and not path.name.startswith(".")


def lock(name: str) -> bool:
    path = Path(name)
    return path.parent == Path("records") and (
        (path.name.startswith(".") and path.suffix == ".lock") or path.name == ".gitignore"
    )


@settings(max_examples=500)
@given(names)
def test_a_name_is_a_log_or_a_lock_as_path_says(name: str) -> None:
    assert cache._is_log(name) == is_log(name)
    assert cache._lock(name) == lock(name)


def test_a_walked_folder_is_named_as_relpath_names_it(tmp_path: Path) -> None:
    (tmp_path / "plans" / "records" / "deep").mkdir(parents=True)
    for root in (tmp_path / "plans", Path(os.path.relpath(tmp_path / "plans"))):
        for dirpath, _, _ in os.walk(root):
            assert cache._relative(dirpath, root) == os.path.relpath(dirpath, root)


def test_plans_folders_are_resolved_as_path_resolves_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key names each plans folder by its real path: links anywhere on the way, "..",
    missing folders and relative names, as Path.resolve says."""
    (tmp_path / "real" / "d1" / "plans").mkdir(parents=True)
    (tmp_path / "real" / "d2" / "plans").mkdir(parents=True)
    (tmp_path / "side").mkdir()
    (tmp_path / "side" / "d1").symlink_to(tmp_path / "real" / "d1")
    (tmp_path / "hop").symlink_to(tmp_path / "real")
    (tmp_path / "rel").symlink_to(Path("real") / "d2")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    monkeypatch.chdir(tmp_path / "real")
    folders = (
        tmp_path / "real" / "d1" / "plans",
        tmp_path / "side" / "d1" / "plans",
        tmp_path / "hop" / "d2" / "plans",
        tmp_path / "rel" / "plans",
        tmp_path / "hop" / ".." / "side" / "d1" / "plans",
        tmp_path / "nowhere" / "plans",
        Path("d1/plans"),
        Path("../hop/d1/plans"),
        Path(),
    )
    assert cache._resolved(folders) == [str(folder.resolve()) for folder in folders]
    with pytest.raises(RuntimeError):  # as resolve says it; the key is then None (no cache)
        cache._resolved((tmp_path / "loop" / "plans",))
