"""docs/screens: the 80-column captures of status and show on the shipped plans. No line may
be wider than 80 cells, break a target id or cut a number; the same holds for what the
code prints now, so the captures cannot hide a regression."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from targetctl.workspace import load
from tests.conftest import REPO, Run

SCREENS = sorted((REPO / "docs" / "screens").glob("*-80.txt"))
PLANS = load(REPO / "plans", records=False, strict=False).plans
IDS = {t.id for lp in PLANS for t in lp.plan.targets} | {lp.plan.id for lp in PLANS}
IDS |= {p.id for lp in PLANS for _, p in lp.plan.all_programmes()}
ID_LIKE = re.compile(r"(?<![\w-])(?:org|mfg|west)-[a-z0-9-]*")
CUT_NUMBER = re.compile(r"\d[\d,.]*…|…\d")


def problems(text: str) -> list[str]:
    found = []
    for n, line in enumerate(text.splitlines(), 1):
        if cell_len(line) > 80:
            found.append(f"line {n} is {cell_len(line)} cells wide")
        found += [f"line {n}: broken id {m}" for m in ID_LIKE.findall(line) if m not in IDS]
        found += [f"line {n}: cut number {m}" for m in CUT_NUMBER.findall(line)]
    return found


def test_the_checker_finds_what_it_looks_for() -> None:
    assert problems("x" * 81) and problems("mfg-iiot-libr") and problems("1,23…")
    assert not problems("mfg-iiot-library-projects  530 projects  ████░ 82%")


@pytest.mark.parametrize("path", SCREENS, ids=[p.stem for p in SCREENS])
def test_captures_in_docs(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) > 20 and not problems(text)


@pytest.mark.slow
def test_what_the_code_prints_at_80_columns(run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import shutil

    shutil.copytree(REPO / "plans", tmp_path / "plans", ignore=shutil.ignore_patterns("records"))
    monkeypatch.setenv("COLUMNS", "80")
    for target, day, value in [
        ("mfg-iiot-library-projects", "2020-06-30", "290"),
        ("org-recruit-top-university-talent", "2020-09-30", "62"),
        ("mfg-park-unit-size", "2020-09-30", "1800"),
        ("mfg-industrial-value-added-growth", "2020-09-30", "4.6"),
    ]:
        assert run("record", target, value, "--date", day, "--no-status").exit_code == 0
    for lang in ("en", "zh"):
        for args in (
            ("status", "--as-of", "2020-10-15", "--all", "--no-cache"),
            ("status", "--as-of", "2020-10-15", "--period", "quarter", "--no-cache"),
            ("show", "mfg-iiot-library-projects", "--as-of", "2020-10-15"),
            ("log",),
            ("overdue", "--as-of", "2021-03-31"),
            ("trace",),
        ):
            out = run("--lang", lang, *args).stdout
            assert not problems(out), (lang, args, problems(out))
            if args[0] in ("log", "overdue", "trace"):  # every id shown whole, on one line
                shown = set(ID_LIKE.findall(out))
                assert shown and shown <= IDS, (lang, args, shown - IDS)
                assert len(out.splitlines()) < 60 if args[0] == "log" else True


def test_show_keeps_ids_dates_and_numbers_of_a_long_note_whole_at_80_columns(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import shutil

    shutil.copytree(REPO / "plans", tmp_path / "plans", ignore=shutil.ignore_patterns("records"))
    monkeypatch.setenv("COLUMNS", "80")
    note = (
        "其中新增项目123456789个，参见mfg-industrial-value-added-growth于2020-06-30的数据编号ABC-2020-11-30-0001234567"
    )
    target = "mfg-iiot-library-projects"
    assert run("record", target, "600", "--date", "2020-11-30", "--note", note, "--no-status").exit_code == 0
    for lang in ("en", "zh"):
        shown = run("--lang", lang, "show", target, "--as-of", "2020-12-01").stdout
        assert not problems(shown), (lang, problems(shown))
        for whole in ("123456789个", "mfg-industrial-value-added-growth", "2020-06-30", "ABC-2020-11-30-0001234567"):
            assert whole in shown, (lang, whole)
