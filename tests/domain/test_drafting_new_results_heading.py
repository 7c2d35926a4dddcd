"""A task heading that says where new results are to be made (在…上取得新成效) opens no review
(our own text)."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.past import asks_for_results

REPORT = """青川市2026年政府工作报告
各位代表：
一、2025年工作回顾
过去一年，全市新增城镇就业5万人。
二、2026年主要任务
（一）聚力建设现代产业体系，在培育新质生产力上实现新突破
全年新增规上工业企业300家。
（二）聚力打造宜居城市，在富民惠民上取得新成效
新建口袋公园80个，改造城镇老旧小区1200万平方米。
"""


def test_a_heading_that_sets_new_results_to_make_is_a_task() -> None:
    assert asks_for_results("聚力打造宜居城市，在富民惠民上取得新成效")
    assert not asks_for_results("民生福祉持续改善，在富民惠民上取得新成效的回顾")


def test_its_section_is_drafted() -> None:
    d = extract(REPORT, default_year=2026)
    got = {t.value for t in d.targets if t.numeric}
    assert {Decimal(300), Decimal(80), Decimal(1200)} <= got
    assert Decimal(5) not in got
