"""Every target form of Chinese plans (issue 11's table): the model states it exactly and
`status` uses its meaning. Sentences are written for these tests, not taken from a source."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from targetctl.domain.model import Growth, Plan, Quantity, Target
from targetctl.domain.progress import assess, band, effective, meets
from targetctl.domain.records import BadValue, JudgementRecord, ValueRecord, value_for
from targetctl.domain.units import describe, same_base, unit_label
from targetctl.render.common import goal
from tests.conftest import Run

T0 = dt.datetime(2030, 7, 1, tzinfo=dt.timezone.utc)
_ids = count()
TEXT = {"zh": "甲", "en": "A"}


def make(quote: str, **fields: Any) -> tuple[Plan, Target]:
    target = {"id": "t", "programme": "p", "title": TEXT, "quote": quote, **fields}
    plan = Plan.model_validate(
        {
            "id": "plan",
            "title": TEXT,
            "period": {"start": dt.date(2030, 1, 1), "end": dt.date(2030, 12, 31)},
            "source": {"file": "sources/x.txt"},
            "programmes": [{"id": "p", "title": TEXT}],
            "targets": [target],
        }
    )
    return plan, plan.targets[0]


def rec(value: float | str, as_of: str = "2030-06-30") -> ValueRecord:
    return ValueRecord(
        id=f"{next(_ids):012x}",
        type="value",
        target="t",
        as_of=dt.date.fromisoformat(as_of),
        value=value,
        recorded=T0,
        by="x",
    )


def judge(rating: str) -> JudgementRecord:
    return JudgementRecord.model_validate(
        {
            "id": f"{next(_ids):012x}",
            "type": "judgement",
            "target": "t",
            "as_of": dt.date(2030, 6, 30),
            "rating": rating,
            "reason": "r",
            "recorded": T0,
            "by": "x",
        }
    )


def status(plan: Plan, target: Target, *values: float | str, day: str = "2030-06-30", as_of: str = "2030-06-30") -> str:
    records = [rec(v, as_of) for v in values]
    return assess(plan, target, effective(records, set()), [], dt.date.fromisoformat(day)).status


def growth(comparator: str, percent: float, **more: Any) -> dict[str, Any]:
    return {"kind": "growth", "comparator": comparator, "percent": percent, "of": {"zh": "税收收入"}, **more}


# ── at least, more than, at most, about ─────────────────────────────────────


@pytest.mark.parametrize("quote", ["新建公园不少于12个", "新建公园12个以上", "新建公园至少12个"])
def test_at_least_is_met_at_the_number(quote: str) -> None:
    plan, t = make(quote, kind="quantity", comparator="at-least", value=12, unit="个")
    assert goal(t) == "≥ 12 units" and goal(t, "zh") == "≥ 12 个"
    assert status(plan, t, 12, day="2031-01-01") == "achieved"
    assert status(plan, t, 11, day="2031-01-01") == "missed"


def test_more_than_is_strict() -> None:
    plan, t = make("每万人发明专利拥有量超过20件", kind="quantity", comparator="more-than", value=20, unit="件")
    assert goal(t) == "> 20 items"
    assert status(plan, t, 20, day="2031-01-01") == "missed"
    assert status(plan, t, 20.5, day="2031-01-01") == "achieved"


@pytest.mark.parametrize("comparator", ["at-most", "less-than"])
def test_a_ceiling_is_kept_below(comparator: str) -> None:
    plan, t = make("城镇调查失业率控制在5.5%以内", kind="quantity", comparator=comparator, value=5.5, unit="%")
    assert status(plan, t, 5.2) == "on-track"
    assert status(plan, t, 5.5) == ("on-track" if comparator == "at-most" else "at-risk")
    assert status(plan, t, 6.5, day="2031-01-01") == "missed"


def test_about_is_a_band_drawn_as_approximately() -> None:
    plan, t = make("地区生产总值增长6%左右", **growth("about", 6))
    assert goal(t) == "≈ +6%"
    assert band(t) == (Decimal("5.5"), Decimal("6.5"))
    # growth for the year is a flow: in the band mid-year is on track, achieved on the year's figure
    assert status(plan, t, 6.4) == "on-track" and status(plan, t, 6.6) == "at-risk"
    year = [rec(6.4, "2030-12-31")]
    assert assess(plan, t, year, [], dt.date(2031, 1, 1)).status == "achieved"
    assert status(plan, t, 5.0, day="2031-01-01") == "missed"
    plan, t = make("粮食产量稳定在50万吨左右", kind="quantity", comparator="about", value=50, unit="万吨", tolerance=1)
    assert status(plan, t, 49.2) == "on-track" and status(plan, t, 48.5) == "at-risk"  # a year's output: a flow
    plan, t = make("森林覆盖率稳定在40%左右", kind="quantity", comparator="about", value=40, unit="%", measure="level")
    assert status(plan, t, 40.2) == "achieved"  # a level may be in its band any day


# ── growth: plain, decrease, range, positive, average annual ───────────────


def test_growth_against_the_previous_period() -> None:
    plan, t = make("税收收入增长6%", **growth("exactly", 6, against={"zh": "上年"}))
    assert isinstance(t, Growth)
    assert goal(t) == "= +6%" and t.against is not None
    assert status(plan, t, 6.2, day="2031-01-01", as_of="2030-12-31") == "achieved"
    assert status(plan, t, 6.2) == "on-track"  # a rate for the year, reached mid-year: so far
    assert status(plan, t, 5.0, day="2031-01-01") == "missed"


def test_a_decrease_is_good_when_it_falls() -> None:
    plan, t = make("单位产值水耗下降4%", **growth("exactly", 4, direction="decrease"))
    assert goal(t) == "= fall 4%" and goal(t, "zh") == "= 下降4%"
    assert status(plan, t, -4.5, day="2031-01-01", as_of="2030-12-31") == "achieved"
    assert status(plan, t, -3.0, day="2031-01-01") == "missed"
    assert status(plan, t, 2.0, day="2031-01-01") == "missed"
    assert status(plan, t, -4.0) == "on-track"


def test_growth_range() -> None:
    plan, t = make("规上工业增加值增长5.5-6%", **growth("between", 5.5, percent_max=6))
    assert goal(t) == "+5.5–6%"
    assert isinstance(t, Growth)
    assert [meets(t, v) for v in (5.4, 5.5, 6, 6.1)] == [False, True, True, False]
    assert status(plan, t, 7, day="2031-01-01") == "missed"


def test_positive_growth() -> None:
    plan, t = make("出口保持正增长", **growth("more-than", 0))
    assert goal(t) == "> 0%"
    assert (
        status(plan, t, 0.1) == "on-track" and status(plan, t, 0.1, day="2031-01-01", as_of="2030-12-31") == "achieved"
    )
    assert status(plan, t, 0) == "behind" and status(plan, t, -1, day="2031-01-01") == "missed"


def test_average_annual_growth_from_a_base_year() -> None:
    plan, t = make("到2030年年均增长8%", **growth("exactly", 8, annual=True, base_year=2025), due=dt.date(2030, 12, 31))
    assert isinstance(t, Growth)
    assert t.annual and t.base_year == 2025
    assert goal(t) == "= +8% a year" and goal(t, "zh") == "= +8% 年均"
    assert status(plan, t, 8.1, day="2031-01-01", as_of="2030-12-31") == "achieved"


# ── shares, increases, levels, checkpoints ──────────────────────────────────


def test_share_is_a_level_in_percent() -> None:
    plan, t = make(
        "研发投入占营业收入比重3%以上",
        kind="share",
        comparator="at-least",
        percent=3,
        numerator={"zh": "研发投入"},
        denominator={"zh": "营业收入"},
    )
    assert goal(t) == "≥ 3%"
    assert status(plan, t, 3.1, day="2031-01-01") == "achieved" and status(plan, t, 2.5, day="2031-01-01") == "missed"


def test_net_increase_keeps_the_magnitude_as_written() -> None:
    plan, t = make("净增市场主体2万户", kind="quantity", comparator="exactly", value=2, unit="万户")
    assert goal(t) == "= 2 10k households" and goal(t, "zh") == "= 2 万户"
    assert isinstance(t, Quantity)
    assert t.measure == "cumulative"
    assert value_for(t, "1.5万户") == 1.5 and value_for(t, "15000户") == 1.5 and value_for(t, "1.5") == 1.5
    assert value_for(t, "2万") == 2
    with pytest.raises(BadValue, match="does not match"):
        value_for(t, "3吨")
    assert status(plan, t, 1.0) == "on-track" and status(plan, t, 2.0, day="2031-01-01") == "achieved"


def test_a_level_to_reach() -> None:
    plan, t = make("5G基站覆盖率达到95%", kind="quantity", comparator="at-least", value=95, unit="%", measure="level")
    assert status(plan, t, 95, day="2031-01-01") == "achieved"


def test_values_are_compared_exactly() -> None:
    _plan, t = make("进出口总额达到1.2亿美元", kind="quantity", comparator="at-least", value=1.2, unit="亿美元")
    assert isinstance(t, Quantity)
    assert t.value == Decimal("1.2")
    assert goal(t) == "≥ 1.2 100m US dollars" and goal(t, "zh") == "≥ 1.2 亿美元"
    assert meets(t, 1.2) and not meets(t, 1.19)


def test_two_dated_values_are_one_target_with_a_checkpoint() -> None:
    plan, t = make(
        "到2030年6月达到40家，到2030年底达到60家",
        kind="quantity",
        comparator="at-least",
        value=60,
        unit="家",
        checkpoints=[{"date": dt.date(2030, 6, 30), "value": 40}],
    )
    assert status(plan, t, 40) == "on-track" and status(plan, t, 30) == "behind"


# ── judged, standing and open-ended ─────────────────────────────────────────


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": "relation", "subject": {"zh": "居民收入增长"}, "reference": {"zh": "经济增长"}},
        {"kind": "principle"},
    ],
)
def test_judged_targets_take_ratings_not_values(fields: dict[str, Any]) -> None:
    plan, t = make("居民收入增长与经济增长基本同步", **fields)
    day = dt.date(2031, 6, 1)
    assert assess(plan, t, [], [], day).status == "no-data"
    assert assess(plan, t, [], [judge("green")], day).status == "on-track"
    assert assess(plan, t, [], [judge("red")], day).status == "behind"
    with pytest.raises(BadValue, match="judged"):
        value_for(t, "done")


def test_a_standing_principle_is_never_done() -> None:
    _plan, t = make("坚持生态优先", kind="principle")
    assert goal(t) == "ongoing" and goal(t, "zh") == "坚持"
    with pytest.raises(BadValue):
        value_for(t, "done")


def test_no_deadline_is_not_missed_at_the_period_end() -> None:
    plan, t = make("逐步实现全覆盖", kind="quantity", comparator="at-least", value=100, unit="%", open_ended=True)
    assert status(plan, t, 80, day="2031-06-01") != "missed"
    plan, dated = make("实现全覆盖", kind="quantity", comparator="at-least", value=100, unit="%")
    assert status(plan, dated, 80, day="2031-06-01") == "missed"


# ── units ───────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("unit", "en", "scale"),
    [
        ("亿美元", "100m US dollars", 10**8),
        ("吨标准煤/万元", "tonnes of standard coal/10k yuan", Decimal("0.0001")),
        ("微克/立方米", "µg/m³", 1),
        ("人年", "person-years", 1),
        ("万人", "10k people", 10**4),
        ("平方米", "m²", 1),
        ("10k-yuan", "10k yuan", 10**4),
    ],
)
def test_unit_registry(unit: str, en: str, scale: Decimal | int) -> None:
    info = describe(unit)
    assert info.known and info.en == en and info.scale == scale
    assert unit_label(unit, "zh") == info.zh


def test_unknown_units_may_be_declared() -> None:
    assert not describe("标准亩").known
    decl = {"标准亩": type("D", (), {"zh": "标准亩", "en": "standard mu"})()}
    assert unit_label("标准亩", "en", decl) == "standard mu"


def test_units_convert_only_within_what_they_measure() -> None:
    assert same_base("万人", "people") == 10**4 and same_base("名", "people") == 1
    assert same_base("亿元", "万元") == 10**4
    assert same_base("吨", "people") is None


@given(st.decimals(min_value=0, max_value=10**9, places=2), st.sampled_from(["万", "亿", ""]))
def test_written_magnitudes_round_trip(number: Decimal, prefix: str) -> None:
    _plan, t = make("x", kind="quantity", comparator="at-least", value=1, unit=f"{prefix}元")
    scale = describe(f"{prefix}元").scale
    assert Decimal(str(value_for(t, f"{number}元"))) == pytest.approx(number / scale)


# ── through the command line ────────────────────────────────────────────────


def test_review_marks_and_missing_translations_warn_then_fail_strict(run: Run, demo: Path) -> None:
    from tests.conftest import edit

    edit(demo / "demo.yaml", "title: {zh: 新增项目, en: New projects}", "title: {zh: 新增项目}\n    review: 数量待核")
    result = run("validate")
    assert result.exit_code == 0, result.stdout
    lines = result.stdout.splitlines()
    assert any(ln.startswith("plans/demo.yaml:") and "warning: no English translation yet" in ln for ln in lines)
    assert any("warning: needs review: 数量待核" in ln for ln in lines)
    assert lines[-1] == "ok: 1 file valid; 2 warnings to resolve (validate --strict fails on them)"
    strict = run("validate", "--strict")
    assert strict.exit_code == 1 and "needs review: 数量待核" in strict.stdout and "warning:" not in strict.stdout
    as_json = run("validate", "--format", "json")
    assert '"warnings": [' in as_json.stdout and as_json.exit_code == 0
    github = run("validate", "--format", "github")
    assert "::warning file=plans/demo.yaml" in github.stdout


def test_unknown_units_fail_until_declared(run: Run, demo: Path) -> None:
    from tests.conftest import edit

    edit(demo / "demo.yaml", "unit: projects", "unit: 标准亩")
    result = run("validate")
    assert result.exit_code == 1 and "unknown unit '标准亩'" in result.stdout and "units:" in result.stdout
    edit(demo / "demo.yaml", "programmes:\n", "units:\n  标准亩: {zh: 标准亩, en: standard mu}\nprogrammes:\n")
    assert run("validate").exit_code == 0
    assert run("record", "demo-projects", "3").exit_code == 0
    assert "3 standard mu" in run("status").stdout


def test_recording_a_value_into_a_judged_target_is_refused(run: Run, demo: Path) -> None:
    from tests.conftest import edit

    edit(
        demo / "demo.yaml",
        "kind: quantity\n    comparator: at-least\n    value: 20\n    unit: projects\n",
        "kind: principle\n",
    )
    assert run("validate").exit_code == 0
    result = run("record", "demo-projects", "done")
    assert result.exit_code == 1 and "judged" in result.stderr and "targetctl judge" in result.stderr
    assert run("judge", "demo-projects", "green", "--reason", "坚持得好").exit_code == 0


# ── projection at the current pace ──────────────────────────────────────────


def test_projection_at_the_current_pace() -> None:
    from targetctl.domain.progress import Tolerance, project

    plan, t = make("新增项目不少于650个", kind="quantity", comparator="at-least", value=650, unit="个")
    known = [rec(100, "2030-03-31"), rec(200, "2030-06-30"), rec(260, "2030-09-30")]
    pr = project(plan, t, known, dt.date(2030, 10, 1), Tolerance())
    assert pr is not None and pr.due == dt.date(2030, 12, 31)
    assert pr.at_due == pytest.approx(260 + 260 / 272 * 92)
    assert pr.off_track_since == dt.date(2030, 3, 31)  # every report since then is below the path
    assert pr.needed_a_month == pytest.approx((650 - 260) / (91 / 30.44))
    on_track = project(plan, t, [rec(170, "2030-03-31"), rec(500, "2030-09-30")], dt.date(2030, 10, 1), Tolerance())
    assert on_track is not None and on_track.off_track_since is None


def test_no_projection_for_ceilings_bands_rates_or_levels_without_a_start() -> None:
    from targetctl.domain.progress import Tolerance, project

    day, known = dt.date(2030, 10, 1), [rec(5, "2030-06-30")]
    for fields in (
        {"kind": "quantity", "comparator": "at-most", "value": 10, "unit": "%"},
        {"kind": "range", "min": 1, "max": 2, "unit": "亩"},
        growth("at-least", 6),
        {"kind": "quantity", "comparator": "at-least", "value": 95, "unit": "%", "measure": "level"},
    ):
        plan, t = make("x", **fields)
        assert project(plan, t, known, day, Tolerance()) is None


def test_show_and_json_carry_the_projection(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "20", "--date", "2025-06-30").exit_code == 0
    shown = run("show", "demo-people", "--as-of", "2025-07-15").stdout
    assert "at this pace 40 of 100 by 2025-12-31" in shown and "off track since 2025-06-30" in shown
    assert "needs 14 a month" in shown  # (100 - 20) / (169 days / 30.44)
    data = run("status", "--json", "--as-of", "2025-07-15").stdout
    assert '"off_track_since": "2025-06-30"' in data


# ── found by review: each of these once gave a wrong number or a crash ──────


def test_add_converts_the_unit_it_is_written_in(run: Run, demo: Path) -> None:
    from tests.conftest import edit

    edit(demo / "demo.yaml", "value: 20\n    unit: projects", "value: 5\n    unit: 万户")
    assert run("record", "demo-projects", "2", "--date", "2025-03-31").exit_code == 0
    assert run("record", "demo-projects", "1万户", "--add", "--date", "2025-04-30").exit_code == 0
    assert run("record", "demo-projects", "5000户", "--add", "--date", "2025-05-31").exit_code == 0
    values = [r["value"] for r in json.loads(run("log", "--json").stdout)["records"]]
    assert sorted(values) == [2, 3, 3.5]


def test_a_share_stays_between_0_and_100_and_takes_no_magnitude() -> None:
    _plan, t = make("x", kind="share", comparator="at-least", percent=3, numerator=TEXT, denominator=TEXT)
    with pytest.raises(BadValue, match="not a percent"):
        value_for(t, "3.5万")
    with pytest.raises(BadValue, match="between 0 and 100"):
        value_for(t, "100.5")
    assert value_for(t, "3.5%") == 3.5


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), st.sampled_from(["quantity", "share", "growth"]))
def test_the_fast_log_check_agrees_with_the_model(value: float, kind: str) -> None:
    from targetctl.domain.kinds import rules
    from targetctl.domain.records import misfit
    from targetctl.workspace.logs import _within

    fields = {
        "quantity": {"kind": "quantity", "comparator": "at-least", "value": 5, "unit": "个"},
        "share": {"kind": "share", "comparator": "at-least", "percent": 3, "numerator": TEXT, "denominator": TEXT},
        "growth": growth("at-least", 5),
    }[kind]
    _plan, t = make("x", **fields)
    assert (misfit(t, value) is None) == _within(rules(t).bounds, value)


def test_chinese_stage_names_record_and_validate(run: Run, demo: Path) -> None:
    from tests.conftest import edit

    edit(demo / "demo.yaml", "stages: [venue, first-lecture]", "stages: [立项, 开工]")
    assert run("record", "demo-hall", "开工", "--date", "2025-03-01").exit_code == 0
    assert run("validate").exit_code == 0
    assert "开工" in run("show", "demo-hall").stdout
    edit(demo / "demo.yaml", "stages: [立项, 开工]", "stages: [立项, 完成]")
    clash = run("validate")
    assert clash.exit_code == 1 and "stages must be distinct" in clash.stdout  # 完成 means done


def test_the_first_english_unit_keys_still_validate() -> None:
    for unit in ("10k-yuan", "100m-yuan", "km2"):
        _plan, t = make("x", kind="quantity", comparator="at-least", value=1, unit=unit)
        assert isinstance(t, Quantity)
        assert describe(t.unit).known


def test_no_projection_once_due_and_no_path_for_a_ceiling() -> None:
    plan, t = make("x", kind="quantity", comparator="at-least", value=10, unit="个")
    late = assess(plan, t, [rec(5, "2030-06-30")], [], dt.date(2031, 3, 1))
    assert late.status == "missed" and late.projection is None
    plan, ceiling = make("x", kind="quantity", comparator="at-most", value=0.5, unit="吨标准煤/万元")
    assert assess(plan, ceiling, [rec(0.4, "2030-06-30")], [], dt.date(2030, 7, 1)).expected is None


def test_a_declared_unit_is_understood_when_recording() -> None:
    from targetctl.domain.model import UnitDeclaration

    _plan, t = make("x", kind="quantity", comparator="at-least", value=10, unit="标准亩")
    t._units = {"标准亩": UnitDeclaration(zh="标准亩", en="standard mu")}
    assert value_for(t, "5 standard mu") == 5 and value_for(t, "6标准亩") == 6


def test_a_review_mark_draft_wrote_is_said_in_chinese_under_lang_zh(run: Run, demo: Path) -> None:
    """`draft` keeps its marks in English in the plan; `validate --lang zh` says them in Chinese,
    and a mark a person wrote stays as written."""
    from tests.conftest import edit

    mark = "targets before the first heading: give this programme a title"
    titled = "title: {zh: 新增项目, en: New projects}"
    edit(demo / "demo.yaml", titled, f'title: {{zh: 新增项目}}\n    review: "{mark}"')
    zh = run("--lang", "zh", "validate", "--strict")
    assert zh.exit_code == 1
    assert "待核：第一个标题之前的目标：请为此领域填写标题" in zh.stdout and mark not in zh.stdout
    en = run("validate", "--strict")
    assert f"needs review: {mark}" in en.stdout
    edit(demo / "demo.yaml", f'review: "{mark}"', "review: 王科长核对数量")
    assert "待核：王科长核对数量" in run("--lang", "zh", "validate").stdout
