from __future__ import annotations

from pathlib import Path

from targetctl.io.quickscan import scan, target_ids
from targetctl.workspace import load
from tests.conftest import REPO


def test_completion_lists_exactly_the_target_ids() -> None:
    plans = REPO / "plans"
    assert sorted(target_ids(plans)) == sorted(load(plans, records=False, strict=False).targets)


def test_completion_filters_by_prefix(demo: Path) -> None:
    assert target_ids(demo, "demo-p") == ["demo-people", "demo-projects", "demo-park-size", "demo-premium"]


def test_completion_never_fails(tmp_path: Path) -> None:
    assert target_ids(tmp_path / "missing") == []
    (tmp_path / "bad.yaml").write_bytes(b"\xff\xfe targets:\n  - id: [")
    assert target_ids(tmp_path) == []


def test_the_scan_is_sure_of_the_shipped_plans() -> None:
    # record trusts the scan to find the one plan to parse only where it is sure
    for path in sorted((REPO / "plans").glob("*.yaml")):
        assert scan(path).sure, path


def test_the_scan_is_not_sure_of_targets_it_cannot_read_the_id_of(tmp_path: Path) -> None:
    forms = {
        "key_first": "id: p\ntargets:\n  - id: a\n    kind: x\n  - kind: x\n    id: b\n",
        "flow_item": "id: p\ntargets:\n  - {id: a, kind: x}\n",
        "flow_list": "id: p\ntargets: [{id: a}]\n",
    }
    for name, text in forms.items():
        (tmp_path / f"{name}.yaml").write_text(text, encoding="utf-8")
        assert not scan(tmp_path / f"{name}.yaml").sure, name
    (tmp_path / "plain.yaml").write_text(
        "id: p\ntargets:\n  - id: a\n    steps:\n      - x\n      - y\n  - id: b\n", encoding="utf-8"
    )
    assert scan(tmp_path / "plain.yaml") == ("p", ["a", "b"], True)
