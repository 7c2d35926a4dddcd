"""`targetctl draft` of a document converted to Markdown (a `.md` file): it is read as the text it
marks up, its pipe table as a table, and the plan it writes validates (our own document)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

Run = Callable[..., Any]

CONVERTED = """# 青川市人民政府办公厅关于印发《青川市充电设施建设

# 行动方案（2026—2027年）》的通知

各县（市、区）人民政府：

现将《青川市充电设施建设行动方案（2026—2027年）》印发给你们，请认真贯彻执行。

青川市人民政府办公厅 2026年3月2日

- 2 -

* * *

# 青川市充电设施建设行动方案（2026—2027年）

**一、主要目标**

到2027年，全市建成充电站300座。各区县建设任务如下：

| 区域 |  | 建设充电站总数(座) | 2026年建站数量(座) | 2027年建站数量(座) |
| --- | --- | --- | --- | --- |
| 城区 | 青溪区 | 26 | 14 | 12 |
| 川口区 | 79 | 41 | 38 |  |
"""


def test_a_converted_document_is_drafted_from_the_text_it_marks_up(run: Run, tmp_path: Path) -> None:
    (tmp_path / "plan.md").write_text(CONVERTED, encoding="utf-8")
    result = run("draft", "plan.md", "--id", "charging")
    assert result.exit_code == 0, result.output
    plan = yaml.safe_load((tmp_path / "plans" / "charging.yaml").read_text(encoding="utf-8"))
    assert plan["title"]["zh"] == "青川市充电设施建设行动方案（2026—2027年）"
    assert [p["title"]["zh"] for p in plan["programmes"]] == ["主要目标"]
    got = {(t["title"]["zh"], str(t["value"]), str(t.get("due") or "")) for t in plan["targets"] if "value" in t}
    assert ("青溪区：2026年建站数量", "14", "2026-12-31") in got
    assert ("川口区：建设充电站总数", "79", "") in got  # due at the plan's end
    assert len(got) == 7  # 300 and each district's three tasks
    checked = run("validate")
    assert checked.exit_code == 0, checked.output
