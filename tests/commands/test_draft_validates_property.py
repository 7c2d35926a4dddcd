"""Every draft validates as written: documents cut and laid out from the tuning corpus.

The pieces are the tuning corpus's own texts (benchmarks/draft_corpus), cut, shuffled, broken at
a page's width, stripped of headings, laid out as a PDF's text layer (runs of spaces, page
numbers, running heads, full-width spaces) and mixed with indicator-table rows. Whatever
comes out, `draft` exits 0 and `validate` (also --strict) accepts the plan it wrote.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from targetctl.cli.main import app

CORPUS = Path(__file__).resolve().parents[2] / "benchmarks" / "draft_corpus"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("official/*.txt"))]
HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|第.{1,3}[章节])")
# rows in the grammar of real indicator tables (our own rows), as Word or a PDF lays them out
TABLE_ROWS = [
    ["指标", "单位", "2020年", "2025年", "年均增长", "属性"],
    ["经济发展", "", "", "", "", ""],
    ["地区生产总值", "亿元", "812", "1200", "8%左右", "预期性"],
    ["单位地区生产总值能耗降低（%）", "", "", "[14]", "", "约束性"],
    ["森林覆盖率", "%", "41.2", "≥42", "", "约束性"],
    ["城镇调查失业率", "%", "5.1", "＜5.5", "", "预期性"],
    ["每千人口拥有3岁以下婴幼儿托位数", "个", "1.2", "4.5以上", "", "预期性"],
]

pytestmark = pytest.mark.skipif(not TEXTS, reason="the tuning corpus is absent")


def _wrap(line: str, width: int) -> list[str]:
    return [line[i : i + width] for i in range(0, len(line), width)] or [""]


@st.composite
def documents(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(TEXTS))
    lines = text.splitlines()
    start = draw(st.integers(0, max(0, len(lines) - 1)))
    lines = lines[start : start + draw(st.integers(1, 80))]
    if draw(st.booleans()):
        lines = [ln for ln in lines if not HEADING.match(ln)]
    if draw(st.integers(0, 4)) == 0:
        lines = draw(st.permutations(lines))
    if draw(st.booleans()):  # a PDF's text layer: lines broken at the page's width, mid-clause
        width = draw(st.integers(8, 40))
        lines = [piece for ln in lines for piece in _wrap(ln, width)]
    if draw(st.booleans()):  # indents, full-width spaces, page numbers and running heads
        page = draw(st.integers(8, 30))
        laid: list[str] = []
        for n, ln in enumerate(lines, 1):
            laid.append(draw(st.sampled_from(["", "    ", "\u3000\u3000", "  "])) + ln)
            if n % page == 0:
                laid.extend(["", f"                 — {n // page} —", "", "某某市人民政府文件"])
        lines = laid
    if draw(st.booleans()):  # an indicator table, cut and laid out with tabs or runs of spaces
        rows = TABLE_ROWS[: draw(st.integers(1, len(TABLE_ROWS)))]
        gap = draw(st.sampled_from(["\t", " ", "   ", "        "]))  # " ": a reader's default order
        wrap = draw(st.integers(4, 30))  # a long name wraps below its numbers in a PDF's layout
        table: list[str] = []
        for r in rows:
            name = r[0] if gap == "\t" else r[0][:wrap]
            table.append(gap.join([name.ljust(wrap + 2) if gap != "\t" else name, *r[1:]]))
            table.extend(_wrap(r[0][wrap:], wrap) if gap != "\t" and r[0][wrap:] else [])
            table.extend([""] if draw(st.booleans()) else [])
        at = draw(st.integers(0, len(lines)))
        lines = lines[:at] + table + lines[at:]
    if draw(st.booleans()):  # a cut in the middle of a line
        last = lines[-1] if lines else ""
        lines = [*lines[:-1], last[: draw(st.integers(0, len(last)))]]
    return "\n".join(lines) + "\n"


def _draft_and_validate(text: str) -> None:
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / "doc.txt"
        doc.write_text(text, encoding="utf-8")
        plans = str(Path(tmp) / "plans")
        drafted = runner.invoke(app, ["--plans", plans, "draft", str(doc), "--id", "p"], catch_exceptions=False)
        assert drafted.exit_code in (0, 1), drafted.output  # 1: nothing to draft, said in one line
        if drafted.exit_code == 1:
            assert len(drafted.output.strip().splitlines()) == 1, drafted.output
            return
        plain = runner.invoke(app, ["--plans", plans, "validate", "--format", "json"], catch_exceptions=False)
        assert plain.exit_code == 0, (plain.output, text)
        # --strict makes the marks a reviewer resolves (review:, titles to translate) errors; beyond
        # those it must find nothing: every clause of the source is mapped or excluded
        strict = runner.invoke(app, ["--plans", plans, "validate", "--strict", "--format", "json"])
        assert strict.exit_code in (0, 1), strict.output
        assert _found(strict.stdout, "problems") == _found(plain.stdout, "warnings"), text


def _found(output: str, key: str) -> list[tuple[int, str]]:
    return sorted((p["line"], p["message"]) for p in json.loads(output)[key])


@pytest.fixture(autouse=True)
def _quiet_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("TARGETCTL_PLANS", raising=False)
    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(tmp_path / "cache"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents())
@example("。\n")  # a source of marks alone: found by the many-examples run
# words before a named campaign (要全面 打响…攻坚战) were left out of its quote: found the same way
@example(
    "新签约项目36个，同比\n增长24%。县委全会提出，要全面\n打响项目建设攻坚战，全年招引亿元以上项\n"
    "\u3000\u3000实施招商引资提质行动。围绕新能源\n、新材料两大主导产业，组建6个产业链招\n"
    "商专班，全年新签约亿元以上项目50个以\n                 — 1 —\n某某市人民政府文件\n"
)
def test_every_draft_validates_as_written(text: str) -> None:
    _draft_and_validate(text)


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents())
def test_every_draft_validates_as_written_many(text: str) -> None:
    _draft_and_validate(text)
