"""render.report: Markdown that shows any text literally, SVG charts with zero in view, and the
Markdown and HTML reports rendered from the report's data."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from targetctl.domain.ledger import Entry, Ledger, TargetHistory
from targetctl.domain.model import Plan
from targetctl.domain.progress import ChartPoint
from targetctl.domain.records import ValueRecord
from targetctl.domain.report import ReportData, report_data
from targetctl.render.report import md_text, render, svg_chart
from tests.conftest import GOLDEN

PLAN = Plan.model_validate(yaml.safe_load((GOLDEN / "valid" / "demo.yaml").read_text(encoding="utf-8")))
AT = dt.datetime(2025, 7, 1, 9, tzinfo=dt.timezone.utc)
DAY = dt.date(2025, 6, 30)


def data() -> ReportData:
    record = ValueRecord(id="a" * 12, type="value", target="demo-people", as_of=DAY, value=40, recorded=AT, by="x")
    ledger = Ledger(full=True, histories={"demo-people": TargetHistory([Entry(Path("r.yaml"), 2, record)])})
    return report_data([PLAN], ledger, DAY, None, AT)


def test_md_text_shows_markdown_and_html_literally_on_one_line() -> None:
    assert md_text("[a](http://x) <b>*c*</b> | d\ne") == r"\[a\](http://x) \<b\>\*c\*\</b\> \| d e"
    assert md_text("a\x1bb") == "a\\\\u001bb", "an escape code is shown as text, its backslash escaped"
    assert md_text(12.5) == "12.5"


def _ys(svg: str, pattern: str) -> list[float]:
    return [float(y) for y in re.findall(pattern, svg)]


def test_a_chart_draws_actual_expected_and_the_goal() -> None:
    points = [ChartPoint(dt.date(2025, m, 28), 10.0 * m, 8.0 * m) for m in (1, 2, 3)]
    svg = str(svg_chart(points, 100, "people", goal_text="= 100 people"))
    assert svg.startswith("<svg ") and svg.endswith("</svg>") and 'aria-label="people"' in svg
    assert svg.count('class="expected"') == 2 and svg.count("<circle ") == 3, "a line each, a dot per actual"
    assert ">= 100 people</text>" in svg and ">2025-01</text>" in svg and ">2025-03</text>" in svg
    [goal_y] = _ys(svg, r'y1="([\d.]+)" x2="[\d.]+" y2="[\d.]+" class="goal"')
    assert all(y > goal_y for y in _ys(svg, r'<circle cx="[\d.]+" cy="([\d.]+)"')), "every value is below the goal"


def test_no_numbers_no_chart() -> None:
    assert str(svg_chart([], 100, "x")) == ""
    assert str(svg_chart([ChartPoint(DAY, None, None)], None, "x")) == ""


def test_a_projection_adds_a_dotted_line_and_its_legend() -> None:
    points = [ChartPoint(dt.date(2025, 1, 31), None, 10.0), ChartPoint(dt.date(2025, 2, 28), None, 20.0)]
    svg = str(svg_chart(points, 100, "x", projection=(60.0, 4.0)))
    assert svg.count('class="projection"') == 2 and ">at this pace</text>" in svg


def test_the_markdown_report() -> None:
    text = render(data(), "md")
    assert text.startswith("# ") and "Demo plan" in text and "demo\\-people" not in text
    assert "demo-people" in text and "40 people" in text


def test_the_html_report_is_one_standalone_page() -> None:
    page = render(data(), "html", "zh")
    assert page.lstrip().lower().startswith("<!doctype html>") and "示范计划" in page
    assert "<svg " in page and "<script" not in page and 'src="http' not in page


def test_the_first_line_says_how_many_targets_and_the_overall_progress_in_words() -> None:
    """'截至 2025-06-30 · 8 目标数 · 31%' read as 'target count' and a bare percent to a
    leader (newcomer review): it says 8项目标 and 总体进度31%."""
    zh = render(data(), "md", "zh").splitlines()[2]
    total = len(PLAN.targets)
    assert re.fullmatch(rf"截至 2025-06-30 · {total}项目标 · 总体进度\d+%", zh), zh
    en = render(data(), "md", "en").splitlines()[2]
    assert re.fullmatch(rf"As of 2025-06-30 · {total} targets · overall progress \d+%", en), en
    page = render(data(), "html", "zh")
    assert f"{total}项目标 · 总体进度" in page and "目标数 ·" not in page
