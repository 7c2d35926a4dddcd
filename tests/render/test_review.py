"""The review page (`trace --format html`, `draft --review`): each clause coloured by what it
became, numbers linked to their entries, review marks first; checked in a real browser."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from targetctl.render.review import COLOURS, kind_of, review_html
from tests.conftest import Run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


class Spans(HTMLParser):
    """The clause spans of a page: (its kind, its text, the links inside it)."""

    def __init__(self) -> None:
        super().__init__()
        self.spans: list[tuple[str, str, list[str]]] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "span" and (found.get("class") or "").startswith("c "):
            self.spans.append(((found["class"] or "").split()[1], "", []))
            self.depth = 1
        elif self.depth and tag == "a":
            self.spans[-1][2].append(found.get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self.depth:
            self.depth = 0

    def handle_data(self, data: str) -> None:
        if self.depth:
            kind, text, links = self.spans[-1]
            self.spans[-1] = (kind, text + data, links)


def _page(run: Run, *args: str) -> str:
    result = run("trace", "--format", "html", *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_each_clause_is_coloured_by_what_it_became(run: Run, demo: Path) -> None:
    page = Spans()
    page.feed(_page(run))
    kinds = {kind for kind, _, _ in page.spans}
    assert {"target", "milestone", "excluded"} <= kinds
    people = next(s for s in page.spans if "100名" in s[1])  # a line break ends a clause: 全年引进人才 / 100名
    assert people[0] == "target" and "#demo-people" in people[2]  # its number links to its entry
    success = next(s for s in page.spans if "圆满成功" in s[1])
    assert success[0] == "excluded" and "context, not a commitment" in success[1]  # the reason is shown


def test_review_marks_come_first_and_text_is_escaped(run: Run, demo: Path) -> None:
    plan = demo / "demo.yaml"
    text = plan.read_text(encoding="utf-8").replace(
        "    quote: 新增项目不少于20个\n", "    quote: 新增项目不少于20个\n    review: 核实<script>数值</script>\n"
    )
    plan.write_text(text, encoding="utf-8")
    page = _page(run)
    assert page.index("demo-projects</a>: 核实&lt;script&gt;") < page.index('class="c ')
    assert "<script>" not in page


def test_a_draft_writes_its_review_page(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "notice.txt"
    source.write_text(
        "一、总体目标\n到2025年，全区新增就业岗位不少于1200个。\n二、重点任务\n完善公共服务体系。\n", encoding="utf-8"
    )
    (tmp_path / "plans").mkdir()
    review = tmp_path / "review.html"
    result = run("draft", str(source), "--id", "demo-notice", "--review", str(review))
    assert result.exit_code == 0, result.stderr
    page = Spans()
    page.feed(review.read_text(encoding="utf-8"))
    jobs = next(s for s in page.spans if "1200" in s[1])
    assert jobs[0] == "target" and jobs[2]


def test_the_summary_counts_entries_and_clauses_apart(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "notice.txt"
    source.write_text("到2025年，全区新增就业岗位、培训人次分别达到1200个、3000人次。\n", encoding="utf-8")
    (tmp_path / "plans").mkdir()
    review = tmp_path / "review.html"
    assert run("draft", str(source), "--id", "demo-notice", "--review", str(review)).exit_code == 0
    page = review.read_text(encoding="utf-8")
    assert "2 entries; 2 clauses of the source, by what they became: numeric target: 1 · excluded" in page


def test_kind_of_prefers_the_most_concrete_entry() -> None:
    assert kind_of([], {}) == "programme"


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_the_page_in_a_real_browser(run: Run, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    assert run("trace", "-o", str(out)).exit_code == 0  # the file name asks for html
    profile = [f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(
        [str(CHROMIUM), *FLAGS, *profile, "--dump-dom", out.as_uri()], capture_output=True, text=True, timeout=120
    ).stdout
    page = Spans()
    page.feed(dom)
    assert len(page.spans) >= 5 and "Needs review" in dom
    shot = tmp_path / "review.png"
    subprocess.run(
        [str(CHROMIUM), *FLAGS, *profile, f"--screenshot={shot}", "--window-size=1100,900", out.as_uri()],
        capture_output=True,
        timeout=120,
    )
    from matplotlib import image

    pixels = image.imread(str(shot))
    seen = {tuple(round(float(c) * 255) for c in px[:3]) for row in pixels[::3] for px in row[::3]}

    def shown(colour: str) -> bool:
        want = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
        return any(all(abs(a - b) <= 2 for a, b in zip(want, px, strict=True)) for px in seen)

    assert shown(COLOURS["target"]) and shown(COLOURS["excluded"]) and shown(COLOURS["milestone"])


def test_no_page_without_plans(run: Run, tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    assert review_html([], "zh").startswith("<!doctype html>")
