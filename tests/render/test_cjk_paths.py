"""render.cjk: a path or a word that starts with ASCII punctuation after Chinese punctuation
(（默认：./plans）) is one chunk: the line never breaks between its '.' and the rest, in
wrapped Chinese text and in Chinese help (found by the break-it review of the lean start)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from targetctl.render.cjk import chunks, wrap_cells


def test_a_path_after_chinese_punctuation_is_one_chunk() -> None:
    assert "./plans）。" in chunks().findall("工作区（默认：./plans）。")
    assert ".5" in chunks().findall("增长：.5")  # a number stays whole too
    assert "..\\data" in chunks().findall("目录：..\\data")
    assert chunks().findall("目标:100家") == ["目", "标:", "100", "家"]  # other punctuation still closes
    assert chunks().findall("完成. 下一步") == ["完", "成.", " ", "下", "一", "步"]
    assert chunks().findall("完成。 下一步") == ["完", "成。", " ", "下", "一", "步"]


def test_a_path_is_never_split_at_any_width() -> None:
    text = "计划文件夹；重复给出可将多个文件夹作为一个工作区读取（默认：./plans）。"
    for width in range(6, 60):
        assert "./plans）。" in "".join(wrap_cells(text, width, "")) and any(
            "./plans" in line for line in wrap_cells(text, width)
        ), width


def test_the_chinese_help_keeps_the_default_folder_whole() -> None:
    for columns in (60, 80, 100):
        env = {**os.environ, "COLUMNS": str(columns)}
        out = subprocess.run(
            [sys.executable, "-m", "targetctl", "--lang", "zh", "--help"], env=env, capture_output=True, text=True
        ).stdout
        assert re.search(r"默认：\s*\./plans", out), (columns, out)
