"""The Chinese interface: headers, statuses, summaries and messages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from targetctl.cli.terminal import language as resolve
from targetctl.domain.vocabulary import STATUSES
from targetctl.render.i18n import ZH, f, t
from tests.conftest import Run


def test_every_status_has_a_chinese_name() -> None:
    assert all(s in ZH for s in STATUSES)
    assert len({ZH[s] for s in STATUSES}) == len(STATUSES)


def test_language_from_option_env_then_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TARGETCTL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert resolve() == "en"
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert resolve() == "zh"
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert resolve() == "en"
    monkeypatch.setenv("TARGETCTL_LANG", "zh")
    assert resolve() == "zh" and resolve("en") == "en"


def test_templates() -> None:
    assert f("status.summary", "zh", day="2020-06-30", rest="x") == "截至2020-06-30：x"
    assert f("status.summary", "en", day="2020-06-30", rest="x") == "As of 2020-06-30: x"
    assert t("behind", "zh") == "进度滞后" and t("behind", "en") == "behind"


def test_status_fully_chinese(run: Run, demo: Path) -> None:
    run("record", "demo-people", "40", "--date", "2025-06-30", "--by", "x")
    out = run("status", "--as-of", "2025-06-30", "--lang", "zh").stdout
    for word in (
        "目标任务",
        "完成情况 / 目标值",
        "进度",
        "状态",
        "正常推进",
        "暂无数据",
        "截至2025-06-30",
        "引进人才",
        "人",
    ):
        assert word in out
    table = "\n".join(line for line in out.splitlines() if line.startswith(("┃", "│")))
    assert re.findall(r"\b[a-z]{3,}\b", re.sub(r"demo-[a-z-]+", "", table)) == [], "only ids stay in English"


def test_env_language_for_record_and_overdue(run: Run, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TARGETCTL_LANG", "zh")
    out = run("record", "demo-people", "40", "--date", "2025-06-30", "--by", "x").stdout
    assert out.startswith("已记录 ") and "逾期未完成" in out and "目标 = 100 人" in out
    assert "截至2025-09-15：1个牵头单位共2项报送逾期" in run("overdue", "--as-of", "2025-09-15").stdout
    assert "历史记录" in run("show", "demo-people").stdout
    assert "进度记录" in run("log").stdout
    assert "6项目标" in run("list").stdout
