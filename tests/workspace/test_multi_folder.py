"""Several plans folders as one workspace through the library: `targetctl.open([A, B])`,
ids unique across the folders, writes beside each plan, and saved work kept per folder."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import targetctl
from targetctl.domain.problems import TargetctlError, UsageError
from targetctl.io import plans as plans_io
from targetctl.workspace import folders, incremental, logs, reduced
from targetctl.workspace.writing import judge, record_value
from tests.districts import district

DAY = dt.date(2025, 7, 1)


@pytest.fixture
def city(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TARGETCTL_PLANS", raising=False)
    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("_TARGETCTL_CACHE_ON", raising=False)  # the saved state off, as a library's is
    east, west = district(tmp_path, "east"), district(tmp_path, "west")
    record_value([east, west], "east-projects", "8", day=dt.date(2025, 6, 30), by="测试员", with_status=False)
    record_value([east, west], "west-projects", "12", day=dt.date(2025, 6, 30), by="测试员", with_status=False)
    return east, west


def _current(ws: Any) -> dict[str, float | None]:
    return {p.target.id: p.current for p in ws.status()}


def test_open_reads_every_folder(city: tuple[Path, Path]) -> None:
    east, west = city
    ws = targetctl.open([east, west], as_of=DAY)
    assert _current(ws) == {"east-projects": 8, "west-projects": 12}
    assert ws.roots == (east, west) and ws.root == east
    assert ws.detail("west-projects").progress.current == 12
    assert [lp.plan.id for lp in targetctl.open([str(west), str(east)], records=False).plans] == ["west", "east"]


def test_open_of_one_folder_still_reads_that_folder_only(city: tuple[Path, Path]) -> None:
    east, _ = city
    assert _current(targetctl.open(east, as_of=DAY)) == {"east-projects": 8}
    assert _current(targetctl.open(str(east), as_of=DAY)) == {"east-projects": 8}


def test_every_way_of_reading_covers_both_folders(city: tuple[Path, Path]) -> None:
    both = list(city)
    history = targetctl.open(both, history=True)
    assert set(history.ledger.histories) == {"east-projects", "west-projects"}
    one = targetctl.open(both, target="west-projects", history=True)
    assert [lp.plan.id for lp in one.plans] == ["west"]
    assert [r.value for r in one.ledger.values_for("west-projects")] == [12]


def test_the_variable_holds_several_folders(city: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TARGETCTL_PLANS", os.pathsep.join(str(p) for p in city))
    assert folders() == city
    assert _current(targetctl.open(as_of=DAY)) == {"east-projects": 8, "west-projects": 12}
    monkeypatch.setenv("TARGETCTL_PLANS", os.pathsep.join([str(city[0]), "", str(city[0])]))
    assert folders() == (city[0],)


def test_no_folder_at_all_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="no plans folder given"):
        folders([])


def test_a_clash_names_both_files(city: tuple[Path, Path], tmp_path: Path) -> None:
    other = district(tmp_path, "other", plan="west", target="other-projects")
    with pytest.raises(TargetctlError) as raised:
        targetctl.open([*city, other])
    assert [str(p) for p in raised.value.problems] == [
        "other/west.yaml:1:5: id 'west' is already used at west/west.yaml:1; ids must be unique",
        "other/west.yaml:10:9: id 'west-area' is already used at west/west.yaml:10; ids must be unique",
    ]


def test_writes_go_beside_the_plan(city: tuple[Path, Path]) -> None:
    east, west = city
    done = judge([east, west], "west-projects", "green", "on course", by="测试员")
    assert done.path == west / "records" / "west.yaml"
    assert sorted(p.name for p in (east / "records").glob("*.yaml")) == ["east.yaml"]
    assert "west-projects" not in (east / "records" / "east.yaml").read_text(encoding="utf-8")


def test_a_change_in_one_folder_rebuilds_nothing_of_the_other(
    city: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    east, west = city
    parsed: Counter[str] = Counter()  # plan files parsed, by folder
    scanned: Counter[str] = Counter()  # logs read from their first line, by folder
    parse, scan, seed = plans_io._parsed, logs._scan, reduced.seed
    resumed: set[int] = set()

    def counted_parse(path: Path, *args: Any) -> Any:
        parsed[path.parent.name] += 1
        return parse(path, *args)

    def counted_scan(job: Any) -> Any:
        scanned[job[1].parent.parent.name] += 1
        return scan(job)

    def counted_seed(walk: Any, state: Any) -> None:
        resumed.add(id(walk))
        seed(walk, state)

    class Walk(logs._Scan):
        def run(self) -> None:
            if id(self) not in resumed:
                scanned[self.path.parent.parent.name] += 1
            super().run()

    monkeypatch.setattr(plans_io, "_parsed", counted_parse)
    monkeypatch.setattr(incremental, "_scan", counted_scan)
    monkeypatch.setattr(incremental, "seed", counted_seed)
    monkeypatch.setattr(incremental, "_Scan", Walk)
    first = targetctl.open([east, west], as_of=DAY, cache=True)
    assert (parsed, scanned) == (Counter(east=1, west=1), Counter(east=1, west=1))

    parsed.clear()
    scanned.clear()
    plan = east / "east.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("en: Projects", "en: Building"), encoding="utf-8")
    again = targetctl.open([east, west], as_of=DAY, cache=True)
    assert (parsed, scanned) == (Counter(east=1), Counter(east=1))  # west: its saved plan and log state
    assert _current(again) == _current(first)

    record_value([east, west], "east-projects", "9", day=dt.date(2025, 6, 30), by="测试员", with_status=False)
    parsed.clear()
    scanned.clear()
    third = targetctl.open([east, west], as_of=DAY, cache=True)
    assert (parsed, scanned) == (Counter(), Counter())  # east's log: only the tail is read
    assert _current(third) == {"east-projects": 9, "west-projects": 12}


def test_a_clash_is_found_whatever_the_order_of_a_target_s_keys(city: tuple[Path, Path], tmp_path: Path) -> None:
    # the plain scan that finds the one plan to write to knows `- id:` lines only: a target
    # written with another key first must not hide a second holder of the id
    other = district(tmp_path, "other", target="west-projects")
    text = (other / "other.yaml").read_text(encoding="utf-8")
    (other / "other.yaml").write_text(
        text.replace(
            "  - id: west-projects\n    programme: other-area\n", "  - programme: other-area\n    id: west-projects\n"
        ),
        encoding="utf-8",
    )
    with pytest.raises(TargetctlError, match="'west-projects' is already used"):
        record_value([*city, other], "west-projects", "13", day=dt.date(2025, 7, 30), by="测试员", with_status=False)
    assert '"value": 13' not in (city[1] / "records" / "west.yaml").read_text(encoding="utf-8")


def test_one_target_s_workspace_reads_its_status_without_calling_the_others_strays(city: tuple[Path, Path]) -> None:
    ws = targetctl.open(list(city), target="west-projects")
    assert {p.target.id: p.current for p in ws.status(DAY)} == {"west-projects": 12}
    assert ws.read_records().problems == []


def test_a_folder_with_no_plan_files_among_several_is_an_error(city: tuple[Path, Path], tmp_path: Path) -> None:
    # a checkout's root given instead of its plans folder: a city's view must not lose a district unsaid
    empty = tmp_path / "huangdao"
    empty.mkdir()
    with pytest.raises(TargetctlError, match="huangdao: no plan files in this folder"):
        targetctl.open([*city, empty])
    ws = targetctl.open([*city, empty], strict=False)
    assert [str(p) for p in ws.problems] == [
        "huangdao: no plan files in this folder; pass the plans folder"
        " (plan files are the *.yaml files directly inside it)"
    ]


def test_a_plan_moved_to_another_folder_keeps_one_log(city: tuple[Path, Path], tmp_path: Path) -> None:
    east, west = city
    spare = district(tmp_path / "spare", "west", plan="harbour")  # west keeps a plan of its own
    (spare / "harbour.yaml").rename(west / "harbour.yaml")
    (spare / "sources" / "harbour.txt").rename(west / "sources" / "harbour.txt")
    (west / "west.yaml").rename(east / "west.yaml")
    (west / "sources" / "west.txt").rename(east / "sources" / "west.txt")
    with pytest.raises(TargetctlError) as raised:
        record_value([east, west], "west-projects", "13", day=dt.date(2025, 7, 30), by="测试员", with_status=False)
    assert [str(p) for p in raised.value.problems] == [
        "west/records/west.yaml: the records of plan 'west' are here, in another plans folder than its plan file;"
        " move this log to east/records/ and record again"
    ]
    assert not (east / "records" / "west.yaml").exists()
    with pytest.raises(TargetctlError) as raised:
        targetctl.open([east, west])
    assert [str(p) for p in raised.value.problems] == [
        "west/records/west.yaml:1:1: the log of plan 'west', whose file is in another plans folder;"
        " move this log to east/records/"
    ]
