"""`draft` on a text in traditional characters, as UTF-8 and as Big5: the grammar reads it, the
plan quotes the text's own characters and validates, and says how it was read (our own list)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Run = Callable[..., Any]

LIST = """某某縣2024年十件民生實事
一、新增停車位500個以上、充電樁100個以上。
二、改造老舊小區20個，惠及居民3000戶。
三、建設社區養老服務站3處。
"""


@pytest.mark.parametrize("encoding", ["utf-8", "cp950"])
def test_a_traditional_list_is_drafted_with_its_own_quotes(run: Run, tmp_path: Path, encoding: str) -> None:
    (tmp_path / "list.txt").write_bytes(LIST.encode(encoding))
    result = run("draft", "list.txt", "--id", "shishi")
    assert result.exit_code == 0, result.output
    plan = (tmp_path / "plans" / "shishi.yaml").read_text(encoding="utf-8")
    assert "value: 500" in plan and "value: 20" in plan and "value: 3\n" in plan
    assert 'quote: "一、新增停車位500個以上、充電樁100個以上"' in plan
    assert "end: 2024-12-31" in plan
    assert "traditional characters" in plan
    assert (tmp_path / "plans" / "sources" / "shishi.txt").read_text(encoding="utf-8") == LIST
    assert run("validate").exit_code == 0


def test_a_simplified_list_says_nothing_of_characters(run: Run, tmp_path: Path) -> None:
    (tmp_path / "list.txt").write_text("某某县2024年民生实事\n新增停车位500个以上。\n", encoding="utf-8")
    assert run("draft", "list.txt", "--id", "shishi").exit_code == 0
    assert "traditional" not in (tmp_path / "plans" / "shishi.yaml").read_text(encoding="utf-8")


def test_a_shift_jis_file_is_refused_in_one_line(run: Run, tmp_path: Path) -> None:
    (tmp_path / "jp.txt").write_bytes(
        "東京都の計画：新しい駐車場を500台整備する。市内の道路を改善します。".encode("shift_jis")
    )
    result = run("draft", "jp.txt", "--id", "jp")
    assert result.exit_code == 1 and "not UTF-8, GBK or Big5" in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "plans" / "jp.yaml").exists()
