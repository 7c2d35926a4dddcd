"""`targetctl draft` on a page that opens below the document's title line (our own text): no
heading or sentence is made the title, the plan says so where a reader looks, and validates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

Run = Callable[..., Any]

PAGE = "二、主要目标\n到2027年，全市新建5G基站1万个。\n三、重点任务\n（一）加快新型基础设施建设\n新建数据中心3个。\n"


def test_a_page_without_its_title_line_is_marked_for_a_title_above_it(run: Run, tmp_path: Path) -> None:
    (tmp_path / "page-7.txt").write_text(PAGE, encoding="utf-8")
    result = run("draft", "page-7.txt", "--id", "page-seven")
    assert result.exit_code == 0, result.output
    plan = (tmp_path / "plans" / "page-seven.yaml").read_text(encoding="utf-8")
    assert '# review: no title found in the text: give the plan its own\ntitle:\n  zh: "（待填写）"' in plan
    assert "主要目标" not in plan.split("period:")[0]  # the heading is a programme, not the title
    assert run("validate").exit_code == 0
