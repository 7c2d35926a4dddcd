"""The plan's year from its title and headings (domain/drafting/years.py), our own texts."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.years import infer_year


def test_a_numbered_item_that_is_a_sentence_is_no_heading_that_dates_the_plan() -> None:
    """39.实施…行动，到2033年培育…: a numbered measure whose short first sentence names a plan word
    and a horizon is one measure's goal, not a heading that gives the plan its year; an undated
    text of measures for 2031 stays in 2031."""
    paras = [
        "青川省促进消费若干措施",
        "一、扩大服务消费",
        "1.2031年新增社区助餐点300个。",
        "2.2031年新增普惠托育点80家。",
        "3.实施“品质青川”行动，到2033年培育精品1500个。",
    ]
    assert infer_year(paras)[0] != 2033
    draft = extract("\n".join(paras), default_year=2040)
    assert {t.due.year for t in draft.targets if t.value is not None and t.due} == {2031, 2033}
    assert draft.period[0].year == 2031


def test_a_numbered_heading_with_a_year_still_dates_the_plan() -> None:
    assert infer_year(["一、2031年重点工作安排", "1.新增社区助餐点300个。"])[0] == 2031


def test_a_quote_the_source_holds_as_written_is_kept_as_written() -> None:
    """A page number 2 on its own line, after a title that writes its year 二〇三五年: the quote is
    the 2 the source holds, not the 二 of the year read as 2035."""
    title = "青川县关于制定国民经济和社会发展第十五个五年规划和二〇三五年远景目标的建议"
    text = f"{title}\n一、总体要求\n1.到2030年，新建公园12个。\n\n2\n"
    draft = extract(text, default_year=2031)
    quotes = [e.quote for e in draft.excluded] + [t.quote for t in draft.targets]
    assert "二" not in quotes
    assert all(q in text.replace("\n", "") for q in quotes)


def test_the_years_of_a_quoted_title_in_the_first_sentence_are_that_documents() -> None:
    text = (
        "为贯彻落实《青川市数字经济发展规划（2024-2028年）》，制定本行动方案。\n"
        "一、推进数字政府建设\n1.年底前，新建政务服务站30个。\n青川市人民政府办公厅2026年3月15日印发\n"
    )
    assert infer_year(text.split("\n")[:3])[0] != 2028
    d = extract(text, default_year=2031)
    assert d.period[1].year == 2026
    assert [t.due.year for t in d.targets if t.numeric and t.due] in ([2026], [])


def test_a_year_a_printer_set_apart_with_spaces_is_a_year() -> None:
    # a PDF's text layer often spaces digits from the characters round them (到 2025 年)
    text = "青川市农机发展实施意见\n一、发展目标\n到 2024 年，农机总动力达到 120 万千瓦。\n"
    text += "到 2027 年，综合机械化率达到 85%。\n"
    d = extract(text, default_year=2030)
    assert [(t.value, t.due.year if t.due else None) for t in d.targets if t.numeric] == [
        (Decimal(120), 2024),
        (Decimal(85), 2027),
    ]
    assert all(t.quote in text.replace(" ", "") for t in d.targets)
