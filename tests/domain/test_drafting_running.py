"""A running page header or footer (our own lines): the same line at the same place on most
pages of a PDF is page furniture, dropped before the title and the programmes are read."""

from __future__ import annotations

from targetctl.domain.drafting.running import without_running

HEAD = "  某县人民政府公报 2026 年第2 期"


def _page(n: int, body: str) -> str:
    return f"{HEAD}\n{body}\n— {n} —"


def test_a_line_at_the_top_of_every_page_is_dropped() -> None:
    pages = [
        _page(1, "某县2026年重点工作安排\n（1）新建农村公路30公里。"),
        _page(2, "（2）改造老旧小区12个。"),
        _page(3, "（3）新增城镇就业2000人。"),
    ]
    text = without_running(pages)
    assert "公报" not in text
    assert text.splitlines()[0] == "某县2026年重点工作安排"
    assert "（2）改造老旧小区12个。" in text


def test_a_line_on_one_page_only_stays() -> None:
    pages = ["某县2026年重点工作安排\n（1）新建农村公路30公里。", "（2）改造老旧小区12个。"]
    assert without_running(pages) == "\n".join(pages)


def test_a_single_page_keeps_its_first_line() -> None:
    assert without_running([_page(1, "（1）新建农村公路30公里。")]) == _page(1, "（1）新建农村公路30公里。")


def test_a_running_footer_with_the_page_number_in_it_is_dropped() -> None:
    pages = [f"（{n}）新建农村公路{n}0公里。\n某县人民政府办公室 第{n}页" for n in range(1, 5)]
    text = without_running(pages)
    assert "办公室" not in text and "（4）新建农村公路40公里。" in text


def test_a_table_header_repeated_at_the_top_of_each_page_stays() -> None:
    head = "指标\t单位\t2025年\t2030年\t属性"
    pages = [
        "某县“十五五”规划\n" + head + "\n森林覆盖率\t%\t60\t62\t约束性",
        head + "\n农村自来水普及率\t%\t95\t99\t约束性",
        head + "\n城镇新增就业\t万人\t1\t1.2\t预期性",
        head + "\n新建农村公路\t公里\t30\t40\t预期性",
    ]
    assert without_running(pages).count(head) == 4


def test_a_browsers_header_and_footer_both_at_the_foot_are_dropped() -> None:
    # a page printed from a browser: its date and title, then its address and N/M, under the text
    foot = "2026/3/2 9:30 青川市人民政府关于印发某方案的通知 - 政策文件"
    pages = [
        f"（{n}）新建农村公路{n}0公里。\n（{n}）改造老旧小区{n}个。\n{foot}\nqc.gov.cn/zcwj/t123.shtml {n}/3"
        for n in (1, 2, 3)
    ]
    text = without_running(pages)
    assert "qc.gov.cn" not in text and "2026/3/2" not in text
    assert "（3）改造老旧小区3个。" in text and "（1）新建农村公路10公里。" in text
