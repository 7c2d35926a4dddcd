"""The count of milestones and principles in a report in Chinese, as a leader reads it
(newcomer review): '里程碑与原则性任务：推进中1项，暂无数据2项', where it read
'里程碑与原则性任务: 1 推进中, 2 暂无数据'."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Recorder, Run


@pytest.fixture
def recorded(recorder: Recorder) -> Run:
    return recorder(("demo-hall", "venue", "--date", "2025-03-01"))


def test_markdown_and_html_count_them_in_words(recorded: Run) -> None:
    for fmt in ("md", "html"):
        result = recorded("--lang", "zh", "report", "--format", fmt, "--as-of", "2025-07-01")
        assert result.exit_code == 0, result.stderr
        assert "里程碑与原则性任务：" in result.stdout and "里程碑与原则性任务:" not in result.stdout
        assert "项" in result.stdout.split("里程碑与原则性任务：", 1)[1].splitlines()[0]
    english = recorded("report", "--format", "md", "--as-of", "2025-07-01").stdout
    assert "milestones and principles: " in english


def test_the_word_report_counts_them_in_words(recorded: Run, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    out = tmp_path / "报告.docx"
    assert recorded("--lang", "zh", "report", "-o", str(out), "--as-of", "2025-07-01").exit_code == 0
    counts = [p.text for p in docx.Document(str(out)).paragraphs if p.text.startswith("里程碑与原则性任务")]
    assert counts and all(text.startswith("里程碑与原则性任务：") and text.endswith("项") for text in counts), counts
