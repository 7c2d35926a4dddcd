"""A report printed across a newspaper's pages (drafting.page_turns): the running header where the
text turns to another page is furniture, and the review section goes on across it (our own text)."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.page_turns import REASON, page_headers

REPORT = """各位代表：
　　2025年工作回顾
　　2025年，全市地区生产总值增长5.2%，新增城镇就业3.1万人，（下转第3版）
　　政 府 工 作 报 告
　　（上接第1版）新建改造农村公路420公里，新增规上工业企业86家。
　　2026年工作安排
　　主要预期目标是：地区生产总值增长6%左右，新增城镇就业3万人以上。
"""


def test_the_page_header_between_the_turns_is_furniture() -> None:
    assert page_headers(REPORT.splitlines()) == {3: REASON}


def test_a_review_goes_on_across_a_page_turn() -> None:
    d = extract(REPORT, default_year=2026)
    assert [t.value for t in d.targets if t.numeric] == [Decimal(6), Decimal(3)]
    assert any(e.reason == REASON for e in d.excluded)


def test_a_long_line_after_a_turn_is_no_header() -> None:
    lines = [
        "全年完成投资120亿元，（下转第2版）",
        "新建学校5所，改扩建幼儿园12所，新增学位8000个，持续推进教育优质均衡发展。",
    ]
    assert page_headers(lines) == {}


TURNED = """各位代表：
　　2026年工作安排
　　主要预期目标是：地区生产总值增长6%左右。重点抓好以下工作：（下转第3版）
　　2026年1月12日 星期一
　　（上接第1版）
　　（一）扩大有效投资。全年完成投资900亿元。（下转第4版）
　　城镇新增就业2.5万人
　　（上接第3版）农村劳动力转移就业1万人。
"""


def test_a_line_with_a_figure_of_its_own_between_the_turns_is_text_not_header() -> None:
    # 城镇新增就业2.5万人 is the rest of the sentence, not the page's header; the date line is header
    assert page_headers(TURNED.splitlines()) == {3: REASON, 4: REASON}
    d = extract(TURNED, default_year=2026)
    assert Decimal("2.5") in [t.value for t in d.targets if t.numeric]


def test_a_turn_alone_on_its_line_is_no_heading_over_the_text() -> None:
    d = extract(TURNED, default_year=2026)
    assert [p.title for p in d.all_programmes()] == ["2026年工作安排", "扩大有效投资"]
