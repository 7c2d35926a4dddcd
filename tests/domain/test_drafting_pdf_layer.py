"""Text as a PDF's text layer gives it (our own report, in the shape LibreOffice prints)."""

from __future__ import annotations

from targetctl.domain.drafting.extract import extract

REPORT = """2026 年某省政府工作报告
各位代表：
一、2025 年工作回顾
全省地区生产总值增长5%。
“ ”二、 十五五 时期主要目标任务
到2030年，全省城镇化率提升至70%。
三、关于2026年工作
全省地区生产总值增长5%左右。
"""


def test_quotation_marks_set_apart_at_a_headings_start_do_not_hide_the_heading() -> None:
    d = extract(REPORT, default_year=2026)
    titles = [p.title for p in d.all_programmes()]
    assert any(t.replace(" ", "").startswith("十五五") for t in titles), titles
    assert (d.period[0].year, d.period[1].year) == (2026, 2030)
