"""Break-it review of this round's drafting rules: inputs a careless or hostile user gives.
Our own sentences."""

from __future__ import annotations

from targetctl.domain.drafting.present_year import FORWARD, present_year


def test_a_year_that_dates_the_things_worked_on_is_not_the_texts_present() -> None:
    """2000年底前建成的老旧小区 names which estates are meant (those built before 2000), it sets no
    work in 2000: an undated text that says so is still of the year it sets work for."""
    paras = ["一、老旧小区改造", "力争2032年改造2000年底前建成的老旧小区50个，惠及居民3000户。"]
    got = present_year(paras)
    assert got is not None and got[0] == 2032
    assert not any(rule.pattern.search("改造2000年前建成的老旧小区50个") for rule in FORWARD)


def test_a_period_note_that_asks_for_a_check_is_not_asked_twice() -> None:
    from targetctl.domain.drafting.extract import extract
    from targetctl.render.plan_yaml import emit

    draft = extract("一、扩大就业\n力争2032年新增城镇就业岗位500个。\n", default_year=2030)
    assert draft.period_note is not None and draft.period_note.endswith("check it")
    text = emit(draft, "p1", schema="plan.schema.json", source_file="sources/p1.txt", source_note="n")
    assert "check it; check it" not in text
    assert f"# review: {draft.period_note}\n" in text


def test_two_equal_levels_in_one_sentence_each_take_their_own_clause_before() -> None:
    """…增长7%，达到110亿元；…增长5%，达到110亿元: the second level measures the second clause,
    and its quote is the second one, so that every clause of the source is mapped."""
    from targetctl.domain.drafting.extract import extract

    text = "某县2031年工作要点\n一、目标\n全县工业产值年均增长7%，达到110亿元；服务业增加值年均增长5%，达到110亿元。\n"
    quotes = [t.quote for t in extract(text, default_year=2031).targets if str(t.value) == "110"]
    assert quotes == ["全县工业产值年均增长7%，达到110亿元", "服务业增加值年均增长5%，达到110亿元"]


def test_work_on_basic_conditions_is_a_task_not_a_conditions_section() -> None:
    """进一步改善基本办学条件 asks for schools to be improved: the targets under it stay targets,
    wherever the verb stands before 基本. The conditions an applicant meets still open a section."""
    from targetctl.domain.drafting.conditions import condition_lines

    lines = ["（二）进一步改善基本办学条件", "新建改扩建幼儿园6所，新增学位2400个。", "（三）提高教师待遇"]
    assert condition_lines(lines) == {}
    assert set(condition_lines(["（一）申报单位应具备的基本条件", "注册满3年。", "（二）申报程序"])) == {1}


def test_a_level_named_as_the_goal_after_dui_stays_a_target() -> None:
    """实现对…覆盖率达到100%的目标: the level is the goal itself, not a threshold that picks out
    whom a measure serves (对…达到N万标箱的港口)."""
    from targetctl.domain.drafting.extract import extract

    text = "某县2031年工作方案\n一、目标\n到2031年，实现对重点排污单位自动监控覆盖率达到100%的目标。\n"
    assert [str(t.value) for t in extract(text, default_year=2031).targets] == ["100"]
