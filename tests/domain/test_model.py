from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from targetctl.domain.model import KIND_FIELDS, Growth, Milestone, Plan, Quantity, Range

BASE = {
    "id": "t-1",
    "programme": "p",
    "title": {"zh": "甲", "en": "A"},
    "quote": "甲",
}


def plan(**targets: Any) -> dict[str, Any]:
    return {
        "id": "plan",
        "title": {"zh": "计划", "en": "Plan"},
        "period": {"start": dt.date(2030, 1, 1), "end": dt.date(2030, 12, 31)},
        "source": {"file": "sources/x.txt"},
        "programmes": [{"id": "p", "title": {"zh": "乙", "en": "B"}}],
        "targets": list(targets.values()),
    }


VALID: dict[str, dict[str, Any]] = {
    "quantity": {"kind": "quantity", "comparator": "at-least", "value": 650, "unit": "projects"},
    "range": {"kind": "range", "min": 1000, "max": 2000, "unit": "mu"},
    "growth": {
        "kind": "growth",
        "comparator": "at-least",
        "percent": 11,
        "of": {"zh": "增加值", "en": "value added"},
        "against": {"zh": "上年", "en": "last year"},
    },
    "ratio": {
        "kind": "ratio",
        "comparator": "at-least",
        "percent": 20,
        "numerator": {"zh": "镇街", "en": "towns"},
        "denominator": {"zh": "区直", "en": "district"},
    },
    "share": {
        "kind": "share",
        "comparator": "at-least",
        "percent": 3,
        "numerator": {"zh": "研发投入", "en": "R&D spending"},
        "denominator": {"zh": "营业收入", "en": "revenue"},
    },
    "milestone": {"kind": "milestone", "stages": ["venue", "opened"]},
    "principle": {"kind": "principle"},
    "relation": {
        "kind": "relation",
        "subject": {"zh": "居民收入增长", "en": "income growth"},
        "reference": {"zh": "经济增长", "en": "economic growth"},
    },
}


@pytest.mark.parametrize("kind", sorted(VALID))
def test_each_kind_is_valid(kind: str) -> None:
    p = Plan.model_validate(plan(t={**BASE, **VALID[kind]}))
    assert p.targets[0].kind == kind
    assert p.due(p.targets[0]) == dt.date(2030, 12, 31)


INVALID = [
    ("quantity", {"value": -1}, "greater_than_equal"),
    ("quantity", {"comparator": "more"}, "literal_error"),
    ("quantity", {"unit": ""}, "string_too_short"),
    ("quantity", {"unit": "3 cats"}, "string_pattern_mismatch"),
    ("quantity", {"comparator": "between"}, "value_error"),
    ("quantity", {"tolerance": 5}, "value_error"),
    ("growth", {"comparator": "between"}, "value_error"),
    ("growth", {"percent_max": 12}, "value_error"),
    ("growth", {"comparator": "between", "percent_max": 10}, "value_error"),
    ("growth", {"direction": "decrease", "percent": -4}, "value_error"),
    ("growth", {"base_year": 2020}, "value_error"),
    ("growth", {"direction": "down"}, "literal_error"),
    ("share", {"percent": 101}, "less_than_equal"),
    ("share", {"comparator": "between"}, "value_error"),
    ("share", {"percent_max": 5}, "value_error"),
    ("share", {"comparator": "between", "percent_max": 120}, "less_than_equal"),
    ("share", {"comparator": "between", "percent": 5, "percent_max": 3}, "value_error"),
    ("ratio", {"comparator": "between"}, "value_error"),
    ("ratio", {"tolerance": 1}, "value_error"),
    ("relation", {"subject": None}, "model_type"),
    ("principle", {"stages": ["a"]}, "extra_forbidden"),
    ("quantity", {"value": True}, "float_type"),
    ("quantity", {"value": "100"}, "float_type"),
    ("range", {"min": 3, "max": 2}, "value_error"),
    ("growth", {"of": None}, "model_type"),
    ("ratio", {"percent": float("nan")}, "finite_number"),
    ("milestone", {"stages": ["Not An Id"]}, "string_pattern_mismatch"),
    ("milestone", {"comparator": "at-least"}, "extra_forbidden"),
]


@pytest.mark.parametrize(("kind", "change", "error"), INVALID)
def test_each_kind_rejects_bad_values(kind: str, change: dict[str, Any], error: str) -> None:
    with pytest.raises(ValidationError) as info:
        Plan.model_validate(plan(t={**BASE, **VALID[kind], **change}))
    assert error in {e["type"] for e in info.value.errors()}


