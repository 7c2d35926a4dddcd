"""Notes under a table or a text (our own lines): 注：… and a line opened by a circled mark that
the text above refers to (…以上①) explain, they set nothing; the reference marks leave titles."""

from __future__ import annotations

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.notes import note_lines, unmarked

TEXT = """某县2026年工作要点
一、农业生产
到2026年，全县蔬菜产量稳定在80万吨以上①，新建设施大棚3000亩②。
① 2025年为76万吨。
② 其中连栋大棚1200亩。
"""

TABLE = """某县“十五五”发展规划
指标\t单位\t2025年\t2030年\t属性
农村自来水普及率\t%\t95\t99③\t约束性
注：③含12个乡镇的集中供水工程。
"""

LIST = """某县2026年工作要点
一、重点项目
①新建县城污水处理厂1座。
②改造农村公路40公里。
"""


def test_note_lines_name_notes_and_referenced_marks_only() -> None:
    assert sorted(note_lines(TEXT.splitlines())) == [3, 4]
    assert sorted(note_lines(TABLE.splitlines())) == [3]
    assert note_lines(LIST.splitlines()) == {}  # ① numbers items here: nothing above refers to it


def test_notes_are_excluded_and_marks_leave_titles() -> None:
    draft = extract(TEXT, default_year=2026)
    titles = [t.title for t in draft.targets]
    assert len(draft.targets) == 2, titles
    assert not any("①" in t or "②" in t for t in titles)
    assert any("76万吨" in e.quote for e in draft.excluded)


def test_a_note_under_a_table_is_no_target() -> None:
    draft = extract(TABLE, default_year=2026)
    assert [t.title for t in draft.targets] == ["农村自来水普及率"]
    assert any("集中供水" in e.quote and "note" in e.reason for e in draft.excluded)


def test_circled_items_of_a_list_are_still_targets() -> None:
    assert len(extract(LIST, default_year=2026).targets) == 2


def test_unmarked_takes_reference_marks_off_a_title_only_after_words() -> None:
    assert unmarked("蔬菜产量稳定在80万吨以上①") == "蔬菜产量稳定在80万吨以上"
    assert unmarked("①新建县城污水处理厂1座") == "①新建县城污水处理厂1座"
