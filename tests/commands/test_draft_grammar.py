"""A draft read by the grammar rules still validates as written: units the registry lacks are
declared, shares name their part and whole, values shared by 均 are separate targets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

Run = Callable[..., Any]

TEXT = (
    "某区2025年产业发展工作要点\n一、主要目标\n"
    "新增文旅消费新品80款，新增光伏装机容量2GW，乙烯产能达到120万吨/年。\n"
    "工业用地亩均税收达到30万元/亩，家庭宽带户均带宽达到1000Mbps。\n"
    "城镇和农村居民人均可支配收入均增长6%，规上工业企业研发投入不低于主营业务收入的2.5%。\n"
    "现代服务业增加值占比达到58%，打造“1小时通勤圈”，近三年累计建成充电桩900个，力争今年新增300个。\n"
)


def test_a_grammar_rich_draft_validates_as_written(run: Run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    result = run("draft", "doc.txt", "--id", "grammar-2025")
    assert result.exit_code == 0, result.output
    plan = (tmp_path / "plans" / "grammar-2025.yaml").read_text(encoding="utf-8")
    for unit in ("款", "GW", "万吨/年", "万元/亩", "Mbps"):
        assert f'unit: "{unit}"' in plan, unit
    assert "units:" in plan
    assert "未写明" in plan  # the share's unnamed whole, marked for review
    checked = run("validate")
    assert checked.exit_code == 0, checked.output
