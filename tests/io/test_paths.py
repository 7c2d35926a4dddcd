"""io.paths: paths shown as the user would type them, and errors located in a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from targetctl.domain.problems import UsageError
from targetctl.io.paths import display_path, error_at, expand_folders, is_inside, real_folder, resolved
from tests.conftest import said


def test_a_path_below_the_working_folder_is_shown_relative(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert display_path(tmp_path / "plans" / "a.yaml") == "plans/a.yaml"
    assert display_path("plans/../plans/a.yaml") == "plans/a.yaml"


def test_a_path_elsewhere_is_shown_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    elsewhere = tmp_path / "there" / "a.yaml"
    assert display_path(elsewhere) == elsewhere.as_posix()


def test_error_at_locates_one_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    error = error_at(tmp_path / "a.yaml", said("bad"), line=4, col=2, hint=said("fix it"))
    assert [str(p) for p in error.problems] == ["a.yaml:4:2: bad; fix it"]
    assert str(error_at("b.yaml", said("unreadable"), line=0)) == "b.yaml: unreadable"


def test_a_link_is_shown_as_the_link_not_where_it_leads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "plan.yaml").write_text("id: p\n", encoding="utf-8")
    (tmp_path / "b" / "link.yaml").symlink_to(Path("..") / "a" / "plan.yaml")
    assert display_path(tmp_path / "b" / "link.yaml") == "b/link.yaml"
    assert display_path(Path("b") / "link.yaml") == "b/link.yaml"


def test_a_pattern_stands_for_the_folders_it_matches_sorted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("d2/plans", "d10/plans", "d1/plans"):
        (tmp_path / name).mkdir(parents=True)
    (tmp_path / "d3").mkdir()
    (tmp_path / "d3" / "plans").write_text("a file, not a folder", encoding="utf-8")
    assert expand_folders(["d*/plans", "other"]) == ["d1/plans", "d10/plans", "d2/plans", "other"]


def test_a_pattern_matching_nothing_is_kept_to_be_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert expand_folders(["x*/plans"]) == ["x*/plans"]


def test_a_folder_whose_name_looks_like_a_pattern_is_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plans[2020]").mkdir()
    (tmp_path / "plans2").mkdir()
    assert expand_folders([Path("plans[2020]")]) == [Path("plans[2020]")]


def test_a_link_loop_is_an_os_error_on_every_python(tmp_path: Path) -> None:
    import errno

    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    with pytest.raises(OSError) as caught:
        resolved(loop / "plans")
    assert caught.value.errno == errno.ELOOP
    assert resolved(tmp_path / "absent" / "x") == (tmp_path / "absent" / "x").resolve()


def test_a_plans_folder_that_cannot_be_followed_is_a_usage_error(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    with pytest.raises(UsageError) as caught:
        real_folder(loop)
    said_ = caught.value.args[0]
    assert said_.id == "usage.plans_not_folder" and said_.fields["root"] == loop
    assert real_folder(tmp_path) == tmp_path.resolve()


def test_inside_follows_links_and_a_loop_is_outside(tmp_path: Path) -> None:
    root = tmp_path / "plans"
    (root / "sources").mkdir(parents=True)
    (root / "out").symlink_to(tmp_path)
    (root / "loop").symlink_to(root / "loop")
    assert is_inside(root / "sources" / "a.txt", root)
    assert not is_inside(root / "out" / "a.txt", root)
    assert not is_inside(root / "loop", root)
