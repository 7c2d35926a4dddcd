"""A web page whose inline spans each stand on a line of their own: its pieces are joined back
into its lines before the document is read (our own texts)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.spans import JOINS, Join, rejoin_spans, spans_broken

# a notice that forwards a plan, copied from a page that set every number, unit and bound apart
PAGE = "\n".join(
    [
        "青川市人民政府办公室关于印发青川市养老服务提升行动方案的通知",
        "各区县人民政府，市直有关单位：",
        "《青川市养老服务提升行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
        "青川市人民政府办公室",
        "2024",
        "年",
        "5",
        "月",
        "20",
        "日",
        "青川市养老服务提升行动方案",
        "一、主要目标",
        "到",
        "2026",
        "年，全市养老机构护理型床位占比达到",
        "60%",
        "以上，社区老年助餐点达到",
        "120",
        "个，",
        "街道综合养老服务中心覆盖率",
        "不低于",
        "90%",
        "。",
        "（",
        "责任单位：市民政局、卫健委",
        "）",
        "二、重点任务",
        "（一）",
        "完善居家养老服务",
        "推进家庭养老床位建设，到",
        "2026",
        "年新建家庭养老床位",
        "800",
        "张。",
    ]
)


@pytest.mark.parametrize("rule", JOINS, ids=lambda r: r.name)
def test_each_rule_joins_its_own_example(rule: Join) -> None:
    assert rule.reason
    assert rule.pattern.search(rule.example)


def test_a_page_with_many_pieces_is_read_as_broken_into_spans() -> None:
    assert spans_broken(PAGE)


def test_an_ordinary_text_is_left_as_it_is() -> None:
    text = "一、主要目标\n到2026年，全市养老机构护理型床位占比达到60%以上。\n二、重点任务\n（一）完善居家养老服务\n"
    assert not spans_broken(text)
    assert rejoin_spans(text) == text


def test_pieces_are_joined_back_into_their_clauses_and_only_line_breaks_go() -> None:
    lines = rejoin_spans(PAGE).split("\n")
    goal = "到2026年，全市养老机构护理型床位占比达到60%以上，社区老年助餐点达到120个，"
    assert goal + "街道综合养老服务中心覆盖率不低于90%。" in lines
    assert "".join(lines) == PAGE.replace("\n", "")


def test_headings_the_signature_and_a_date_set_out_a_part_a_line_keep_their_own_lines() -> None:
    lines = rejoin_spans(PAGE).split("\n")
    assert "青川市人民政府办公室" in lines
    assert "2024年5月20日" in lines
    assert "青川市养老服务提升行动方案" in lines
    assert "二、重点任务" in lines
    assert "（一）完善居家养老服务" in lines  # a heading's marker takes its text
    assert "（责任单位：市民政局、卫健委）" in lines  # a bracket closes on its own line


def test_a_page_broken_into_spans_drafts_its_targets_with_their_bounds() -> None:
    d = extract(PAGE, default_year=2024)
    got = {(t.value, t.comparator) for t in d.targets if t.numeric}
    assert (Decimal(60), "at-least") in got
    assert (Decimal(90), "at-least") in got
    assert Decimal(120) in {v for v, _ in got}
    assert Decimal(800) in {v for v, _ in got}
    assert all(t.due is not None and t.due.year == 2026 for t in d.targets if t.numeric)


def test_a_field_of_the_pages_record_is_never_joined_onto_a_title_cut_in_its_bracket() -> None:
    record = "标题：青川市人民政府关于贯彻落实养老服务规划（2021\n发布时间：2024-05-20\n文号：青政规〔2024〕3号\n"
    joined = rejoin_spans(record + PAGE)
    assert joined.startswith(record)
    assert "发布时间" not in (extract(record + PAGE, default_year=2030).title or "")
