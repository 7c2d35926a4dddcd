"""Break-it review of round 45's drafting changes (our own sentences)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from targetctl.domain.drafting.classify import FORECAST_SECTION
from targetctl.domain.drafting.extract import extract


def test_a_sub_heading_that_only_names_the_plans_period_or_a_key_sector_still_forecasts() -> None:
    # 规划期, 重点 and 思路 name the forecast's own frame, sector and method: no part of it that plans
    plan = (
        "某市供水专项规划（2026—2035年）\n第二章 需求预测\n一、规划期人口规模\n到2035年，全市常住人口达到80万人。\n"
        "二、重点行业用水需求\n到2035年，工业用水需求量达到1.2亿立方米。\n"
        "三、预测思路\n2035年最高日用水量为40万立方米。\n"
        "四、水厂建设安排\n规划期内新建水厂2座。\n"
        "第三章 规划目标\n到2035年，全市供水普及率达到100%。\n"
    )
    d = extract(plan, default_year=2026)
    assert {t.value for t in d.targets if t.numeric} == {Decimal(2), Decimal(100)}
    projected = " ".join(x.quote for x in d.excluded if x.reason == FORECAST_SECTION)
    assert "80万人" in projected and "1.2亿立方米" in projected and "40万立方米" in projected


def test_what_follows_a_projects_expected_yield_in_its_sentence_is_marked_to_check_too() -> None:
    # 预计可新增就业岗位500个，新增税收2亿元: both are what the project is expected to add
    plan = "某县2026年重点项目计划\n一、产业项目\n新建食品产业园，预计可新增就业岗位500个，新增税收2亿元。\n"
    d = extract(plan, default_year=2026)
    got = {t.value: t.review for t in d.targets if t.numeric}
    assert set(got) == {Decimal(500), Decimal(2)}
    assert got[Decimal(500)] and got[Decimal(2)]
    # a clause that commits is the plan's own again (力争…): no mark
    plan = "某县2026年重点项目计划\n一、产业项目\n新建食品产业园，预计可新增就业岗位500个，力争年产值达到10亿元。\n"
    got = {t.value: t.review for t in extract(plan, default_year=2026).targets if t.numeric}
    assert got[Decimal(500)] and not got[Decimal(10)]


def test_a_projects_yield_worded_after_its_completion_is_its_target_too() -> None:
    # 建成后预计可新增…, 预计2027年建成，新增…: what the project adds once built, not a report's estimate
    plan = (
        "某市2026年为民办实事项目\n一、建设青川路小学，建成后预计可新增学位900个。\n"
        "二、新建东湖幼儿园，项目投用后预计新增学位360个。\n"
        "三、改扩建市中医院，预计2027年建成，新增床位500张。\n"
    )
    d = extract(plan, default_year=2026)
    got = {t.value: t for t in d.targets if t.numeric}
    assert set(got) == {Decimal(900), Decimal(360), Decimal(500)}
    assert all(t.review for t in got.values())  # worded 预计: marked for a person to check
    assert got[Decimal(500)].due == dt.date(2027, 12, 31)  # when the project is to be done


def test_what_carrying_out_the_plan_or_a_policy_is_expected_to_add_is_still_a_forecast() -> None:
    # the plan's benefits (通过实施本规划，预计新增…) and a policy's effect are no project's yield
    plan = (
        "某县产业发展规划（2026—2030年）\n第一章 发展目标\n到2030年，全县新建产业园区3个。\n第二章 效益分析\n"
        "通过实施本规划，预计新增就业岗位1万个，年增加税收3亿元。\n实施稳岗扩岗政策，预计新增城镇就业800人。\n"
    )
    d = extract(plan, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(3)]


def test_the_next_numbered_item_in_sentences_ends_a_forecast_headed_by_its_own_number() -> None:
    # 1.学龄人口预测 … 2.到2030年，新建…: the second item is the plan's goal, not a part of the forecast
    plan = (
        "某县教育发展规划（2026—2030年）\n三、规划目标\n1.学龄人口预测\n到2030年，全县小学学龄人口约3.2万人。\n"
        "2.到2030年，新建小学5所，新增学位3000个。\n（1）到2028年，完成校舍改造10所。\n"
        "四、保障措施\n加大投入。\n"
    )
    d = extract(plan, default_year=2026)
    assert {t.value for t in d.targets if t.numeric} == {Decimal(5), Decimal(3000), Decimal(10)}
    assert any("3.2万人" in x.quote for x in d.excluded if x.reason == FORECAST_SECTION)
