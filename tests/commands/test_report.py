"""Reports: Markdown that pastes cleanly, and standalone HTML with charts that a browser renders."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from targetctl.commands.report import build_report
from tests.conftest import Recorder, Run, edit


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, int] = {}
        self.external: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1
        for name, value in attrs:
            if name in ("src", "href") or (value and ("http:" in value or "https:" in value) and name != "xmlns"):
                self.external.append(f"{tag} {name}={value}")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture
def recorded(recorder: Recorder) -> Run:
    return recorder(
        ("demo-people", "20", "--date", "2025-03-31"),
        ("demo-people", "40", "--date", "2025-06-30"),
        ("demo-growth", "7.5", "--date", "2025-06-30"),
        ("demo-hall", "done", "--date", "2025-05-31"),
    )


def test_html_is_standalone_with_a_chart_per_numeric_target(recorded: Run, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = recorded("report", "--as-of", "2025-07-31", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    page = Page()
    page.feed(out.read_text(encoding="utf-8"))
    assert page.external == [] and "script" not in page.tags and "link" not in page.tags and "img" not in page.tags
    assert page.tags["svg"] == 5  # every numeric target: a plan, data or a band to draw
    assert page.tags["polyline"] >= 6  # expected lines, and actual lines where there is data
    assert page.tags["section"] == 3  # the plan, and its two programmes
    text = " ".join(page.text)
    assert "Recruit talent" in text and "Open the lecture hall" in text and "☑" in text


def test_html_first_page_legend_and_units(recorded: Run, tmp_path: Path) -> None:
    assert recorded("judge", "demo-people", "green", "--reason", "快", "--date", "2025-06-30").exit_code == 0
    html = recorded("report", "--as-of", "2025-07-31").stdout
    glance = html[html.index('<table class="glance"') : html.index("</table>")]
    assert "plan / programme" in glance and "<strong>Demo plan</strong>" in glance and "Demo area" in glance
    assert 'class="label end goal-label">= 100 people</text>' in html  # the goal with its unit
    assert 'class="label end goal-label">≥ +8%</text>' in html
    assert ">actual</text>" in html and ">expected</text>" in html and ">at this pace</text>" in html
    assert 'class="band"' in html  # the range's band
    assert "≠" in html  # judged green while computed behind
    assert "milestones and principles:" in html and "@page { size: A4" in html


def test_html_escapes_text_from_files(run: Run, demo: Path, tmp_path: Path) -> None:
    edit(demo / "demo.yaml", "en: Recruit talent", 'en: "<script>alert(1)</script> [bold]x"')
    html = run("report", "--as-of", "2025-07-31").stdout
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; [bold]x" in html


def test_markdown_pastes_cleanly(recorded: Run, demo: Path) -> None:
    edit(demo / "demo.yaml", "en: Output growth", 'en: "Output | growth"')
    md = recorded("report", "--format", "md", "--as-of", "2025-07-31").stdout
    lines = md.splitlines()
    assert lines[0] == "# Target progress report"
    assert "| Output \\| growth (`demo-growth`) | +7.5% / ≥ +8% |" in md
    assert "- [x] Open the lecture hall (`demo-hall`): done, achieved, due 2025-06-30" in md
    table_rows = [line for line in lines if line.startswith("| ") and "`demo-" in line]
    assert all(line.count(" | ") == 5 for line in table_rows)


def test_chinese_report(recorded: Run) -> None:
    md = recorded("report", "--format", "md", "--lang", "zh", "--as-of", "2025-07-31").stdout
    assert md.startswith("# 目标任务进展报告") and "| 目标任务 | 完成情况 / 目标值 |" in md and "已完成" in md


def test_unknown_plan(recorded: Run) -> None:
    result = recorded("report", "--plan", "nope")
    assert result.exit_code == 1 and "unknown plan 'nope'" in result.stderr


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_html_renders_in_a_real_browser_offline(recorded: Run, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    recorded("report", "--as-of", "2025-07-31", "-o", str(out))
    profile = [f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(
        [str(CHROMIUM), *FLAGS, *profile, "--dump-dom", out.as_uri()], capture_output=True, text=True, timeout=120
    ).stdout
    assert dom.count("<svg") == 5 and 'id="summary"' in dom and "Recruit talent" in dom
    shot = tmp_path / "report.png"
    subprocess.run(
        [str(CHROMIUM), *FLAGS, *profile, f"--screenshot={shot}", "--window-size=1200,1600", out.as_uri()],
        capture_output=True,
        timeout=120,
    )
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 20_000


def test_the_file_name_chooses_the_format_unless_format_says_otherwise(run: Run, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    assert run("report", "-o", str(out)).exit_code == 0
    assert out.read_bytes().startswith(b"PK")  # a Word file, not HTML under a .docx name
    md = tmp_path / "r.md"
    assert run("report", "-o", str(md)).exit_code == 0 and md.read_text(encoding="utf-8").startswith("#")
    clash = run("report", "--format", "html", "-o", str(tmp_path / "x.docx"))
    assert clash.exit_code == 2 and "is a docx file name but --format asks for html" in clash.stderr
    assert not (tmp_path / "x.docx").exists()
    sheet = tmp_path / "y.xlsx"
    assert run("export", "-o", str(sheet)).exit_code == 0 and sheet.read_bytes().startswith(b"PK")


@pytest.mark.parametrize(
    "args",
    [
        ("report", "-o", "r.pdf"),
        ("report", "-o", "r.txt"),
        ("export", "-o", "e.docx"),
        ("export", "--json", "-o", "e.csv"),
        ("trace", "-o", "t.pdf"),
        ("draft", "source.txt", "--id", "x-2025", "--review", "r.docx"),
    ],
)
def test_a_file_name_that_says_another_format_is_refused(run: Run, demo: Path, args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.exit_code == 2 and "Error" in result.stderr
    assert not Path(args[args.index("-o") + 1] if "-o" in args else "r.docx").exists()


def test_build_report_is_made_at_the_moment_it_is_given(demo: Path) -> None:
    made = dt.datetime(2025, 7, 1, 9, 30, tzinfo=dt.timezone.utc)
    data = build_report(demo, dt.date(2025, 6, 30), None, made)
    assert data.generated == made and data.report.day == dt.date(2025, 6, 30)
    assert "demo-people" in {p.target.id for p in data.report.progresses()}
