"""Break-it review of round 42's drafting changes (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract


def _values(text: str) -> list[Decimal | None]:
    return [t.value for t in extract(text, default_year=2026).targets if t.numeric]


@pytest.mark.parametrize("item", ["\\[注\\]", "[首页](https://example.gov.cn/)!"])
def test_a_long_line_of_markdown_marks_that_is_not_all_marks_is_read_once(item: str) -> None:
    # each mark could be split two ways (its backslash, an image's !): a line of 40 that did not end as
    # marks was tried 2^40 ways before it was read as text (24 took seconds, 40 never finished)
    text = "某县工作方案\n" + item * 40 + "见附表。\n一、全年新增企业30家。\n"
    assert _values(text) == [Decimal(30)]
