"""The review page under the break-it review of issue 19: every link leads somewhere on the page,
and a page asked for in Chinese names its columns in Chinese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import Run

# targets before any heading (a programme marked for review) and a count of what exists (an
# exclusion marked for review)
NO_HEADING = "到2025年，新建学校3所。\n一、主要目标\n依托全区12个产业园区，新建公园5个。\n"


def _page(run: Run, tmp_path: Path, *options: str) -> str:
    (tmp_path / "x.txt").write_text(NO_HEADING, encoding="utf-8")
    result = run(*options, "draft", "x.txt", "--id", "x", "--review", "r.html")
    assert result.exit_code == 0, result.output
    return (tmp_path / "r.html").read_text(encoding="utf-8")


def test_every_link_of_the_review_page_leads_to_an_element_on_it(run: Run, tmp_path: Path) -> None:
    page = _page(run, tmp_path)
    marks = re.search(r'<h2 id="review-x">.*?</ul>', page, re.S)
    assert marks is not None, page
    linked = set(re.findall(r'href="#([^"]+)"', marks.group()))
    assert "x-p00" in linked and any(i.startswith("x-excluded-") for i in linked), marks.group()
    anchors = set(re.findall(r'\bid="([^"]+)"', page))
    assert set(re.findall(r'href="#([^"]+)"', page)) <= anchors


def test_the_review_marks_lead_to_the_clause_they_are_on(run: Run, tmp_path: Path) -> None:
    page = _page(run, tmp_path)
    excluded = re.search(r'href="#(x-excluded-\d+)"', page)
    assert excluded is not None
    # a programme without a heading of its own (before the first one) leads to its first target
    programme = re.search(r'id="x-p00"[^>]*>(?:<[^>]+>)*([^<]*)', page)
    clause = re.search(rf'id="{excluded.group(1)}"[^>]*>(?:<[^>]+>)*([^<]*)', page)
    assert programme is not None and "新建学校" in programme.group(1), page
    assert clause is not None and "12个产业园区" in clause.group(1), page


def test_a_chinese_page_names_its_columns_in_chinese(run: Run, tmp_path: Path) -> None:
    page = _page(run, tmp_path, "--lang", "zh")
    header = re.search(r"<tr><th>.*?</tr>", page)
    assert header is not None
    assert not re.search(r"<th>[A-Za-z ]+</th>", header.group()), header.group()


@pytest.mark.parametrize(
    ("source", "page"), [("notice.html", "notice.html"), ("notice", "notice"), ("a.htm", "./a.htm")]
)
def test_the_review_page_never_overwrites_the_document_it_reviews(
    run: Run, tmp_path: Path, source: str, page: str
) -> None:
    (tmp_path / source).write_text(NO_HEADING, encoding="utf-8")
    result = run("draft", source, "--id", "x", "--review", page)
    assert result.exit_code == 2, result.output
    assert "--review" in result.stderr and "document" in result.stderr
    assert (tmp_path / source).read_text(encoding="utf-8") == NO_HEADING
    assert not (tmp_path / "plans" / "x.yaml").exists()


def test_the_source_keeps_its_lines_on_the_review_page(run: Run, tmp_path: Path) -> None:
    """The page showed a document as one block: its title, headings and paragraphs run together."""
    lines = ["某县2024年工作要点", "一、主要目标", "新建公园5个，改造道路3条。", "二、重点任务"]
    (tmp_path / "x.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("draft", "x.txt", "--id", "x", "--review", "r.html")
    assert result.exit_code == 0, result.output
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    source = re.search(r'<p class="source">(.*?)</p>', page, re.S)
    assert source is not None
    shown = [re.sub(r"<small.*?</small>|<[^>]+>", "", line) for line in source.group(1).split("<br>")]
    assert [line for line in shown if line] == lines


@pytest.mark.parametrize("option", [["--review", "r.html"], ["--force"]])
def test_compare_writes_nothing_so_an_option_that_writes_is_refused(
    run: Run, tmp_path: Path, option: list[str]
) -> None:
    (tmp_path / "x.txt").write_text(NO_HEADING, encoding="utf-8")
    assert run("draft", "x.txt", "--id", "x").exit_code == 0
    result = run("draft", "x.txt", "--compare", "x", *option)
    assert result.exit_code == 2, result.output
    assert option[0] in result.stderr and "--compare" in result.stderr
    assert not (tmp_path / "r.html").exists()


def test_two_plans_on_one_page_keep_their_anchors_apart(run: Run, tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(NO_HEADING, encoding="utf-8")
    for plan in ("x", "y"):
        assert run("draft", "x.txt", "--id", plan).exit_code == 0
    result = run("trace", "--format", "html")
    assert result.exit_code == 0, result.output
    anchors = re.findall(r'\bid="([^"]+)"', result.stdout)
    assert len(anchors) == len(set(anchors)), sorted(a for a in anchors if anchors.count(a) > 1)
    assert set(re.findall(r'href="#([^"]+)"', result.stdout)) <= set(anchors)
