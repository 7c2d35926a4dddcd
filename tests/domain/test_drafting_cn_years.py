"""A year written in Chinese numerals is read as its digits by every due-year reader, and the
draft still quotes the source as written. Our own sentences."""

from __future__ import annotations

import pytest

from targetctl.domain.drafting.cn_years import CN_YEAR, arabic_years
from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.layout_header import header_piece
from targetctl.domain.drafting.layout_tables import may_hold_table


def test_the_rules_example_matches() -> None:
    assert CN_YEAR.pattern.search(CN_YEAR.example)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("到二〇三〇年，建成绿道一百公里", "到2030年，建成绿道一百公里"),
        ("二〇二六年底前完成改造", "2026年底前完成改造"),
        ("二○二一—二○二五年", "2021—2025年"),
        ("一九九九年", "1999年"),
        ("二零二七年", "2027年"),
        ("一二三四五六年", "一二三四五六年"),  # no year: the tail of a longer run
        ("二〇二五个项目", "二〇二五个项目"),  # no 年: a count
    ],
)
def test_a_chinese_numeral_year_reads_as_digits_one_for_one(text: str, read: str) -> None:
    got = arabic_years(text)
    assert got == read and len(got) == len(text)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("某县农村供水工作方案\n到二〇三〇年，农村自来水普及率达到98%。", 2030),
        ("某县农村供水工作方案\n二〇二八年底前，新建供水站12座。", 2028),
        ("某县农村供水工作方案（二〇二六—二〇二九年）\n一、主要目标\n新建供水站12座。", 2029),
    ],
)
def test_every_due_year_reader_accepts_a_chinese_numeral_year(text: str, year: int) -> None:
    d = extract(text, default_year=2040)
    end = d.period[1].year
    (t,) = [t for t in d.targets if t.numeric]
    assert (t.due.year if t.due else end) == year


def test_the_quote_keeps_the_numerals_the_source_writes() -> None:
    d = extract("某县农村供水工作方案\n到二〇三〇年，农村自来水普及率达到98%。", default_year=2040)
    quotes = [t.quote for t in d.targets] + [e.quote for e in d.excluded]
    assert any("二〇三〇" in q for q in quotes)
    assert not any("2030" in q for q in quotes)


def test_the_plan_and_programme_titles_keep_the_numerals_the_source_writes() -> None:
    d = extract("某县二〇二七年农村供水工作要点\n一、二〇二七年主要目标\n新建供水站12座。", default_year=2040)
    assert d.title == "某县二〇二七年农村供水工作要点"
    assert d.period[1].year == 2027
    assert all("2027" not in p.title for p in d.all_programmes())


def test_a_pdf_tables_header_may_name_its_year_in_chinese_numerals() -> None:
    assert header_piece("二〇二五年") and header_piece("（二〇三〇年）")
    assert may_hold_table("表1 主要指标\n序号\n指标\n二〇二五年\n二〇三〇年\n1 森林覆盖率 % 41 42")
