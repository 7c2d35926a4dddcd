"""The plans shipped in plans/: valid, complete, and true to their sources."""

from __future__ import annotations

import json
import re

import pytest

from targetctl.commands.validate import validate
from targetctl.domain.model import Growth, Quantity, Range, Ratio, Target
from targetctl.domain.schema import plan_schema
from targetctl.workspace import Workspace, load
from tests.conftest import REPO

PLANS = REPO / "plans"
SEED = REPO.parent / "shared" / "seed" / "000_bda6349dde205a91.txt"


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return load(PLANS, records=False, strict=False)


def test_shipped_plans_validate_strictly() -> None:
    result = validate([PLANS], strict=True)
    assert result.problems == [] and result.files == 2


def test_every_numeric_target_of_the_articles(ws: Workspace) -> None:
    numeric: dict[str, tuple[object, ...]] = {}
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


def test_named_programmes_are_all_there(ws: Workspace) -> None:
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


def test_year_is_marked_as_an_inference(ws: Workspace) -> None:
    for lp in ws.plans:
        assert lp.plan.period.start.year == 2020 and lp.plan.source.date is None
        assert "inference" in (lp.plan.source.note or "")


def test_no_invented_owners_or_baselines(ws: Workspace) -> None:
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


# The bilingual audit against the seed: the plans say only what their sources say.


def _target(ws: Workspace, tid: str) -> Target:
    return ws.targets[tid][1]


def _excluded(ws: Workspace) -> list[str]:
    return [e.quote for lp in ws.plans for e in lp.plan.excluded]


def test_the_growth_target_names_no_base_period_the_text_does_not_give(ws: Workspace) -> None:
    growth = _target(ws, "mfg-industrial-value-added-growth")
    assert isinstance(growth, Growth) and growth.against is None, "the text says only 今年…增长11%"
    assert "inference" in (growth.note or "").lower(), "the usual reading is kept only as a labelled inference"


def test_the_ic_cluster_is_as_undated_as_the_ic_base(ws: Workspace) -> None:
    base, cluster = _target(ws, "mfg-ic-industrial-base"), _target(ws, "mfg-ic-cluster-north-of-yangtze")
    assert base.open_ended and cluster.open_ended and cluster.due is None


def test_a_standing_reform_principle_is_not_inside_a_milestone(ws: Workspace) -> None:
    reform = _target(ws, "org-functional-zone-reform")
    assert reform.kind == "milestone" and "坚持" not in reform.quote and "坚持" not in reform.title.zh
    assert "market-oriented" not in (reform.title.en or "")
    principles = [t for _, t in ws.targets.values() if t.quote == "坚持市场化改革取向和去行政化改革方向"]
    assert [t.kind for t in principles] == ["principle"]
    assert principles[0].programme == reform.programme


def test_what_is_already_done_is_excluded_not_a_target(ws: Workspace) -> None:
    done = "精选了一批质优价廉的产品"
    for _, t in ws.targets.values():
        assert done not in t.quote and "精选" not in t.title.zh
    assert done in _excluded(ws)
    ecommerce = _target(ws, "mfg-ecommerce-platform-cooperation")
    assert ecommerce.quote == "针对生活消费品生产企业、积极与网络电商平台合作"
    assert "select" not in (ecommerce.title.en or "")


def test_the_glosses_are_true_to_the_words(ws: Workspace) -> None:
    cadres = next(p for lp in ws.plans for _, p in lp.plan.all_programmes() if p.id == "org-cadres")
    assert "“three-izations, one type”" in (cadres.title.en or ""), "no stray space in the gloss of 三化一型"
    campaign = _target(ws, "org-cadre-force-campaign")
    assert "打响打好" in campaign.title.zh
    assert not re.search(r"\bwin\b", campaign.title.en or ""), "打响打好 is to launch and fight well, not to win"


def test_the_range_target_keeps_its_about(ws: Workspace) -> None:
    park = _target(ws, "mfg-park-unit-size")
    assert "左右" in park.title.zh and "roughly" in (park.title.en or "") and "左右" in park.quote


@pytest.mark.parametrize(
    "tid",
    ["mfg-yinzhu-vfd-park", "mfg-tieshan-equipment-park", "mfg-xinan-appliance-park", "mfg-ftz-japan-korea-park"],
)
def test_the_four_parks_keep_their_first_exploratory_step(ws: Workspace, tid: str) -> None:
    park = _target(ws, tid)
    assert park.title.zh.startswith("先期探索推进"), park.title.zh
    assert (park.title.en or "").startswith("As a first, exploratory step"), park.title.en


def test_titles_keep_the_sources_hedges() -> None:
    """逐步实现 (gradually) and 积极探索 (actively explore) soften a commitment: a title that
    drops them says more than the source (a review of issue 18)."""
    from targetctl.workspace import load

    titles = {t.id: t.title for lp in load(REPO / "plans", records=False).plans for t in lp.plan.targets}
    premium = titles["org-town-cadre-income-premium"]
    assert premium.zh.startswith("逐步实现") and premium.en is not None and premium.en.startswith("Gradually")
    assert titles["mfg-support-doubling-plans"].zh.startswith("积极探索")
