"""Indicator tables whose cells became text (our own tables): one target per row again."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting import flat_tables
from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.flat_tables import HEADER_WORD, ROW_END, UNIT, unflatten
from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.tables import SEPARATOR

# a table pasted from a web page: header and rows in one paragraph, the cells glued
GLUED = (
    "序号指标名称单位2020年2025年年均增长属性"
    "经济运行1地区生产总值亿元320450[130]预期性"
    "2商品零售额亿元4064.410%预期性"
    "3新建充电桩个8001500[700]约束性"
    "民生保障4城镇新增就业人数人12001500预期性"
    "5每千人口拥有3岁以下婴幼儿托位数个 4.5 预期性"
    "注：[ ]内为五年累计数。"
)


def _rows(text: str) -> dict[str, tuple[Decimal, str, bool]]:
    _, table = unflatten(text)
    return {r.name: (r.value, r.unit, r.binding) for r in table.rows.values()}


@pytest.mark.parametrize("rule", [HEADER_WORD, ROW_END, UNIT], ids=lambda r: r.name)
def test_each_rule_matches_its_own_example(rule: Named) -> None:
    assert rule.pattern.search(rule.example)


def test_a_table_run_together_in_one_paragraph_gives_one_target_per_row() -> None:
    assert _rows(GLUED) == {
        "地区生产总值": (Decimal(450), "亿元", False),
        "商品零售额": (Decimal("64.4"), "亿元", False),  # 40 grown by 10% a year for five years
        "新建充电桩": (Decimal(1500), "个", True),  # 800 and 1500 differ by the bracketed total
        "城镇新增就业人数": (Decimal(1500), "人", False),  # two levels of a like size
        "每千人口拥有3岁以下婴幼儿托位数": (Decimal("4.5"), "个", False),  # an empty base cell
    }


def test_each_row_is_laid_out_in_the_source_order_and_the_note_after_it_stays_text() -> None:
    text, table = unflatten("表1 主要指标\n" + GLUED)
    lines = text.split("\n")
    assert lines[0] == "表1 主要指标"
    assert lines[1].split(SEPARATOR)[:4] == ["序号", "指标名称", "单位", "2020年"]
    assert lines[3] == SEPARATOR.join(["", "2", "商品零售额", "亿元", "40", "64.4", "10%", "预期性"])
    assert lines[-1] == "注：[ ]内为五年累计数。"
    flat = "".join(GLUED.split())
    assert all("".join(line.split()) in flat for line in lines[1:])  # every quote stands in the source
    assert table.excluded["序号指标名称单位2020年2025年年均增长属性"] == "the header of an indicator table"


def test_rows_one_a_line_with_spaces_between_cells_and_a_category_alone() -> None:
    text = "\n".join(
        [
            "序号 指标名称 单位 2022年 2027年 属性",
            "产业发展",
            "1 规上工业增加值 亿元 210 300 预期性",
            "2 城市污水处理率 % 91 98 约束性",
            "二、重点任务",
        ]
    )
    out, table = unflatten(text)
    assert {r.name: r.value for r in table.rows.values()} == {"规上工业增加值": 300, "城市污水处理率": 98}
    assert table.excluded["产业发展"] == "a category in an indicator table"
    assert out.split("\n")[-1] == "二、重点任务"  # the heading after the table is left as text


def test_a_serial_before_a_name_that_opens_with_a_digit() -> None:
    text = "序号指标单位2020年2025年属性1光纤入户率%8095预期性25G基站数个120600预期性"
    assert _rows(text) == {"光纤入户率": (Decimal(95), "%", False), "5G基站数": (Decimal(600), "个", False)}


def test_a_rate_given_as_a_span_is_the_rows_target() -> None:
    text = "序号指标名称单位2020年2025年年均增长属性1一般公共预算收入增长%4.2—5-6预期性2常住人口万人5860预期性"
    _, table = unflatten(text)
    rows = {r.name: r for r in table.rows.values()}
    revenue = rows["一般公共预算收入增长"]
    assert (revenue.value, revenue.value_max, revenue.growth) == (Decimal(5), Decimal(6), True)


def test_text_without_such_a_table_is_unchanged() -> None:
    for text in (
        "各项指标单位2025年目标均为预期性指标。",
        "序号指标名称单位2020年2025年属性",  # a header with no rows under it
        "全年地区生产总值增长6%，约束性指标全面完成。",
    ):
        out, table = unflatten(text)
        assert out == text and not table.rows


def test_a_glued_table_is_drafted_with_quotes_as_the_source_has_them() -> None:
    text = "青川县“十四五”规划纲要\n一、主要指标\n" + GLUED + "\n二、重点任务\n新建公园20个。\n"
    d = extract(text, default_year=2030)
    by_title = {t.title: t for t in d.targets}
    chargers = by_title["新建充电桩"]
    assert chargers.value == 1500 and chargers.due == dt.date(2025, 12, 31)
    assert "约束性" in (chargers.review or "")
    assert by_title["商品零售额"].baseline == (Decimal(40), dt.date(2020, 12, 31))
    flat = "".join(text.split())
    assert all(t.quote in flat for t in d.targets)
    assert all(e.quote in flat for e in d.excluded)


def test_rows_run_together_with_no_attribute_word_end_at_the_next_serial() -> None:
    text = (
        "表2 主要指标序号指标名称单位2022年2026年产业发展1规上工业产值亿元5106802每万人口拥有5G基站数个1825"
        "民生保障3新增城镇就业人数人30003600注：均为预期值。二、重点任务"
    )
    out, table = unflatten(text)
    assert {r.name: r.value for r in table.rows.values()} == {
        "规上工业产值": Decimal(680),
        "每万人口拥有5G基站数": Decimal(25),
        "新增城镇就业人数": Decimal(3600),
    }
    lines = out.split("\n")
    assert lines[0] == "表2 主要指标" and lines[-1] == "注：均为预期值。二、重点任务"


def test_a_two_level_header_with_base_and_target_words_and_bounds_in_cells() -> None:
    text = "\n".join(
        [
            "一级指标 二级指标 单位 基期值 目标值 指标性质",
            "创新驱动",
            "1 研发经费投入强度 % 2.3 ≥3.0 预期性",
            "2 每万人口发明专利拥有量 件 6.1 12 预期性",
            "绿色发展",
            "3 单位产值能耗降低 % — [12] 约束性",
        ]
    )
    out, table = unflatten(text)
    rows = {r.name: (r.value, r.comparator, r.binding) for r in table.rows.values()}
    assert rows == {
        "研发经费投入强度": (Decimal("3.0"), "at-least", False),
        "每万人口发明专利拥有量": (Decimal(12), "exactly", False),
        "单位产值能耗降低": (Decimal(12), "exactly", True),
    }
    assert out.split("\n")[0] == SEPARATOR.join(["一级指标", "二级指标", "单位", "基期值", "目标值", "指标性质"])


def test_a_table_pasted_one_cell_a_line() -> None:
    cells = ["序号", "指标名称", "单位", "2022年", "2026年", "属性", "产业发展", "1", "软件业务收入", "亿元"]
    cells += ["150", "260", "预期性", "2", "工业固废综合利用率", "%", "88", "92", "约束性", "二、重点任务"]
    out, table = unflatten("\n".join(["表3 发展指标", *cells, "推进软件园建设。"]))
    assert {r.name: (r.value, r.binding) for r in table.rows.values()} == {
        "软件业务收入": (Decimal(260), False),
        "工业固废综合利用率": (Decimal(92), True),
    }
    lines = out.split("\n")
    assert lines[0] == "表3 发展指标" and lines[-2:] == ["二、重点任务", "推进软件园建设。"]
    assert lines[1] == SEPARATOR.join(cells[:6])


def test_a_header_word_alone_on_a_line_with_no_table_after_it_is_left_as_it_is() -> None:
    text = "指标\n本项指标由市统计局负责解释。"
    assert unflatten(text) == (text, unflatten("")[1])


def test_a_bound_after_a_value_stays_with_it() -> None:
    text = "序号指标名称单位2022年2026年属性1地区生产总值增长%5.86左右预期性2城镇调查失业率%5.5以内预期性"
    _, table = unflatten(text)
    assert {r.name: (r.value, r.comparator) for r in table.rows.values()} == {
        "地区生产总值增长": (Decimal(6), "about"),
        "城镇调查失业率": (Decimal("5.5"), "at-most"),
    }


def test_rows_without_serial_numbers_under_a_header_without_a_serial_column() -> None:
    text = "指标名称单位2022年2026年属性人均公园绿地面积（平方米）14.516预期性空气质量优良天数比率%8892约束性。"
    _, table = unflatten(text)
    assert {r.name: (r.value, r.unit, r.binding) for r in table.rows.values()} == {
        "人均公园绿地面积": (Decimal(16), "平方米", False),
        "空气质量优良天数比率": (Decimal(92), "%", True),
    }


# a table of each year's value pasted from a page: header and rows glued, a year's digits touching
# the next's (100110120130150), a category before a row's serial
YEARLY_GLUED = (
    "专栏1主要指标类别序号指标名称单位2026年2027年2028年2029年2030年属性"
    "收入和就业1残疾人家庭人均收入年均增速%6.56.56.56.56.5预期性"
    "2残疾人托养服务人数人100110120130150预期性"
    "社会保障3护理补贴覆盖率%9898989899约束性"
    "4基本养老保险参保率%≥95≥95≥95≥95≥96预期性"
)


def test_a_glued_table_of_each_years_value_gives_each_year_its_value() -> None:
    _, table = unflatten(YEARLY_GLUED)
    got = {
        r.name: [(x.value, x.year) for x in sorted((r, *table.more.get(k, [])), key=lambda x: x.year or 0)]
        for k, r in table.rows.items()
    }
    assert got["残疾人家庭人均收入年均增速"] == [(Decimal("6.5"), y) for y in range(2026, 2031)]
    assert got["残疾人托养服务人数"] == [
        (Decimal(100), 2026),
        (Decimal(110), 2027),
        (Decimal(120), 2028),
        (Decimal(130), 2029),
        (Decimal(150), 2030),
    ]
    assert [v for v, _ in got["护理补贴覆盖率"]] == [Decimal(98)] * 4 + [Decimal(99)]
    assert [v for v, _ in got["基本养老保险参保率"]] == [Decimal(95)] * 4 + [Decimal(96)]
    d = extract("青川县残疾人事业发展规划（2026—2030年）\n" + YEARLY_GLUED, default_year=2026)
    assert len([t for t in d.targets if t.numeric]) == 20


# eight year columns and a row of long touching digits: tens of millions of ways to split it
EIGHT_YEARS = "序号指标名称单位2024年2025年2026年2027年2028年2029年2030年2031年属性"
LONG_RUN = "1地区生产总值亿元123456789012345678901234567890123456789012345678预期性"


def test_a_long_glued_row_of_many_years_is_given_up_before_its_splits_are_written_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def never(digits: str, k: int) -> list[list[str]]:
        raise AssertionError(f"{digits} split into {k} pieces one by one")

    monkeypatch.setattr(flat_tables, "_splits", never)
    _, table = unflatten(EIGHT_YEARS + LONG_RUN)
    assert not table.rows
    monkeypatch.undo()
    _, table = unflatten(EIGHT_YEARS + "1常住人口城镇化率%6061626364656667约束性2新建公园个1011121314151617预期性")
    got = {r.name: [x.value for x in (r, *table.more[k])] for k, r in table.rows.items()}
    assert got["常住人口城镇化率"] == [Decimal(67), *map(Decimal, range(60, 67))]
    assert got["新建公园"] == [Decimal(17), *map(Decimal, range(10, 17))]
