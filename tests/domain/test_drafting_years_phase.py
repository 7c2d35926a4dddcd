"""A span of years stated in a plan's body that starts well after the document was issued is a
later phase of the plan, not its period (our own texts)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.years import infer_year

NOTICE = "\n".join(
    [
        "青川县人民政府办公室关于转发《青川县城市更新行动实施方案》的通知",
        "各乡镇人民政府，县政府各部门：",
        "《青川县城市更新行动实施方案》已经县政府同意，现转发给你们，请认真按照执行。",
        "青川县人民政府办公室",
        "2024年9月3日",
        "青川县城市更新行动实施方案",
        "一、工作目标",
        "到2025年底，全县完成老旧小区改造40个以上。",
        "第二阶段：2027年至2030年，逐年推进城北片区、城南片区更新改造。",
        "到2030年，城市更新片区累计达到12个。",
    ]
)


def test_a_later_phase_is_not_the_period_of_a_dated_document() -> None:
    paras = [
        "青川县城市更新行动实施方案",
        "一、工作目标",
        "全面推进城市更新。",
        "第二阶段：2027年至2030年，逐年推进城北片区更新。",
    ]
    assert infer_year(paras, 2024) == (2024, (2024, 2030), None)
    assert infer_year(paras) == (2027, (2027, 2030), None)  # undated: the span is all it has


def test_a_span_that_starts_the_year_after_issue_is_the_period() -> None:
    paras = [
        "青川县城市更新行动实施方案",
        "一、工作目标",
        "全面推进城市更新。",
        "2025年至2027年，全县完成更新项目30个。",
    ]
    assert infer_year(paras, 2024) == (2025, (2025, 2027), None)


def test_a_dated_notice_keeps_its_early_targets_due_in_their_own_year() -> None:
    d = extract(NOTICE, default_year=2026)
    assert d.period[0] == dt.date(2024, 1, 1)
    due = {t.value: t.due for t in d.targets if t.numeric}
    assert due[Decimal(40)] == dt.date(2025, 12, 31)
    assert due[Decimal(12)] == dt.date(2030, 12, 31)


def test_a_scheduled_year_after_a_plan_word_is_the_clause_due_and_carries_to_the_next() -> None:
    text = NOTICE + "\n计划2026年推进城东片区改造，共计完成更新小区18个。"
    d = extract(text, default_year=2026)
    due = {t.value: t.due for t in d.targets if t.numeric}
    assert due[Decimal(18)] == dt.date(2026, 12, 31)


STAGED = "\n".join(
    [
        "青川市文旅消费试点工作实施方案",
        "青川市商务局",
        "2024年3月12日",
        "青川市文旅消费试点工作实施方案",
        "一、工作目标",
        "到2025年，打造50个文旅消费示范场景。",
        "二、推进步骤",
        "（一）启动阶段（2024年3月）。制定工作方案。",
        "（二）推进阶段（2024年4月－2025年5月）。组织20家重点企业开展试点。",
        "（三）总结阶段（2025年6月－2025年9月）。组织开展试点评估。",
    ]
)


def test_a_stage_named_for_its_summing_up_is_no_review_of_the_year_before() -> None:
    # 总结阶段 is the last step of the timetable, not a review heading: the plan is not dated
    # the year after it
    draft = extract(STAGED, default_year=2031)
    assert draft.period[0].year == 2024
    assert draft.period[1].year == 2025
    scenes = next(t for t in draft.targets if t.value == Decimal(50))
    assert scenes.due == dt.date(2025, 12, 31)


def test_a_stage_of_summing_up_keeps_its_targets() -> None:
    text = "\n".join(
        [
            "青川市文旅消费试点工作实施方案",
            "一、推进步骤",
            "（一）总结提升阶段（2025年6月－2025年9月）",
            "到2025年9月底，评选10个优秀试点案例。",
        ]
    )
    draft = extract(text, default_year=2031)
    assert [t.value for t in draft.targets] == [Decimal(10)]


def test_a_stage_over_two_years_dates_its_work_at_its_end() -> None:
    draft = extract(STAGED, default_year=2031)
    firms = next(t for t in draft.targets if t.value == Decimal(20))
    assert firms.due == dt.date(2025, 12, 31)
