"""A number far past any quantity a plan sets (a cell or a clause of hundreds of digits, a typing
or conversion slip) is no target: it is excluded with its reason, and the draft still validates
(our own lines)."""

from __future__ import annotations

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.tables import read_tables

HUGE = "9" * 500


def test_a_huge_cell_is_excluded_with_its_reason() -> None:
    table = read_tables(["指标\t单位\t2024年\t2025年\t属性", f"粮食产量\t万吨\t0\t{HUGE}\t预期性"])
    assert not table.rows
    (reason,) = set(table.excluded.values()) - {"the header of an indicator table"}
    assert "digits" in reason


def test_a_huge_number_in_prose_is_excluded_and_the_rest_drafted() -> None:
    text = f"某县2025年工作要点\n到2025年，全县粮食产量达到{HUGE}万吨。全县新建农村公路30公里。\n"
    draft = extract(text, default_year=2025)
    assert [t.value for t in draft.targets if t.value is not None] == [30]
    assert any("digits" in e.reason for e in draft.excluded)


def test_a_large_but_real_amount_is_still_a_target() -> None:
    draft = extract("某县2025年工作要点\n到2025年，全县地区生产总值达到1200000万元。\n", default_year=2025)
    assert [t.value for t in draft.targets] == [1200000]