def test_growth_must_say_what_grows_but_not_always_against_what() -> None:
    target = {**BASE, **VALID["growth"]}
    del target["against"]
    growth = Plan.model_validate(plan(t=target)).targets[0]
    assert isinstance(growth, Growth) and growth.against is None
    del target["of"]
    with pytest.raises(ValidationError, match="of"):
        Plan.model_validate(plan(t=target))


def test_numbers_keep_what_was_written() -> None:
    target = {**BASE, **VALID["quantity"], "value": 1.2, "unit": "亿美元"}
    t = Plan.model_validate(plan(t=target)).targets[0]
    assert isinstance(t, Quantity) and str(t.value) == "1.2" and t.unit == "亿美元"


def test_translations_may_wait_but_show_chinese_meanwhile() -> None:
    data = plan(t={**BASE, **VALID["principle"], "title": {"zh": "坚持生态优先"}})
    t = Plan.model_validate(data).targets[0]
    assert t.title.en is None and t.title.get("en") == "坚持生态优先"


def test_chinese_stage_names_are_allowed() -> None:
    t = Plan.model_validate(plan(t={**BASE, "kind": "milestone", "stages": ["立项", "开工"]})).targets[0]
    assert isinstance(t, Milestone) and t.stages == ["立项", "开工"]


def test_period_must_be_ordered() -> None:
    data = plan()
    data["period"] = {"start": dt.date(2030, 2, 1), "end": dt.date(2030, 1, 1)}
    with pytest.raises(ValidationError, match="before it starts"):
        Plan.model_validate(data)


def test_dates_must_be_dates_not_strings() -> None:
    data = plan()
    data["period"] = {"start": "2030-01-01", "end": dt.date(2030, 1, 1)}
    with pytest.raises(ValidationError, match="date"):
        Plan.model_validate(data)


def test_source_file_must_be_a_relative_path() -> None:
    for bad in ["/etc/passwd", "C:\\x.txt", "a\\b.txt"]:
        data = plan()
        data["source"] = {"file": bad}
        with pytest.raises(ValidationError):
            Plan.model_validate(data)


def test_programmes_nest_and_are_walked_depth_first() -> None:
    data = plan()
    data["programmes"] = [
        {
            "id": "a",
            "title": {"zh": "甲", "en": "A"},
            "programmes": [{"id": "a1", "title": {"zh": "甲一", "en": "A1"}}],
        },
        {"id": "b", "title": {"zh": "乙", "en": "B"}},
    ]
    p = Plan.model_validate(data)
    assert [(i, x.id) for i, x in p.all_programmes()] == [((0,), "a"), ((0, 0), "a1"), ((1,), "b")]


def test_kind_fields_know_each_kind() -> None:
    assert "comparator" in KIND_FIELDS["quantity"] and "comparator" not in KIND_FIELDS["milestone"]
    assert "min" in KIND_FIELDS["range"] and "min" in Range.model_fields and "min" not in Quantity.model_fields


def test_text_picks_language() -> None:
    p = Plan.model_validate(plan(t={**BASE, **VALID["milestone"]}))
    assert p.title.get("zh") == "计划" and p.title.get("en") == "Plan"


@pytest.mark.parametrize("stages", [["venue", "venue"], ["venue", "done"]])
def test_milestone_stages_are_distinct_and_not_states(stages: list[str]) -> None:
    with pytest.raises(ValidationError, match="stages must be distinct"):
        Plan.model_validate(plan(t={**BASE, "kind": "milestone", "stages": stages}))


def test_light_kind_names_match_the_model() -> None:
    from typing import get_args

    from targetctl.domain.model import Target
    from targetctl.domain.vocabulary import KINDS

    union = get_args(get_args(Target)[0])  # Annotated[A | B | …, discriminator]
    assert tuple(get_args(cls.model_fields["kind"].annotation)[0] for cls in union) == KINDS
    assert set(KIND_FIELDS) == set(KINDS)


def test_a_share_range_is_met_inside_its_band_only() -> None:
    from targetctl.domain.kinds.share import Share
    from targetctl.domain.progress import band, meets

    share = {**BASE, **VALID["share"], "comparator": "between", "percent": 3, "percent_max": 5}
    target = Plan.model_validate(plan(t=share)).targets[0]
    assert isinstance(target, Share)
    assert band(target) == (Decimal(3), Decimal(5))
    assert [meets(target, v) for v in (2.9, 3, 4.5, 5, 5.1)] == [False, True, True, True, False]
