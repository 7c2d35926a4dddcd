"""An amount raised for a named programme (筹措5亿元实施助残惠民工程) is the programme's target:
the programme is named and the amount kept (our own sentences)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from targetctl.domain.drafting.extract import extract

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))

TEXT = """一、办好民生实事
筹措5亿元实施助残惠民工程，帮助困难残疾人就业。深入实施乡村建设行动。
"""


def test_an_amount_raised_for_a_named_programme_is_its_target() -> None:
    d = extract(TEXT, default_year=2026, period=PERIOD)
    got = [(t.value, t.unit) for t in d.targets if t.numeric]
    assert got == [(Decimal(5), "亿元")]
    named = {p.title: p for p in d.all_programmes()}
    assert "助残惠民工程" in named
    target = next(t for t in d.targets if t.numeric)
    assert target.programme == named["助残惠民工程"].number
    assert "乡村建设行动" in named


def test_an_amount_invested_in_a_named_works_is_its_target() -> None:
    text = "二、完善城市功能\n投资3000万元实施滨河路管线入地工程，提升街区面貌。\n"
    d = extract(text, default_year=2026, period=PERIOD)
    got = [(t.value, t.unit, t.comparator) for t in d.targets if t.numeric]
    assert got == [(Decimal(3000), "万元", "exactly")]
