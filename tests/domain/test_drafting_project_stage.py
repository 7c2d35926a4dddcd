"""目前 (now) is a word of the past; the 目前 inside 项目前期 (a project's preparatory stage) is
not: a clause about a project's early work keeps its target. Our own sentences."""

from __future__ import annotations

import pytest

from targetctl.domain.drafting.extract import extract


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("安排重点项目前期工作经费2000万元。", 2000),
        ("新开工项目前期手续办结率达到95%。", 95),
    ],
)
def test_a_projects_preparatory_stage_is_not_the_present_state(sentence: str, value: int) -> None:
    d = extract(f"某县重点项目推进方案\n一、加快项目进度。{sentence}", default_year=2031)
    assert [int(t.value or 0) for t in d.targets if t.numeric] == [value]


def test_now_is_still_the_present_state() -> None:
    d = extract("某县重点项目推进方案\n一、加快项目进度。目前全县在建项目120个。", default_year=2031)
    assert not [t for t in d.targets if t.numeric]
