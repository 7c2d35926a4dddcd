"""A header over two rows whose target cell is merged over its years, as a Word table or a
Markdown one writes it: the cells beside the years blank or repeated. Our own tables."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.merged_years import years_under

HEAD = ["序号", "指标", "目标", "", ""]


@pytest.mark.parametrize(
    "second",
    [
        ["", "", "2026年", "2027年", "2028年"],  # Word, Markdown: blank under 序号 and 指标
        ["序号", "指标", "2026年", "2027年", "2028年"],  # the merged cells repeated
        ["2026年", "2027年", "2028年", "", ""],  # the merged cells lost
    ],
)
def test_years_under_the_merged_target_cell_widen_the_header(second: list[str]) -> None:
    assert years_under(second, HEAD, 2) == ["序号", "指标", "目标2026年", "目标2027年", "目标2028年"]


def test_a_row_with_a_name_or_years_under_other_columns_is_no_second_header() -> None:
    assert years_under(["1", "开工年份", "2026年", "2027年", "2028年"], HEAD, 2) is None
    assert years_under(["", "2020年", "2025年"], ["指标", "基期值", "目标值"], 2) is None
    assert years_under(["", "", "2020年", "2025年"], ["指标", "单位", "目标值", "备注"], 2) is None


@pytest.mark.parametrize("blank", ["| | | 2026年 | 2027年 | 2028年 |", "| 序号 | 指标 | 2026年 | 2027年 | 2028年 |"])
def test_a_markdown_tables_years_under_its_merged_target_cell_are_each_due(blank: str) -> None:
    text = (
        "青川市新型储能发展行动方案（2026—2028年）\n二、主要目标\n"
        f"| 序号 | 指标 | 目标 | | |\n| --- | --- | --- | --- | --- |\n{blank}\n"
        "| 1 | 光伏装机规模（万千瓦） | 30 | 45 | 60 |\n"
    )
    got = {(t.value, t.due.year if t.due else None) for t in extract(text, default_year=2030).targets}
    assert got == {(Decimal(30), 2026), (Decimal(45), 2027), (Decimal(60), 2028)}


def test_a_word_tables_years_under_its_merged_target_cell_are_each_due() -> None:
    text = (
        "青川市新型储能发展行动方案（2026—2028年）\n二、主要目标\n"
        "序号\t指标\t目标\t\t\n\t\t2026年\t2027年\t2028年\n1\t储能项目（个）\t3\t5\t8\n"
    )
    got = {(t.value, t.due.year if t.due else None) for t in extract(text, default_year=2030).targets}
    assert got == {(Decimal(3), 2026), (Decimal(5), 2027), (Decimal(8), 2028)}


def test_a_rate_or_a_range_in_a_cell_with_its_own_unit_is_drafted() -> None:
    text = (
        "青川市新型储能发展行动方案（2026—2028年）\n二、主要目标\n"
        "| 序号 | 指标 | 2025年 | 2028年目标 |\n| --- | --- | --- | --- |\n"
        "| 1 | 电池产能 | 100万吨/年 | 300万吨/年 |\n| 2 | 示范项目 | 1个 | 3-5个 |\n"
    )
    got = {(t.kind, t.value, t.value_max, t.unit) for t in extract(text, default_year=2030).targets}
    assert got == {("quantity", Decimal(300), None, "万吨/年"), ("range", Decimal(3), Decimal(5), "个")}
