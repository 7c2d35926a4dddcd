"""The plans shipped in plans/: valid, complete, and true to their sources."""

from __future__ import annotations

import json

import pytest

from targetctl.commands.validate import validate
from targetctl.domain.model import Growth, Quantity, Range, Ratio
from targetctl.domain.schema import plan_schema
from targetctl.workspace import load
from tests.conftest import REPO

PLANS = REPO / "plans"
SEED = REPO.parent / "shared" / "seed" / "000_bda6349dde205a91.txt"


@pytest.fixture(scope="module")
def ws():  # type: ignore[no-untyped-def]
    return load(PLANS, records=False, strict=False)


def test_shipped_plans_validate_strictly() -> None:
    result = validate([PLANS], strict=True)
    assert result.problems == [] and result.files == 2


def test_every_numeric_target_of_the_articles(ws) -> None:  # type: ignore[no-untyped-def]
    numeric = {}
    for _, t in ws.targets.values():
        if isinstance(t, Quantity):
            numeric[t.id] = ("quantity", t.comparator, t.value, t.unit)
        elif isinstance(t, Growth | Ratio):
            numeric[t.id] = (t.kind, t.comparator, t.percent, "percent")
        elif isinstance(t, Range):
            numeric[t.id] = ("range", "between", (t.min, t.max), t.unit)
    assert sorted(numeric.values(), key=str) == sorted(
        [
            ("quantity", "exactly", 100, "people"),
            ("quantity", "exactly", 30, "people"),
            ("quantity", "at-least", 20, "projects"),
            ("growth", "at-least", 10, "percent"),
            ("ratio", "at-least", 20, "percent"),
            ("growth", "exactly", 11, "percent"),
            ("quantity", "at-least", 650, "projects"),
            ("quantity", "exactly", 3, "km2"),
            ("range", "between", (1000, 2000), "mu"),
        ],
        key=str,
    )


def test_named_programmes_are_all_there(ws) -> None:  # type: ignore[no-untyped-def]
    titles = {p.title.zh for lp in ws.plans for _, p in lp.plan.all_programmes()}
    for name in [
        "提素计划",
        "头雁计划",
        "育苗计划",
        "赋能计划",
        "“平台增效”工程",
        "“堡垒筑基”工程",
        "“细胞激活”工程",
        "“榜样引领”工程",
    ]:
        assert name in titles


def test_year_is_marked_as_an_inference(ws) -> None:  # type: ignore[no-untyped-def]
    for lp in ws.plans:
        assert lp.plan.period.start.year == 2020 and lp.plan.source.date is None
        assert "inference" in (lp.plan.source.note or "")


def test_no_invented_owners_or_baselines(ws) -> None:  # type: ignore[no-untyped-def]
    for _, t in ws.targets.values():
        assert t.lead_unit is None and not t.supporting_units and t.cadence is None
        assert getattr(t, "baseline", None) is None and not getattr(t, "checkpoints", [])


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed is not beside this checkout")
def test_sources_are_the_seed_verbatim() -> None:
    org = (PLANS / "sources/west-coast-org-2020.txt").read_bytes()
    mfg = (PLANS / "sources/west-coast-manufacturing-2020.txt").read_bytes()
    assert org + b"\n" + mfg == SEED.read_bytes()


def test_shipped_schema_is_the_generated_one() -> None:
    assert (REPO / "schema/plan.schema.json").read_text(encoding="utf-8") == plan_schema()
    json.loads(plan_schema())


def test_plan_files_point_editors_at_the_schema() -> None:
    for path in PLANS.glob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schema/plan.schema.json"
        assert (path.parent / "../schema/plan.schema.json").exists()
