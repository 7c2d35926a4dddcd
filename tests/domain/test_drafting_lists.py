"""A year's list of projects: the sentence that opens it names it and dates it, and so does a lead
that says in which year the list's work is done (决定某年继续开展为民办实事工作). Our own sentences."""

from __future__ import annotations

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.lists import LIST_YEAR, list_intro, list_year


def test_the_rule_matches_its_own_example() -> None:
    assert LIST_YEAR.pattern.search(LIST_YEAR.example)


@pytest.mark.parametrize(
    ("paras", "year"),
    [
        (
            ["县委县政府确定今年办好一批民生实事", "县委、县政府近日印发通知，决定2031年继续开展为民办实事工作。"],
            2031,
        ),
        (["某区政府2032年将为民办好12件大事和民生实事"], 2032),
        (["2033年，区政府全力实施民生实事项目。"], 2033),
    ],
)
def test_a_lead_that_dates_the_years_list_of_projects_gives_its_year(paras: list[str], year: int) -> None:
    assert list_year(paras) == year


@pytest.mark.parametrize(
    "paras",
    [
        ["2030年，全县实施了民生实事15件，全部按期完成。"],  # a review of the year's list
        ["全县继续开展为民办实事工作。"],  # no year
        ["2031年全县新建公园4个。"],  # a year, but no list of projects
    ],
)
def test_no_year_where_the_lead_does_not_date_a_list(paras: list[str]) -> None:
    assert list_year(paras) is None


def test_a_year_from_the_lead_is_not_a_name_for_the_list() -> None:
    assert list_intro(["县委、县政府决定2031年继续开展为民办实事工作。"]) is None


NEWS = """区委区政府决定今年办好一批为民办实事项目
区委、区政府日前印发通知，决定2031年继续开展为民办实事工作，要求各部门细化措施、确保实效。
一、新建社区食堂8个，方便老年人就餐。
二、改造农村公路60公里。
三、新增公办幼儿园学位900个。"""


def test_every_item_of_a_list_dated_by_its_lead_is_due_in_that_year() -> None:
    d = extract(NEWS, default_year=2036)
    assert (d.period[0].year, d.period[1].year) == (2031, 2031)
    dues = [t.due.year if t.due else d.period[1].year for t in d.targets if t.numeric]
    assert dues == [2031, 2031, 2031]


REPORT = """2032年某县政府工作报告
2031年，全县实施民生实事项目12项，群众满意度进一步提升。
今年全县新建口袋公园6个。"""


def test_a_titles_year_comes_before_a_list_year_in_the_review() -> None:
    d = extract(REPORT, default_year=2036)
    assert d.period[0].year == 2032
