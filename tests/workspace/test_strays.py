"""The search for logs of no plan across plans folders finds each log's name once
(`logs.folder_strays`), where it looked through every other folder's plans for each folder;
it says the same problems as that search, kept here as the oracle, on folders sharing plan
ids, logs of no plan, logs of another folder's plan, a records folder that is a file and
folders with no records folder."""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from targetctl.domain.messages import Msg
from targetctl.domain.problems import Problem
from targetctl.io.paths import display_path
from targetctl.io.recordlog import log_path
from targetctl.workspace.logs import Owner, folder_strays

IDS = ["a", "b", "c", "d"]


def _stray_logs(records_dir: Path, plans: list[Owner], elsewhere: Sequence[Owner]) -> list[Problem]:
    if records_dir.exists() and not records_dir.is_dir():
        return [Problem(display_path(records_dir), 0, 0, Msg("log.folder_is_file"))]
    if not records_dir.is_dir():
        return []
    known = {log_path(records_dir, o.plan_id).name for o in plans}
    owners = {log_path(records_dir, o.plan_id).name: o for o in elsewhere}
    out = []
    for p in sorted(records_dir.glob("*.yaml")):
        if p.name in known:
            continue
        owner = owners.get(p.name)
        if owner is None:
            out.append(Problem(display_path(p), 1, 1, Msg("log.of_no_plan"), Msg("log.of_no_plan_hint")))
        else:
            message = Msg("log.of_plan_elsewhere", plan=owner.plan_id)
            beside = owner.root / "records" / p.name
            hint = (
                Msg("log.merge_into", log=display_path(beside))
                if beside.exists() and not beside.samefile(p)
                else Msg("log.move_to", folder=display_path(owner.root / "records"))
            )
            out.append(Problem(display_path(p), 1, 1, message, hint))
    return out


def oracle(owners: list[Owner], folders: Iterable[Path]) -> list[Problem]:
    """The search as it was: for each records folder, every plan of the other folders."""
    by_folder: dict[Path, list[Owner]] = {folder / "records": [] for folder in folders}
    for owner in owners:
        by_folder.setdefault(owner.root / "records", []).append(owner)
    return [
        problem
        for records_dir, held in by_folder.items()
        for problem in _stray_logs(records_dir, held, [o for o in owners if o.root / "records" != records_dir])
    ]


# a folder: its plans' ids, the logs in its records folder, what that records folder is, and
# whether the folder is named among the folders searched even without a plan
FOLDER = st.tuples(
    st.lists(st.sampled_from(IDS), max_size=3),
    st.lists(st.sampled_from([*IDS, "zz"]), max_size=4),
    st.sampled_from(["folder", "folder", "file", "none"]),
    st.booleans(),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(FOLDER, min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_the_same_problems_as_looking_through_every_other_folder(
    layout: list[tuple[list[str], list[str], str, bool]], rng: random.Random
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        roots, owners = [], []
        for n, (plans, names, records_kind, given_) in enumerate(layout):
            root = Path(tmp) / f"f{n}" / "plans"
            root.mkdir(parents=True)
            records = root / "records"
            if records_kind == "file":
                records.write_text("not a folder\n")
            elif records_kind == "folder":
                records.mkdir()
                for name in names:
                    (records / f"{name}.yaml").write_text("")
            owners += [Owner(root, plan) for plan in plans]
            if given_:
                roots.append(root)
        rng.shuffle(owners)
        assert folder_strays(owners, roots) == oracle(owners, roots)


def test_a_log_of_a_plan_in_two_other_folders_names_the_last_of_them(tmp_path: Path) -> None:
    roots = [tmp_path / name / "plans" for name in ("x", "y", "z")]
    for root in roots:
        (root / "records").mkdir(parents=True)
    (roots[0] / "records" / "a.yaml").write_text("")
    found = folder_strays([Owner(roots[1], "a"), Owner(roots[2], "a")], roots)
    assert [p.message.fields for p in found] == [{"plan": "a"}]
    assert found[0].hint == Msg("log.move_to", folder=display_path(roots[2] / "records"))
