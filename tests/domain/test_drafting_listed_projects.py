"""A list of named projects with their count and the work they are to undergo (A、B等N个项目建成
竣工) is a target of the year's plan, not a count of what is relied on; in a review it stays the
past. Our own sentences."""

from __future__ import annotations

import pytest

from targetctl.domain.drafting.classify import CONTEXT_NUMBER
from targetctl.domain.drafting.extract import extract


@pytest.mark.parametrize(
    ("clause", "context"),
    [
        ("青石大桥、东湖污水厂等60个项目建成竣工", False),
        ("北环快速路、西园片区改造等45个重点项目加快前期工作", False),
        # a kind of project between the count and 项目 (在建, 意向, 港口), and the stages of starting and signing
        ("南岭电机、东湖纺织等8个项目启动建设", False),
        ("青禾食品、北辰物流等12个意向项目签约落地", False),
        ("青石港区、北湾码头等6个港航项目建成运营", False),
        # the projects a clause takes hold of (全力抓好…等N个项目), or whose building ends it (…等N个项目建设)
        ("全力抓好青石电厂、东湖电池等80个省级重点项目", False),
        ("北环特高压青石段、南岭机器人基地等90个市级重点项目建设", False),
        # a push on listed places (大力推进A等N个板块建设) stays as it was read: what exists, worked on
        ("大力推进“一河两岸”等30个核心发展板块建设", True),
        # a longer kind between the count and 项目 (投资超十亿元), the projects to land and build
        ("大力推进东湖储能、青石超电等5个投资超十亿元项目落地建设", False),
        # the things listed, built or rebuilt by a verb after them (A、B等N所学校新建)
        ("青石第二小学、东湖实验中学等8所学校新建", False),
        ("北环路、南岭路等12条道路改造", False),
        ("依托青石、东湖等3个园区", True),
        # what a county, a province or a town has now
        ("全县有城关小学、东关小学等8所学校", True),
        ("全省有国家级高新区12个", True),
        # 有效, 有序 are words of their own: what is reached, not what the place has
        ("全省有效认证证书数量达到10万张", False),
        ("全市有序推进12个片区更新", False),
        ("青石、东湖等3个园区", True),
    ],
)
def test_listed_projects_and_their_work(clause: str, context: bool) -> None:
    assert bool(CONTEXT_NUMBER.search(clause)) == context


def test_the_years_listed_projects_are_targets() -> None:
    text = (
        "某市2031年重点项目建设计划\n一、项目建设。推动北环快速路等80个项目开工建设，"
        "青石大桥、东湖污水厂等60个项目建成竣工。"
    )
    d = extract(text, default_year=2040)
    assert sorted(int(t.value or 0) for t in d.targets if t.numeric) == [60, 80]


def test_in_a_review_the_listed_projects_stay_the_past() -> None:
    text = (
        "某市2031年重点项目建设计划\n一、2030年工作回顾\n过去一年，青石大桥、东湖污水厂等60个项目建成竣工。\n"
        "二、2031年工作安排\n推动北环快速路等80个项目开工建设。"
    )
    d = extract(text, default_year=2040)
    assert [int(t.value or 0) for t in d.targets if t.numeric] == [80]
