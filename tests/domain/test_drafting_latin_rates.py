"""Units in Latin letters with a rate (cm3/h, km/h) and hours as h (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.quantities import find_numbers


def test_a_rate_in_latin_letters_is_one_unit() -> None:
    assert [(n.value, n.unit) for n in find_numbers("打印速度大于120cm3/h")] == [(Decimal(120), "cm3/h")]
    assert [(n.value, n.unit) for n in find_numbers("设计时速达到160km/h")] == [(Decimal(160), "km/h")]


def test_hours_as_h_but_no_other_single_letter() -> None:
    assert [(n.value, n.unit) for n in find_numbers("无故障运行时间大于500h")] == [(Decimal(500), "h")]
    assert find_numbers("推进5G网络和4K超高清应用") == []


def test_a_web_addresss_escaped_bytes_are_no_shares() -> None:
    # a site's menu link kept in the text (deptName=%E5%B8%82…): its escapes are bytes, not percentages
    assert find_numbers("item?orgCode=AB3700&deptName=%E5%B8%82%E8%83%BD%E6%BA%90%E5%B1%80)") == []
    assert [(n.value, n.unit) for n in find_numbers("全市光伏装机占比达到35%")] == [(Decimal(35), "%")]
