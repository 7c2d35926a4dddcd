"""A span of years inside another document's quoted title is that document's (our own text)."""

from __future__ import annotations

from targetctl.domain.drafting.extract import extract

NOTES = """县林业局编制了《某县林业发展“十四五”规划》，现解读如下：
一、编制依据
根据《某县林地保护利用规划（2021—2035年）》等规划编制。
二、目标任务
到2025年，全县森林覆盖率保持在60%以上，林地面积稳定在120万亩以上。
"""


def test_a_quoted_titles_span_does_not_set_the_period() -> None:
    d = extract(NOTES, default_year=2026)
    assert d.period[1].year == 2025
    assert all(t.due is not None and t.due.year == 2025 for t in d.targets if t.numeric)


def test_a_text_that_opens_by_announcing_what_follows_is_drafted_untitled_not_under_its_first_heading() -> None:
    d = extract(NOTES, default_year=2026)
    assert d.title in ("", None)
    assert "编制依据" in [p.title for p in d.all_programmes()]
