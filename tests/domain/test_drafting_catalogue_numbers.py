"""A catalogue's item numbers (1.1.2旋耕机, 17.1天然橡胶初加工机械) are markers, not values (our own)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from targetctl.domain.drafting.extract import extract

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))

CATALOGUE = """附件
本省补贴机具种类范围
1.耕整地机械
1.1耕地机械
1.1.1犁
1.1.2旋耕机
5.4.4根（茎）类收获机
17.1天然橡胶初加工机械
18.1.1轮式拖拉机
"""


def test_a_catalogues_item_numbers_are_no_targets() -> None:
    d = extract(CATALOGUE, default_year=2026, period=PERIOD)
    assert [t.value for t in d.targets if t.numeric] == []


def test_a_decimal_amount_in_a_sentence_is_still_read() -> None:
    d = extract("全年建设高标准农田1.5万亩。", default_year=2026, period=PERIOD)
    assert [t.value for t in d.targets if t.numeric] == [Decimal("1.5")]
